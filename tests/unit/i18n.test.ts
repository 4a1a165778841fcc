import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteOptionsProblems } from '../../src/integration/options.ts';
import { BUILT_IN, messageForms, placeholdersOf, UI_KEYS, type Message } from '../../src/lib/i18n/dictionary.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { createFormats, openGraphLocale, textDirection } from '../../src/lib/i18n/format.ts';
import { fr } from '../../src/lib/i18n/fr.ts';
import { createUi } from '../../src/lib/i18n/ui.ts';
import { CARD_DESIGN, CARD_WIDTH, layoutCard } from '../../src/lib/og/card.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { indexLetter, letterSlug } from '../../src/lib/site/letter-pages.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

const isPlural = (message: Message) => typeof message !== 'string';

describe('the built-in dictionaries', () => {
	it.each(Object.entries(BUILT_IN))('%s has exactly the English keys, placeholders and plural forms', (_language, dictionary) => {
		expect(Object.keys(dictionary).sort()).toEqual([...UI_KEYS].sort());
		for (const key of UI_KEYS) {
			expect({ key, placeholders: placeholdersOf(dictionary[key]), plural: isPlural(dictionary[key]) }).toEqual({
				key,
				placeholders: placeholdersOf(en[key]),
				plural: isPlural(en[key]),
			});
			for (const form of messageForms(dictionary[key])) expect(form.trim(), key).not.toBe('');
		}
	});
	it('gives every plural message a count', () => {
		for (const key of UI_KEYS) if (isPlural(en[key])) expect(placeholdersOf(en[key]), key).toContain('count');
	});
	it('translates French completely: no English string is left as it is, except names and codes', () => {
		const words = (message: Message) => messageForms(message).join(' ').replace(/\{\w+\}/g, '');
		const same = UI_KEYS.filter((key) => JSON.stringify(fr[key]) === JSON.stringify(en[key]) && /\p{L}{4,}/u.test(words(en[key])));
		// Words French writes as English does.
		expect(same.sort()).toEqual(
			['count.articles', 'count.sources', 'fact.date', 'feed.sourceCategory', 'figures.source', 'nav.organisations', 'nav.sources', 'references.mark', 'section.organisations', 'sheet.relations', 'source.eyebrow', 'sources.title', 'timeline.source'].sort(),
		);
	});
});

describe('t and html', () => {
	const english = createUi({ language: 'en-GB' });
	const french = createUi({ language: 'fr' });
	it('fills placeholders and picks plural forms by the language’s rules', () => {
		expect(english.t('count.sheets', { count: 1 })).toBe('1 sheet');
		expect(english.t('count.sheets', { count: 0 })).toBe('0 sheets');
		expect(english.t('count.sheets', { count: 12_400 })).toBe('12,400 sheets');
		// French puts 0 and 1 in the singular.
		expect(french.t('count.sheets', { count: 0 })).toBe('0 fiche');
		expect(french.t('count.sheets', { count: 2 })).toBe('2 fiches');
		expect(french.t('count.sheets', { count: 1_000_000 })).toBe('1\u202f000\u202f000 fiches');
		expect(english.t('sheet.claims', { name: 'Jane Doe' })).toBe('Claims by Jane Doe');
	});
	it('escapes text in HTML and keeps HTML given as such', () => {
		expect(english.html('sheet.movedTo', { link: { html: '<a href="/x/">Jane &amp; co</a>' } })).toBe('This sheet has a new address: <a href="/x/">Jane &amp; co</a>.');
		expect(english.html('sheet.claims', { name: '<b>Jane</b>' })).toBe('Claims by &lt;b&gt;Jane&lt;/b&gt;');
	});
	it('takes any string from the options instead of the built-in one', () => {
		const site = createUi({ language: 'en', strings: { 'nav.people': 'Folk', 'count.sheets': { one: 'one sheet', other: '{count} sheets' } } });
		expect(site.t('nav.people')).toBe('Folk');
		expect(site.t('count.sheets', { count: 1 })).toBe('one sheet');
		expect(site.t('nav.sources')).toBe('Sources');
	});
	it('marks text in another language than the site’s, and only that', () => {
		expect([english.langOf('en'), english.langOf('en-US'), english.langOf('fa'), french.langOf('en')]).toEqual([undefined, undefined, 'fa', 'en']);
	});
	it('uses a built-in dictionary for a regional variant of its language', () => {
		expect(createUi({ language: 'fr-CA' }).t('nav.people')).toBe('Personnes');
	});
});

