/**
 * The data of the curation view (`astro dev` only: /_curate/ and
 * /_curate/<source-id>/): each source's coverage, and its stored text cut
 * into segments, each marked as page chrome (outside the `article` span),
 * cited (with the items citing it) or an uncovered name. Computed from the
 * verified corpus the dev server publishes; the routes only render it.
 */
import type { Corpus } from '../corpus.ts';
import { sheetPath, sourcePath, withBase } from '../site/routes.ts';
import { roleAnchor, relationAnchors } from '../site/model.ts';
import { describeSheetPath } from '../verify/items.ts';
import { sectionOf } from '../vocabulary.ts';
import { citedSpans, corpusCoverage, type SourceCoverage } from './coverage.ts';

/** One item citing a passage: where to see it, and the colour of its sheet. */
export interface CitingItem {
	readonly number: number;
	readonly sheet: string;
	readonly label: string;
	readonly href: string;
	readonly hue: number;
}

export interface Segment {
	readonly text: string;
	readonly chrome: boolean;
	/** The items whose quotes cover this segment. */
	readonly cited: readonly number[];
	/** The items whose quoted passage ends with this segment: their links follow it. */
	readonly ends: readonly number[];
	/** An uncovered name this segment is. */
	readonly uncovered: string | undefined;
}

export interface CurationSource {
	readonly id: string;
	readonly title: string;
	readonly file: string;
	readonly textPath: string;
	readonly page: string;
	readonly coverage: Omit<SourceCoverage, 'sentenceSpans' | 'article'>;
	readonly items: readonly CitingItem[];
	readonly segments: readonly Segment[];
}

/** A hue per sheet, the same on every run: its slug's hash on the colour wheel. */
export function sheetHue(slug: string): number {
	let hash = 0;
	for (const character of slug) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) >>> 0;
	return hash % 360;
}

export interface CurationView {
	readonly sources: readonly CurationSource[];
	/** Sources whose files could not be read (a placeholder left, a schema problem): `check` says why. */
	readonly unreadable: readonly string[];
}

export function curationView(corpus: Corpus, base: string): CurationView {
	return { sources: curatedSources(corpus, base), unreadable: [...corpus.unloaded.sources].sort() };
}

function curatedSources(corpus: Corpus, base: string): CurationSource[] {
	const bySlug = new Map(corpus.sheets.map((sheet) => [sheet.slug as string, sheet]));
	return corpusCoverage(corpus).map((coverage) => {
		const source = corpus.sources.get(coverage.id);
		const original = source?.text?.original ?? '';
		const spans = source ? citedSpans(source, corpus) : [];
		const items: CitingItem[] = [];
		const numbers = new Map<string, number>();
		const itemOf = (sheetSlug: string, path: readonly (string | number)[]) => {
			const key = `${sheetSlug}\u0000${path.slice(0, 2).join('.')}`;
			let number = numbers.get(key);
			if (number === undefined) {
				const sheet = bySlug.get(sheetSlug);
				const [list, index] = path as [string, number];
				const anchor = list === 'facts' ? (sheet?.data.facts[index]?.id ?? '') : list === 'roles' ? roleAnchor(index) : (relationAnchors((sheet?.data.relations ?? []).map((relation) => ({ type: relation.type, other: relation.target })))[index] ?? '');
				const page = sheet ? withBase(base, sheetPath(sheet.slug, sectionOf(corpus.vocabulary, sheet.data.kind))) : '';
				number = items.length + 1;
				numbers.set(key, number);
				const label = `${sheetSlug} › ${(sheet && describeSheetPath(sheet.data, [list, index]).item) ?? `${list}[${index}]`}`;
				items.push({ number, sheet: sheetSlug, label, href: `${page}#${anchor}`, hue: sheetHue(sheetSlug) });
			}
			return number;
		};
		const marks = spans.map((span) => ({ start: span.start, end: span.end, item: itemOf(span.sheet, span.path) }));
		const names = nameSpans(original, coverage.article, coverage.uncovered.map((name) => name.name));
		const { sentenceSpans: _sentences, article: _article, ...plain } = coverage;
		return {
			id: coverage.id,
			title: coverage.title,
			file: source?.file ?? '',
			textPath: source?.data.text ?? '',
			page: withBase(base, sourcePath(coverage.id)),
			coverage: plain,
			items,
			segments: segments(original, coverage.article, marks, names),
		};
	});
}

/** Where the uncovered names stand in the article, as whole words. */
function nameSpans(text: string, article: { start: number; end: number }, names: readonly string[]): { start: number; end: number; name: string }[] {
	const spans: { start: number; end: number; name: string }[] = [];
	for (const name of names) {
		const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
		for (const match of text.slice(article.start, article.end).matchAll(pattern)) {
			spans.push({ start: article.start + match.index, end: article.start + match.index + match[0].length, name });
		}
	}
	return spans;
}

/** The text cut at every boundary of the article, a cited passage or a name. */
function segments(
	text: string,
	article: { start: number; end: number },
	marks: readonly { start: number; end: number; item: number }[],
	names: readonly { start: number; end: number; name: string }[],
): Segment[] {
	const cuts = new Set<number>([0, text.length, article.start, article.end]);
	for (const { start, end } of [...marks, ...names]) cuts.add(start).add(end);
	const sorted = [...cuts].filter((cut) => cut >= 0 && cut <= text.length).sort((a, b) => a - b);
	const out: Segment[] = [];
	for (let i = 0; i + 1 < sorted.length; i++) {
		const start = sorted[i] as number;
		const end = sorted[i + 1] as number;
		if (end <= start) continue;
		const cited = marks.filter((mark) => mark.start <= start && mark.end >= end).map((mark) => mark.item);
		out.push({
			text: text.slice(start, end),
			chrome: start < article.start || start >= article.end,
			cited: [...new Set(cited)],
			ends: [...new Set(marks.filter((mark) => mark.end === end).map((mark) => mark.item))],
			uncovered: names.find((name) => name.start <= start && name.end >= end)?.name,
		});
	}
	return out;
}
