/**
 * A fixture site's own options (tests/fixtures/valid/site-options.json, as a
 * site owner writes them in astro.config.mjs) reach every page that shows
 * them, and a mistake in them stops the build with the list of problems.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, prepareFixture, readPage, type BuildResult, type FixtureSite } from '../helpers/fixture-site.ts';

describe('site options', () => {
	let site: FixtureSite;
	let build: BuildResult;
	let bad: BuildResult;
	beforeAll(() => {
		site = prepareFixture('valid', 'g1-options');
		build = buildFixture(site);
		bad = buildFixture(prepareFixture('valid', 'g1-bad-options', { 'site-options.json': '{ "titel": "Harbour Watch", "corrections": "corrections@example.org" }' }));
	});

	it('builds', () => {
		expect(build.status, build.output.slice(-2000)).toBe(0);
	});

	it('gives the home page its heading, lede and about text, and the site its title and description', () => {
		const home = parse(readPage(site, ''));
		expect(home.querySelector('title')?.text).toBe('Harbour Watch');
		expect(home.querySelector('.site-name')?.text).toBe('Harbour Watch');
		expect(home.querySelector('h1')?.text).toBe('Rising tides at the harbour');
		expect(home.querySelector('.lede')?.text).toMatch(/^Fact sheets on the people and institutes in the reporting on the harbour's rising tides\. 2 sheets/);
		expect(home.querySelector('section[aria-labelledby="about"] p')?.text).toBe('Harbour Watch is published by a fictional newsroom to test the site generator.');
		expect(home.querySelector('meta[name="description"]')?.getAttribute('content')).toBe("Cited fact sheets about the people and institutes in the reporting on the harbour's rising tides.");
		expect(home.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe('Harbour Watch');
		const sheet = parse(readPage(site, 'people/jane-doe/'));
		expect(sheet.querySelector('title')?.text).toBe('Jane Doe · Harbour Watch');
		expect(readFileSync(join(site.dist, 'feed.xml'), 'utf8')).toContain('<title>Harbour Watch</title>');
	});

	it('names the licence and links corrections in every page’s footer', () => {
		for (const path of ['', 'people/jane-doe/', 'sources/']) {
			const footer = parse(readPage(site, path)).querySelector('footer')!;
			expect(footer.querySelector('a[rel="license"]')?.getAttribute('href'), path).toBe('https://creativecommons.org/licenses/by/4.0/');
			expect(footer.querySelector('a[rel="license"]')?.text, path).toBe('CC BY 4.0');
			expect(footer.querySelector('a[href="mailto:corrections@example.org"]'), path).not.toBeNull();
		}
	});

	it('stops a build whose options have mistakes, listing each', () => {
		expect(bad.status).not.toBe(0);
		expect(bad.output.trim()).toMatchInlineSnapshot(`
			"[astro] Unable to load your Astro config

			[SiteOptionsError] 3 problems in the site options:

			astro.config.mjs options › title
			  The required field \`title\` is missing.
			  Fix: Give the site's name as text: \`title: 'Harbour Watch'\`.

			astro.config.mjs options › corrections
			  \`corrections\` is "corrections@example.org": it is not a full https:// or mailto: address.
			  Fix: Give a full https:// or mailto: address: \`corrections: 'mailto:corrections@example.org'\`.

			astro.config.mjs options › titel
			  There is no option \`titel\`. Did you mean "title"?
			  Fix: Remove it, or correct its spelling (README "Options" lists every option: title, description, home, language, strings, license, corrections, about, exports, lists).

			  Hint:
			    README "Options" describes every option."
		`);
		expect(bad.output).not.toContain('Stack trace');
	});
});