describe('formats', () => {
	it('writes dates at their own precision, in the Gregorian calendar, in UTC', () => {
		const british = createFormats('en-GB');
		expect([british.date('2026-02-08'), british.date('2026-01'), british.date('2025')]).toEqual(['8 February 2026', 'January 2026', '2025']);
		const french = createFormats('fr');
		expect([french.date('2026-02-08'), french.date('2026-02'), french.date('0026-01-20')]).toEqual(['8 février 2026', 'février 2026', '20 janvier 0026']);
		// Persian's own calendar is the Solar Hijri: a source's month would not be one of its months.
		expect(createFormats('fa').date('2027-05')).toBe('مهٔ ۲۰۲۷');
	});
	it('writes numbers and lists the language’s way', () => {
		expect(createFormats('en-GB').number(6961)).toBe('6,961');
		expect(createFormats('fr').number(6961)).toBe('6\u202f961');
		expect(createFormats('fa').number(312)).toBe('۳۱۲');
		expect(createFormats('en-GB').list(['a', 'b', 'c'])).toBe('a, b and c');
		expect(createFormats('fr').list(['a', 'b', 'c'])).toBe('a, b et c');
	});
	it('sorts names in the language’s order, case and accents aside', () => {
		const names = ['Zoé', 'élodie', 'Eve', 'Émile'];
		expect([...names].sort(createFormats('fr').compare)).toEqual(['élodie', 'Émile', 'Eve', 'Zoé']);
		expect(['Ödön', 'Oskar', 'Zach'].sort(createFormats('sv').compare)).toEqual(['Oskar', 'Zach', 'Ödön']);
	});
	it('names a language in the site’s language', () => {
		expect(createFormats('en-GB').languageName('fr')).toBe('French');
		expect(createFormats('fr').languageName('en')).toBe('anglais');
	});
});

describe('letters of other scripts', () => {
	it('files a name under its first letter in any script, with an ASCII slug', () => {
		expect(['آرش', 'مریم', 'Łucja', 'Élodie', 'straße', '3rd'].map(indexLetter)).toEqual(['ا', 'م', 'Ł', 'E', 'S', '#']);
		expect(['ا', 'Ł', 'E', '#'].map(letterSlug)).toEqual(['u627', 'u141', 'e', 'other']);
	});
});

