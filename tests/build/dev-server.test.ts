import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, prepareFixture, PROJECT_ROOT, type FixtureSite } from '../helpers/fixture-site.ts';

/** A free loopback port. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** `astro dev` on a fixture site, once it answers: its address, the output so far, and a way to stop it. */
async function startDev(site: FixtureSite): Promise<{ url: string; output: () => string; stop: () => void }> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}/`;
	let output = '';
	const server: ChildProcess = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', site.root, '--host', '127.0.0.1', '--port', String(port)], {
		cwd: site.root,
		env: childEnv(),
	});
	server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const running = { url, output: () => output, stop: () => void server.kill() };
	// Ready once it answers; a minute is far more than it needs.
	for (let tries = 0; tries < 120; tries++) {
		if (server.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
		const ready = await fetch(url).then(
			(response) => response.ok,
			() => false,
		);
		if (ready) return running;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	server.kill();
	throw new Error(`astro dev did not answer at ${url}:\n${output}`);
}

/**
 * `astro dev` on the valid fixture. A build writes the sheets' preview cards
 * itself after its pages; the dev server has no such step, so the
 * integration gives it a route for them, and this checks that it serves them;
 * likewise the data exports and the pages at former addresses, which a build
 * writes on a thread of its own.
 */
describe('the dev server', () => {
	let dev: Awaited<ReturnType<typeof startDev>> | undefined;
	let url: string;
	const output = () => dev?.output() ?? '';
	beforeAll(async () => {
		dev = await startDev(prepareFixture('valid', 'dev-server'));
		url = dev.url;
	});
	afterAll(() => dev?.stop());

	it("serves each sheet's preview card, and no card for a sheet that does not exist", async () => {
		const card = await fetch(`${url}og/jane-doe.png`);
		expect(card.status, output().slice(-2000)).toBe(200);
		expect(card.headers.get('content-type')).toBe('image/png');
		const png = Buffer.from(await card.arrayBuffer());
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect((await fetch(`${url}og/nobody.png`)).status).toBe(404);
	});

	it('serves the data exports the data page links, from the verified content', async () => {
		const facts = await fetch(`${url}data/facts.json`);
		expect(facts.status, output().slice(-2000)).toBe(200);
		expect(facts.headers.get('content-type')).toBe('application/json');
		const body = (await facts.json()) as { facts: { sheet: string }[] };
		expect(body.facts.some((fact) => fact.sheet === 'jane-doe')).toBe(true);
		const csv = await (await fetch(`${url}data/statements.csv`)).text();
		expect(csv.split('\r\n')[0]).toBe('schema_version,entity_id,schema,prop,value,origin,source_id,quote,source_published,source_retrieved');
	});

	it('serves the page at a sheet’s address in the other section, as a build writes it but for the policy', async () => {
		const moved = await fetch(`${url}organisations/jane-doe/`);
		expect(moved.status, output().slice(-2000)).toBe(200);
		expect(moved.headers.get('content-type')).toBe('text/html; charset=utf-8');
		const html = await moved.text();
		expect(html).toContain('<script>const target = "/people/jane-doe/";\nlocation.replace(target + location.hash);</script>');
		expect(html).toContain('<noscript><meta http-equiv="refresh" content="0; url=/people/jane-doe/"></noscript>');
		expect(html).toContain('<h1>Jane Doe</h1><p>This sheet has a new address: <a href="/people/jane-doe/">Jane Doe</a>.</p>');
		// As every page under `astro dev`, for the reasons Base.astro gives.
		expect(html).not.toContain('Content-Security-Policy');
	});
});

/**
 * With `exports.gzip`, a build publishes each export only as `<name>.gz`; the
 * dev server serves the same addresses, gzipped as the build writes them, so
 * that the data page's links work in a preview, and nothing at the plain ones.
 */
describe('the dev server with exports.gzip', () => {
	let dev: Awaited<ReturnType<typeof startDev>> | undefined;
	beforeAll(async () => {
		dev = await startDev(
			prepareFixture('valid', 'dev-server-gzip', {
				'site-options.json': (text) => text.replace('"language": "en-GB",', '"language": "en-GB",\n\t"exports": { "gzip": true },'),
			}),
		);
	});
	afterAll(() => dev?.stop());

	it('serves each export gzipped at the address the data page links, and nothing at the plain one', async () => {
		const page = await (await fetch(`${dev!.url}data/`)).text();
		expect(page).toContain('href="/data/facts.json.gz"');
		const facts = await fetch(`${dev!.url}data/facts.json.gz`);
		expect(facts.status, dev!.output().slice(-2000)).toBe(200);
		expect(facts.headers.get('content-type')).toBe('application/gzip');
		// Sent as a file that is gzip, not as a gzip-encoded answer: fetch must not have unzipped it.
		expect(facts.headers.get('content-encoding')).toBeNull();
		const bytes = Buffer.from(await facts.arrayBuffer());
		expect([...bytes.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
		const body = JSON.parse(gunzipSync(bytes).toString('utf8')) as { facts: { sheet: string }[] };
		expect(body.facts.some((fact) => fact.sheet === 'jane-doe')).toBe(true);
		const statements = gunzipSync(Buffer.from(await (await fetch(`${dev!.url}data/statements.csv.gz`)).arrayBuffer())).toString('utf8');
		expect(statements.split('\r\n')[0]).toBe('schema_version,entity_id,schema,prop,value,origin,source_id,quote,source_published,source_retrieved');
		expect((await fetch(`${dev!.url}data/facts.json`)).status).toBe(404);
	});
});
