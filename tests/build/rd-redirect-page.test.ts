/**
 * The page at a sheet's former address (src/lib/site/redirect-page.ts, written by the publishing thread) is
 * small, as there is at least one per sheet (issue 17): it keeps what takes a
 * reader or a crawler to the sheet (the script that keeps the fact anchor,
 * allowed by its hash; the refresh without JavaScript; the canonical address;
 * noindex; a link that reads with no CSS) and nothing else. On the valid
 * fixture site under a base path, with Jane Doe's sheet once at old-jane.
 * That the script keeps the anchor in a browser is tests/gates/csp.test.ts's.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, prepareFixture, PROJECT_ROOT, type BuildResult, type FixtureSite } from '../helpers/fixture-site.ts';

const BASE = '/fact-sheets/';
const SITE = 'https://example.org';
const TARGET = `${BASE}people/jane-doe/`;
/** Every address that redirects to Jane Doe's sheet: her former slug in both sections, her slug in the other. */
const REDIRECTS = ['people/old-jane/', 'organisations/old-jane/', 'organisations/jane-doe/'];
/** The budget of one redirect page; Base's layout made it 3.5–4 KB. */
const MAX_BYTES = 1500;

describe('the page at a former address', () => {
	let fixture: FixtureSite;
	let build: BuildResult;
	const file = (path: string) => readFileSync(join(fixture.dist, path, 'index.html'), 'utf8');
	const html = (path: string): HTMLElement => parse(file(path));

	beforeAll(() => {
		fixture = prepareFixture('valid', 'rd-redirect-page', {
			'content/sheets/people/jane-doe.mdx': (text) => text.replace('kind: person', 'kind: person\nformerSlugs: [old-jane]'),
		});
		build = buildFixture(fixture, { BASE_PATH: BASE, SITE_URL: SITE });
	}, 300_000);

	it('builds', () => {
		expect(build.status, build.output.slice(-3000)).toBe(0);
	});

	it(`is under ${MAX_BYTES} bytes`, () => {
		for (const path of [...REDIRECTS, 'people/acme-institute/']) expect(Buffer.byteLength(file(path)), path).toBeLessThan(MAX_BYTES);
	});

	it('sends a browser with JavaScript to the sheet with the fact anchor, by a script its policy allows by hash and nothing else', () => {
		for (const path of REDIRECTS) {
			const head = html(path).querySelector('head')!;
			const script = head.querySelectorAll('script');
			expect(script, path).toHaveLength(1);
			expect(script[0]!.rawText, path).toBe(`const target = "${TARGET}";\nlocation.replace(target + location.hash);`);
			// The policy comes right after the charset, before anything it governs.
			const [charset, policy] = head.querySelectorAll('meta');
			expect(charset?.getAttribute('charset'), path).toBe('utf-8');
			expect(policy?.getAttribute('http-equiv'), path).toBe('Content-Security-Policy');
			const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(policy?.getAttribute('content') ?? '')?.[1];
			expect(scriptSrc, path).toBe(`'sha256-${createHash('sha256').update(script[0]!.rawText, 'utf8').digest('base64')}'`);
			expect(policy?.getAttribute('content'), path).toMatch(/^default-src 'none'; /);
		}
	});

	it('sends a browser without JavaScript, and a crawler, to the sheet, and keeps itself out of search engines', () => {
		for (const path of REDIRECTS) {
			// node-html-parser keeps <noscript> as text, so the refresh is read from the file.
			expect(file(path), path).toContain(`<noscript><meta http-equiv="refresh" content="0; url=${TARGET}"></noscript>`);
			const head = html(path).querySelector('head')!;
			expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(`${SITE}${TARGET}`);
			expect(head.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex');
		}
	});

	it('says in the site’s language that the sheet moved, with a link to it, and holds nothing of the full layout', () => {
		for (const path of REDIRECTS) {
			const page = html(path);
			const root = page.querySelector('html')!;
			expect([root.getAttribute('lang'), root.getAttribute('dir')], path).toEqual(['en-GB', 'ltr']);
			expect(page.querySelector('meta[name="viewport"]')?.getAttribute('content'), path).toBe('width=device-width, initial-scale=1');
			expect(page.querySelector('meta[name="color-scheme"]')?.getAttribute('content'), path).toBe('light dark');
			expect(page.querySelector('title')?.text, path).toBe('Jane Doe · Harbour Watch');
			expect(page.querySelector('main h1')?.text, path).toBe('Jane Doe');
			expect(page.querySelector('main p')?.text, path).toBe('This sheet has a new address: Jane Doe.');
			expect(page.querySelector('main p a')?.getAttribute('href'), path).toBe(TARGET);
			// Nothing of the full layout: no navigation, search box, footer or social previews.
			expect(page.querySelectorAll('header, nav, form, footer, meta[property], meta[name^="twitter:"], meta[name="description"]'), path).toEqual([]);
		}
	});

	it('is valid HTML', async () => {
		const validator = new HtmlValidate();
		for (const path of REDIRECTS) {
			// Named inside the project, so that its .htmlvalidate.json applies.
			const report = await validator.validateString(file(path), join(PROJECT_ROOT, path, 'index.html'));
			expect(report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`)), path).toEqual([]);
		}
	});
});