describe('direction and OpenGraph locale', () => {
	it('writes Arabic, Persian, Hebrew and Urdu right to left', () => {
		expect(['ar', 'fa', 'he', 'ur', 'ar-EG', 'fa-AF'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
		expect(['en', 'fr', 'de', 'tr', 'az-Latn'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
	});
	it('gives language_TERRITORY, the likeliest territory when the tag names none', () => {
		expect(['en-GB', 'en', 'fr', 'fr-CA', 'fa', 'pt-BR'].map(openGraphLocale)).toEqual(['en_GB', 'en_US', 'fr_FR', 'fr_CA', 'fa_IR', 'pt_BR']);
	});
});

describe('preview cards right to left', () => {
	it('starts every line at the right edge for a right-to-left site', () => {
		const measure = { width: (text: string) => text.length * 10, extent: () => ({ ascent: 20, descent: 5 }) };
		const card = { eyebrow: 'شخص', title: 'مریم احمدی', description: 'رئیس کمیسیون.', footer: 'تحقیق بندر' };
		const rtl = layoutCard({ ...card, direction: 'rtl' }, measure).lines;
		expect(new Set(rtl.map((line) => `${line.direction} ${line.x}`))).toEqual(new Set([`rtl ${CARD_WIDTH - CARD_DESIGN.padding.side}`]));
		expect(new Set(layoutCard(card, measure).lines.map((line) => `${line.direction} ${line.x}`))).toEqual(new Set([`ltr ${CARD_DESIGN.padding.side}`]));
	});
});

describe('the options’ strings', () => {
	const report = (options: object) => siteOptionsProblems({ title: 'Harbour Watch', ...options }).map(formatProblem).join('\n\n');
	it('refuses a key the dictionary does not have, with the closest key', () => {
		expect(report({ strings: { 'nav.peple': 'Folk' } })).toMatchInlineSnapshot(`
			"astro.config.mjs options › strings.nav.peple
			  \`nav.peple\` is invalid: the dictionary has no interface string by this key. Did you mean "nav.people"? src/lib/i18n/en.ts lists the keys.
			  Fix: Give \`strings: { 'nav.names': 'Index of names' }\`, with keys from src/lib/i18n/en.ts (README "Language")."
		`);
	});
	it('refuses a placeholder the string does not fill in', () => {
		expect(report({ strings: { 'sheet.claims': 'Claims by {person}' } })).toMatchInlineSnapshot(`
			"astro.config.mjs options › strings.sheet.claims
			  \`sheet.claims\` is invalid: it uses {person}, which this string does not fill in (it fills in: {name}).
			  Fix: Give \`strings: { 'nav.names': 'Index of names' }\`, with keys from src/lib/i18n/en.ts (README "Language")."
		`);
	});
	it('requires every string for a language with no built-in interface, and lists the missing ones', () => {
		const problems = siteOptionsProblems({ title: 'Harbour Watch', language: 'fa', strings: { 'nav.people': 'اشخاص' } });
		expect(problems).toHaveLength(1);
		expect(problems[0]?.message).toMatch(
			new RegExp(`^\`strings\` is invalid: the language "fa" has no built-in interface \\(built in: en, fr\\), so \`strings\` must give every interface string; ${UI_KEYS.length - 1} of ${UI_KEYS.length} are missing: site\\.skipLink, site\\.imageAlt, `),
		);
		expect(problems[0]?.message).not.toContain('nav.people,');
	});
	it('accepts the Persian fixture site’s complete set', () => {
		const options = JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/fa-site/site-options.json'), 'utf8'));
		expect(siteOptionsProblems(options)).toEqual([]);
	});
});

/**
 * A heuristic for English left in a page's markup: in every .astro file
 * under src/pages, src/components and src/layouts (its template, after the frontmatter), the text between tags
 * once `{…}` expressions are taken out, the literal values of the
 * attributes a reader meets (aria-label, title, alt, placeholder), and
 * quoted string literals in the template that start with a capital or hold
 * a space and a punctuation mark. Names of formats (BibTeX, CSL-JSON) are
 * allowed; anything else must come from the dictionary.
 */
describe('no reader-facing English in the markup', () => {
	const ALLOWED = new Set(['BibTeX', 'CSL-JSON']);
	const astroFiles = (folder: string): string[] =>
		readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
			entry.isDirectory() ? astroFiles(join(folder, entry.name)) : entry.name.endsWith('.astro') ? [join(folder, entry.name)] : [],
		);
	const withoutExpressions = (text: string) => {
		let previous;
		let result = text;
		do {
			previous = result;
			result = result.replace(/\{[^{}]*\}/g, ' ');
		} while (result !== previous);
		return result.replace(/^[^{]*\}/, ' ').replace(/\{[^}]*$/, ' ');
	};
	const literals = (source: string): string[] => {
		const template = source
			.replace(/^---[\s\S]*?\n---/, '')
			.replace(/<script[\s\S]*?<\/script>/g, '')
			.replace(/<style[\s\S]*?<\/style>/g, '')
			.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
		const found: string[] = [];
		for (const [, text = ''] of template.matchAll(/>([^<>]*)</g)) {
			const words = withoutExpressions(text).trim();
			// Code between two tags inside an expression (`a > b && <x>`) is not text.
			if (/\p{L}{2,}/u.test(words) && !/&&|\|\||===|=>|\?\s|\)\s*:/.test(words)) found.push(words);
		}
		for (const [, , value = ''] of template.matchAll(/\b(aria-label|title|alt|placeholder)="([^"]*)"/g)) if (/\p{L}{2,}/u.test(value)) found.push(value);
		for (const [, value = ''] of template.matchAll(/'([^'\n]*\p{L}{2,}[^'\n]*)'/gu)) if (/^[A-Z]/.test(value) || /\s/.test(value.trim()) && /[.,:;!?]/.test(value)) found.push(value);
		return found.filter((text) => !ALLOWED.has(text));
	};
	it('takes every string a reader sees in the pages, components and layouts from the dictionary', () => {
		// The pages a reader sees; the curators' own tools under `astro dev` (src/integration/) speak to authors, in English.
		const leftovers = ['src/pages', 'src/components', 'src/layouts'].flatMap((folder) => astroFiles(join(PROJECT_ROOT, folder))).flatMap((file) =>
			literals(readFileSync(file, 'utf8')).map((text) => `${relative(PROJECT_ROOT, file)}: ${JSON.stringify(text)}`),
		);
		expect(leftovers).toEqual([]);
	});
	it('finds English in markup (the heuristic itself)', () => {
		expect(literals(`---\nconst a = 'Hidden';\n---\n<h1>Sources</h1><p aria-label="Go there">{x}</p>{y && <>, citing {z}</>}{i > 0 && 'Publisher not stated'}`)).toEqual([
			'Sources',
			', citing',
			'Go there',
			'Publisher not stated',
		]);
	});
});
