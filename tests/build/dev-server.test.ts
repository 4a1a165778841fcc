import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, prepareFixture, PROJECT_ROOT } from '../helpers/fixture-site.ts';

/** A free loopback port. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/**
 * `astro dev` on the valid fixture. A build writes the sheets' preview cards
 * itself after its pages; the dev server has no such step, so the
 * integration gives it a route for them, and this checks that it serves them;
 * likewise the data exports and the pages at former addresses, which a build
 * writes on a thread of its own.
 */
describe('the dev server', () => {
	let server: ChildProcess;
	let url: string;
	let output = '';
	beforeAll(async () => {
		const site = prepareFixture('valid', 'dev-server');
		const port = await freePort();
		url = `http://127.0.0.1:${port}/`;
		server = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', site.root, '--host', '127.0.0.1', '--port', String(port)], {
			cwd: site.root,
			env: childEnv(),
		});
		server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		// Ready once it answers; a minute is far more than it needs.
		for (let tries = 0; tries < 120; tries++) {
			if (server.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
			const ready = await fetch(url).then(
				(response) => response.ok,
				() => false,
			);
			if (ready) return;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		throw new Error(`astro dev did not answer at ${url}:\n${output}`);
	});
	afterAll(() => {
		server?.kill();
	});

	it("serves each sheet's preview card, and no card for a sheet that does not exist", async () => {
		const card = await fetch(`${url}og/jane-doe.png`);
		expect(card.status, output.slice(-2000)).toBe(200);
		expect(card.headers.get('content-type')).toBe('image/png');
		const png = Buffer.from(await card.arrayBuffer());
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect((await fetch(`${url}og/nobody.png`)).status).toBe(404);
	});

	it('serves the data exports the data page links, from the verified content', async () => {
		const facts = await fetch(`${url}data/facts.json`);
		expect(facts.status, output.slice(-2000)).toBe(200);
		expect(facts.headers.get('content-type')).toBe('application/json');
		const body = (await facts.json()) as { facts: { sheet: string }[] };
		expect(body.facts.some((fact) => fact.sheet === 'jane-doe')).toBe(true);
		const csv = await (await fetch(`${url}data/statements.csv`)).text();
		expect(csv.split('\r\n')[0]).toBe('schema_version,entity_id,schema,prop,value,origin,source_id,quote,source_published,source_retrieved');
	});

	it('serves the page at a sheet’s address in the other section, as a build writes it but for the policy', async () => {
		const moved = await fetch(`${url}organisations/jane-doe/`);
		expect(moved.status, output.slice(-2000)).toBe(200);
		expect(moved.headers.get('content-type')).toBe('text/html; charset=utf-8');
		const html = await moved.text();
		expect(html).toContain('<script>const target = "/people/jane-doe/";\nlocation.replace(target + location.hash);</script>');
		expect(html).toContain('<noscript><meta http-equiv="refresh" content="0; url=/people/jane-doe/"></noscript>');
		expect(html).toContain('<h1>Jane Doe</h1><p>This sheet has a new address: <a href="/people/jane-doe/">Jane Doe</a>.</p>');
		// As every page under `astro dev`, for the reasons Base.astro gives.
		expect(html).not.toContain('Content-Security-Policy');
	});
});
