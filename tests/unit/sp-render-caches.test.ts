import { describe, expect, it } from 'vitest';
import { createFormats } from '../../src/lib/i18n/format.ts';
import { createUi } from '../../src/lib/i18n/ui.ts';
import { textWidth } from '../../src/lib/graph/labels.ts';
import { textDirective, textFragmentUrl } from '../../src/lib/links/text-fragment.ts';
import { lastDayOf } from '../../src/lib/site/figures.ts';
import { passageAnchor } from '../../src/lib/site/model.ts';
import { supportingWords } from '../../src/lib/site/quote-display.ts';
import { absoluteUrl, type SitePath } from '../../src/lib/site/routes.ts';
import { sourceLabel } from '../../src/lib/site/source-label.ts';

/**
 * The per-build caches of page rendering (issue 17) must give exactly what the uncached code gave: each is
 * checked here against the computation it replaces, on the second call as on the first.
 */
describe('render caches', () => {
	it('absoluteUrl gives what parsing the whole address gives, with and without a fragment', () => {
		const site = new URL('https://example.org/');
		const cases: [string, SitePath, string | undefined][] = [
			['/', 'people/ann-lee/' as SitePath, undefined],
			['/', 'people/ann-lee/' as SitePath, 'fact-1'],
			['/fact-sheets', 'people/ann-lee/' as SitePath, 'relation-member-of-x'],
			['/fact-sheets/', 'people/ann-lee/' as SitePath, 'a b"<>`'],
			['/', 'people/ann-lee/' as SitePath, 'é'],
			['/', 'people/ann-lee/' as SitePath, ''],
		];
		for (const [base, path, fragment] of cases) {
			const prefix = base.endsWith('/') ? base : `${base}/`;
			const expected = new URL(`${prefix}${path}${fragment ? `#${fragment}` : ''}`, site).href;
			expect(absoluteUrl(site, base, path, fragment)).toBe(expected);
			expect(absoluteUrl(site.href, base, path, fragment)).toBe(expected);
		}
	});

	it('ui.t and ui.html fill the same message again alike, escaping text and not HTML', () => {
		const ui = createUi({ language: 'en', strings: { 'site.license': 'Under <{license}> & {license}' } });
		for (let i = 0; i < 2; i++) {
			expect(ui.html('site.license', { license: { html: '<a href="x">CC</a>' } })).toBe('Under &lt;<a href="x">CC</a>&gt; &amp; <a href="x">CC</a>');
			expect(ui.t('site.license', { license: 'a&b' })).toBe('Under <a&b> & a&b');
			expect(ui.html('site.license', { license: 'a&b' })).toBe('Under &lt;a&amp;b&gt; &amp; a&amp;b');
		}
		expect(() => ui.t('site.license', {} as never)).toThrow('needs a value for {license}');
	});

	it('formats a number the same from the cache, and -0 as Intl does', () => {
		const format = createFormats('en-GB');
		const intl = new Intl.NumberFormat('en-GB');
		for (const value of [0, -0, 1234.5, 1234.5, Number.NaN, -0]) expect(format.number(value)).toBe(intl.format(value));
	});

	it('labels a source per interface', () => {
		const published = { status: 'stated', date: '2026-02-11', statedAs: '11 February 2026' } as const;
		const source = { title: 'A headline', publisher: 'Daily Harbour', published };
		expect(sourceLabel(source, createUi({ language: 'en-GB' }))).toBe('Daily Harbour, 11 Feb 2026');
		expect(sourceLabel(source, createUi({ language: 'en-GB' }))).toBe('Daily Harbour, 11 Feb 2026');
		expect(sourceLabel(source, createUi({ language: 'fr' }))).not.toBe('Daily Harbour, 11 Feb 2026');
	});

	it('gives the same words, anchors, dates, widths and links however often asked', () => {
		expect(supportingWords(['"It is" -- he said...'], 'x')).toBe('\u201cIt is\u201d \u2013 he said\u2026');
		expect(supportingWords(['"It is" -- he said...'], 'y')).toBe('\u201cIt is\u201d \u2013 he said\u2026');
		expect(supportingWords(undefined, '"quoted"')).toBe('\u201cquoted\u201d');
		// The first ten hex digits of the SHA-256 of the quote's NFC form, asked twice: once computed, once remembered.
		expect([passageAnchor('a quote'), passageAnchor('a quote')]).toEqual(['passage-acfd531955', 'passage-acfd531955']);
		expect(passageAnchor('a quote')).not.toBe(passageAnchor('another quote'));
		expect([lastDayOf('2024-02'), lastDayOf('2024-02'), lastDayOf('2025'), lastDayOf('2025-03-04')]).toEqual(['2024-02-29', '2024-02-29', '2025-12-31', '2025-03-04']);
		// 3.93 ems: A .68, n .56 ×2, space .33, L .68, e .56 ×2; the default size is cached, another is not mixed up with it.
		expect([textWidth('Ann Lee'), textWidth('Ann Lee', 24), textWidth('Ann Lee'), textWidth('Ann Lee', 12)]).toEqual([50, 100, 50, 50]);
		expect(textFragmentUrl('https://a.example/x#old', ['a-b, c & d'])).toBe('https://a.example/x#:~:text=a%2Db%2C%20c%20%26%20d');
	});
});

describe('textDirective', () => {
	/** The directive as it was made before it stopped splitting whole passages (issue 17). */
	const reference = (passage: string) => {
		const words = passage.trim().split(/\s+/).filter(Boolean);
		if (words.length === 0) return undefined;
		const encode = (term: string) => encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
		if (words.length <= 10) return `text=${encode(words.join(' '))}`;
		return `text=${encode(words.slice(0, 5).join(' '))},${encode(words.slice(-5).join(' '))}`;
	};

	it('gives what splitting the whole passage gave, whatever its length and spaces', () => {
		// A seeded generator, so that a failure can be replayed.
		let state = 7;
		const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
		const pieces = ['a', 'word', 'état', '-', ',', '&', '😀', 'x-y', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff'];
		for (let i = 0; i < 3000; i++) {
			const length = Math.floor(random() * 40);
			const passage = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join('');
			expect(textDirective(passage), JSON.stringify(passage)).toBe(reference(passage));
		}
	});
});
