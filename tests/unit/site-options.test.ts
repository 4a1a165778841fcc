/**
 * The site's options (astro.config.mjs → src/schemas/options.ts): defaults,
 * and every message a site owner sees for a mistake in them, pinned exactly.
 */
import { describe, expect, it } from 'vitest';
import { parseSiteOptions, SiteOptionsError, siteOptionsProblems } from '../../src/integration/options.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const messages = (input: unknown) => siteOptionsProblems(input).map(formatProblem).join('\n\n');

describe('site options', () => {
	it('fills in the defaults: the title stands in for the description and the home heading, English for the language', () => {
		expect(parseSiteOptions({ title: 'Harbour Watch' })).toEqual({
			title: 'Harbour Watch',
			description: 'Harbour Watch',
			home: { heading: 'Harbour Watch', lede: undefined },
			language: 'en',
			strings: {},
			exports: { gzip: false },
			lists: { pageSize: 500 },
		});
		const full = {
			title: 'Harbour Watch',
			description: 'Cited fact sheets on the harbour.',
			home: { heading: 'Rising tides', lede: 'Who said what about the harbour wall.' },
			language: 'fr',
			license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
			corrections: 'mailto:corrections@example.org',
			about: 'Published by a newsroom.',
		};
		expect(parseSiteOptions(full)).toEqual({ ...full, strings: {}, exports: { gzip: false }, lists: { pageSize: 500 } });
		expect(parseSiteOptions({ ...full, exports: { gzip: true } }).exports).toEqual({ gzip: true });
		expect(parseSiteOptions({ ...full, lists: { pageSize: 40 } }).lists).toEqual({ pageSize: 40 });
	});

	it('says when no options are given, and when the title is missing or empty', () => {
		expect(messages(undefined)).toMatchInlineSnapshot(`
			"astro.config.mjs options
			  No options were given.
			  Fix: Pass the site's options, at least its title: \`factSheetsConfig({ title: 'Harbour Watch' })\`."
		`);
		expect(messages({})).toMatchInlineSnapshot(`
			"astro.config.mjs options › title
			  The required field \`title\` is missing.
			  Fix: Give the site's name as text: \`title: 'Harbour Watch'\`."
		`);
		expect(messages({ title: '  ' })).toMatchInlineSnapshot(`
			"astro.config.mjs options › title
			  \`title\` is "": it is empty.
			  Fix: Give the site's name as text: \`title: 'Harbour Watch'\`."
		`);
		expect(messages({ title: 3 })).toMatchInlineSnapshot(`
			"astro.config.mjs options › title
			  \`title\` is 3, but expected string, received number.
			  Fix: Give the site's name as text: \`title: 'Harbour Watch'\`."
		`);
	});

	it('says how to give exports.gzip, and names a misspelt key of exports', () => {
		expect(messages({ title: 'Harbour Watch', exports: { gzip: 'yes' } })).toMatchInlineSnapshot(`
			"astro.config.mjs options › exports.gzip
			  \`gzip\` is "yes", but expected boolean, received string.
			  Fix: Give \`gzip: true\` to publish the data exports gzipped (\`facts.json.gz\` …), or \`false\` (the default) for plain files."
		`);
		expect(messages({ title: 'Harbour Watch', exports: { gzipped: true } })).toMatchInlineSnapshot(`
			"astro.config.mjs options › exports.gzipped
			  There is no option \`gzipped\`. Did you mean "gzip"?
			  Fix: Remove it, or correct its spelling (README "Options" lists every option: gzip)."
		`);
	});

	it('says how to give lists.pageSize: a whole number of at least 10', () => {
		expect(messages({ title: 'Harbour Watch', lists: { pageSize: 5 } })).toMatchInlineSnapshot(`
			"astro.config.mjs options › lists.pageSize
			  \`pageSize\` is 5: a page of fewer than 10 entries splits lists for no reader's good.
			  Fix: Give a whole number of at least 10 entries a list page may show: \`pageSize: 500\` (the default)."
		`);
		expect(messages({ title: 'Harbour Watch', lists: { pageSize: 50.5 } })).toMatchInlineSnapshot(`
			"astro.config.mjs options › lists.pageSize
			  \`pageSize\` is 50.5, but expected int, received number.
			  Fix: Give a whole number of at least 10 entries a list page may show: \`pageSize: 500\` (the default)."
		`);
		expect(messages({ title: 'Harbour Watch', lists: { size: 50 } })).toMatchInlineSnapshot(`
			"astro.config.mjs options › lists.size
			  There is no option \`size\`. Did you mean "pageSize"?
			  Fix: Remove it, or correct its spelling (README "Options" lists every option: pageSize)."
		`);
	});

	it('names a misspelt option and the one meant, at any depth', () => {
		expect(messages({ title: 'Harbour Watch', titel: 'x', home: { heading: 'Tides', led: 'Who said what.' } })).toMatchInlineSnapshot(`
			"astro.config.mjs options › home.led
			  There is no option \`led\`. Did you mean "lede"?
			  Fix: Remove it, or correct its spelling (README "Options" lists every option: heading, lede).

			astro.config.mjs options › titel
			  There is no option \`titel\`. Did you mean "title"?
			  Fix: Remove it, or correct its spelling (README "Options" lists every option: title, description, home, language, strings, license, corrections, about, exports, lists)."
		`);
	});

	it('takes a language only as a BCP 47 tag, written the way Intl writes it', () => {
		expect(messages({ title: 'Harbour Watch', language: 'fr_FR' })).toMatchInlineSnapshot(`
			"astro.config.mjs options › language
			  \`language\` is "fr_FR": it is not a BCP 47 language tag.
			  Fix: Use a BCP 47 language tag such as "en", "fr" or "pt-BR"."
		`);
		expect(messages({ title: 'Harbour Watch', language: 'EN' })).toMatchInlineSnapshot(`
			"astro.config.mjs options › language
			  \`language\` is "EN": a language tag is written "en".
			  Fix: Use a BCP 47 language tag such as "en", "fr" or "pt-BR"."
		`);
		expect(messages({ title: 'Harbour Watch', language: 'en-GB' })).toBe('');
	});

	it('takes links readers follow only as full https:// or mailto: addresses', () => {
		expect(messages({ title: 'Harbour Watch', corrections: 'corrections@example.org', license: { url: 'ftp://example.org/licence' } })).toMatchInlineSnapshot(`
			"astro.config.mjs options › license.name
			  The required field \`name\` is missing.
			  Fix: Give the licence's name as readers know it: \`name: 'CC BY 4.0'\`.

			astro.config.mjs options › license.url
			  \`url\` is "ftp://example.org/licence": it is not a full https:// or mailto: address.
			  Fix: Give the full https:// address of the licence's terms, or leave \`url\` out.

			astro.config.mjs options › corrections
			  \`corrections\` is "corrections@example.org": it is not a full https:// or mailto: address.
			  Fix: Give a full https:// or mailto: address: \`corrections: 'mailto:corrections@example.org'\`."
		`);
		expect(messages({ title: 'Harbour Watch', home: 'Rising tides' })).toMatchInlineSnapshot(`
			"astro.config.mjs options › home
			  \`home\` is "Rising tides", but expected object, received string.
			  Fix: Give \`home: { heading: '…', lede: '…' }\`, or leave \`home\` out."
		`);
	});

	it('throws every problem at once, as one message', () => {
		expect(() => parseSiteOptions({ titel: 'Harbour Watch' })).toThrow(SiteOptionsError);
		expect(() => parseSiteOptions({ titel: 'Harbour Watch' })).toThrowErrorMatchingInlineSnapshot(`
			[SiteOptionsError: 2 problems in the site options:

			astro.config.mjs options › title
			  The required field \`title\` is missing.
			  Fix: Give the site's name as text: \`title: 'Harbour Watch'\`.

			astro.config.mjs options › titel
			  There is no option \`titel\`. Did you mean "title"?
			  Fix: Remove it, or correct its spelling (README "Options" lists every option: title, description, home, language, strings, license, corrections, about, exports, lists).
			]
		`);
	});
});
