/**
 * The `exports.gzip` option, from real builds of the valid fixture with and
 * without it: every export is published gzipped under its name plus `.gz`,
 * nothing uncompressed is left beside it, each decompresses to exactly the
 * bytes the same build without the option writes, and the data page and the
 * figure pages link the `.gz` files and say what they are.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FILES } from '../../src/lib/exports/files.ts';
import { buildFixture, prepareFixture, readPage, type FixtureSite } from '../helpers/fixture-site.ts';

describe('exports.gzip, built', () => {
	let plain: FixtureSite;
	let gzipped: FixtureSite;
	let builds: { plain: { status: number | null; output: string }; gzipped: { status: number | null; output: string } };

	beforeAll(() => {
		plain = prepareFixture('valid', 'gz-plain');
		gzipped = prepareFixture('valid', 'gz-gzipped', {
			'site-options.json': (text) => text.replace('"language": "en-GB",', '"language": "en-GB",\n\t"exports": { "gzip": true },'),
		});
		builds = { plain: buildFixture(plain), gzipped: buildFixture(gzipped) };
	});

	it('builds both ways', () => {
		expect(builds.plain.status, builds.plain.output.slice(-3000)).toBe(0);
		expect(builds.gzipped.status, builds.gzipped.output.slice(-3000)).toBe(0);
	});

	it('publishes every export gzipped and nothing uncompressed beside it; each holds the bytes of the plain build', () => {
		const published = readdirSync(join(gzipped.dist, 'data')).sort();
		for (const file of EXPORT_FILES) {
			const name = file.path.replace('data/', '');
			expect(published).toContain(`${name}.gz`);
			expect(published).not.toContain(name);
			const unzipped = gunzipSync(readFileSync(join(gzipped.dist, `${file.path}.gz`)));
			expect(Buffer.compare(unzipped, readFileSync(join(plain.dist, file.path))), name).toBe(0);
		}
		// The JSON Schemas stay as they are: they are small, and the exports' `$schema` links name them.
		expect(published).toContain('facts.schema.json');
	});

	it('writes a gzipped SQLite database that opens once unzipped', () => {
		const folder = mkdtempSync(join(tmpdir(), 'gz-sqlite-'));
		writeFileSync(join(folder, 'db.sqlite'), gunzipSync(readFileSync(join(gzipped.dist, 'data/fact-sheets.sqlite.gz'))));
		const db = new DatabaseSync(join(folder, 'db.sqlite'), { readOnly: true });
		expect((db.prepare('SELECT count(*) AS n FROM sheets').get() as { n: number }).n).toBeGreaterThan(0);
		db.close();
	});

	it('links the .gz files from the data page, says they are gzipped, and gives both media types in its JSON-LD', () => {
		const page = parse(readPage(gzipped, 'data/index.html'));
		const links = page.querySelectorAll('main a').map((link) => link.getAttribute('href') ?? '');
		for (const file of EXPORT_FILES) expect(links).toContain(`/${file.path}.gz`);
		expect(links.some((link) => /\.(json|csv|sqlite|bib)$/.test(link) && !link.endsWith('.schema.json'))).toBe(false);
		expect(page.querySelector('main')?.text).toContain('gzip-compressed (.gz)');
		const jsonLd = JSON.stringify(page.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.text) as unknown));
		expect(jsonLd).toContain('"encodingFormat":["text/csv","application/gzip"]');
		expect(jsonLd).toContain('/data/statements.csv.gz"');
		// Without the option: plain names, one media type, no note.
		const plainPage = parse(readPage(plain, 'data/index.html'));
		expect(plainPage.querySelectorAll('main a').map((link) => link.getAttribute('href'))).toContain('/data/facts.json');
		expect(plainPage.querySelector('main')?.text).not.toContain('gzip');
	});

	it('links the gzipped downloads from a figure page’s Dataset', () => {
		const figures = readdirSync(join(gzipped.dist, 'figures'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
		expect(figures.length).toBeGreaterThan(0);
		const html = readPage(gzipped, `figures/${figures[0]!.name}/index.html`);
		expect(html).toContain('/data/facts.csv.gz"');
		expect(html).toContain('/data/fact-sheets.sqlite.gz"');
	});
});
