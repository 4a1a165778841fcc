/**
 * How much of a source the sheets cover: the people and organisations its
 * article names that no sheet's name or alias matches, the sheets it
 * mentions, the share of its sentences some item cites, and the items whose
 * passage names their subject only by pronoun (those with a `subjectNote`).
 *
 * Names are found by compromise (https://github.com/spencermountain/compromise),
 * an English part-of-speech tagger: its `people()` and `organizations()`
 * matches and any other run of two proper nouns or more that is no place or date, with
 * honorifics and possessives dropped, kept only when every
 * word is capitalised (an acronym counts). A name counts as covered when a
 * sheet's name or alias stands in it as whole words ("Ali Doe" in "Minister
 * Ali Doe"), or it stands in one (a surname, "Doe").
 */
import nlp from 'compromise';
import type { Corpus, LoadedSheet, LoadedSource } from '../corpus.ts';
import type { Path } from '../content/yaml-document.ts';
import { foldName } from '../text/confusables.ts';
import { WordSearch } from '../text/words.ts';
import { sheetCitations } from '../verify/cited-items.ts';
import { describeSheetPath } from '../verify/items.ts';

export interface UncoveredName {
	readonly name: string;
	readonly type: 'person' | 'organisation';
	/** How often the article names it. */
	readonly count: number;
}

export interface MentionedSheet {
	readonly slug: string;
	readonly name: string;
	/** Whether some item of the sheet cites this source. */
	readonly cites: boolean;
}

export interface PronounItem {
	readonly sheet: string;
	readonly item: string;
	readonly subjectNote: string;
}

export interface SourceCoverage {
	readonly id: string;
	readonly title: string;
	readonly sentences: { readonly total: number; readonly cited: number };
	readonly uncovered: readonly UncoveredName[];
	readonly mentioned: readonly MentionedSheet[];
	readonly pronouns: readonly PronounItem[];
	/** A sentence and the span it covers in the stored text, with whether it is cited: what the curation view marks. */
	readonly sentenceSpans: readonly { readonly start: number; readonly end: number; readonly cited: boolean }[];
	/** Where the article lies in the stored text. */
	readonly article: { readonly start: number; readonly end: number };
}

/** Every loaded source's coverage, in id order. */
export function corpusCoverage(corpus: Corpus): SourceCoverage[] {
	return [...corpus.sources.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((source) => sourceCoverage(source, corpus));
}

export function sourceCoverage(source: LoadedSource, corpus: Corpus): SourceCoverage {
	const original = source.text?.original ?? '';
	const article = articleBounds(source);
	const articleText = original.slice(article.start, article.end);
	const cited = citedSpans(source, corpus);
	const sentenceSpans = sentencesOf(articleText, article.start).map((span) => ({
		...span,
		cited: cited.some((part) => part.start < span.end && part.end > span.start),
	}));
	const search = new WordSearch(source.text ? source.text.normalised.slice(source.text.articleStart, source.text.articleEnd) : '');
	const mentioned = corpus.sheets
		.filter((sheet) => [sheet.data.name, ...sheet.data.aliases].some((name) => search.has(name)))
		.map((sheet) => ({ slug: sheet.slug, name: sheet.data.name, cites: [...sheetCitations(sheet)].some(({ citation }) => citation.source === source.id) }))
		.sort((a, b) => (a.slug < b.slug ? -1 : 1));
	return {
		id: source.id,
		title: source.data.title,
		sentences: { total: sentenceSpans.length, cited: sentenceSpans.filter((span) => span.cited).length },
		uncovered: uncoveredNames(articleText, corpus.sheets),
		mentioned,
		pronouns: pronounItems(source, corpus),
		sentenceSpans,
		article,
	};
}

/** The article's span in the stored text's original offsets: found as a quote is, so its bounds are the verifier's. */
function articleBounds(source: LoadedSource): { start: number; end: number } {
	const text = source.text;
	if (!text) return { start: 0, end: 0 };
	const span = source.data.article;
	if (!span) return { start: 0, end: text.original.length };
	const start = text.find(span.start);
	const end = text.find(span.end);
	if (start.status !== 'found' || end.status !== 'found') return { start: 0, end: text.original.length };
	return { start: start.parts[0]?.start ?? 0, end: end.parts.at(-1)?.end ?? text.original.length };
}

/** Every passage of the source that some item cites, in the stored text's offsets. */
export function citedSpans(source: LoadedSource, corpus: Corpus): { start: number; end: number; sheet: string; path: Path }[] {
	const spans: { start: number; end: number; sheet: string; path: Path }[] = [];
	if (!source.text) return spans;
	for (const sheet of corpus.sheets) {
		for (const { path, citation } of sheetCitations(sheet)) {
			if (citation.source !== source.id) continue;
			const lookup = source.text.find(citation.quote);
			if (lookup.status === 'found') for (const part of lookup.parts) spans.push({ start: part.start, end: part.end, sheet: sheet.slug, path });
		}
	}
	return spans;
}

/** Sentences: each paragraph (line) split after a full stop, question or exclamation mark before a capital. */
export function sentencesOf(text: string, offset = 0): { start: number; end: number }[] {
	const spans: { start: number; end: number }[] = [];
	let lineStart = 0;
	for (const line of text.split('\n')) {
		const breaks = [...line.matchAll(/[.!?…]["'”’)\]]*\s+(?=["'“‘(]?\p{Lu})/gu)].map((match) => match.index + match[0].length);
		let start = 0;
		for (const end of [...breaks, line.length]) {
			const piece = line.slice(start, end);
			if (/[\p{L}\p{N}]/u.test(piece)) {
				const lead = piece.length - piece.trimStart().length;
				spans.push({ start: offset + lineStart + start + lead, end: offset + lineStart + start + piece.trimEnd().length });
			}
			start = end;
		}
		lineStart += line.length + 1;
	}
	return spans;
}

/** A word of a name: capitalised, an acronym, or a particle names carry ("bin", "of", "al-Assad"). */
const CAPITALISED = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}{2,}|al-\p{Lu}[\p{L}-]*|(?:de|van|von|bin|ibn|of|the|and|for|al|el|da|di|du|la|le)$)$/u;

/** The names compromise finds in the article that no sheet covers, most often named first. */
export function uncoveredNames(articleText: string, sheets: readonly LoadedSheet[]): UncoveredName[] {
	const doc = nlp(articleText);
	const found = new Map<string, { name: string; type: UncoveredName['type']; count: number }>();
	const names = sheets.flatMap((sheet) => [sheet.data.name, ...sheet.data.aliases]);
	const searches = names.map((name) => ({ name, search: new WordSearch(name) }));
	/** `fallback`: names the tagger did not call a person or organisation, counted only when it found them no other way. */
	const collect = (matches: string[], type: UncoveredName['type'], fallback = false) => {
		const before = new Set(found.keys());
		for (const raw of matches) {
			const name = cleanName(raw);
			if (!name) continue;
			const within = new WordSearch(name);
			if (names.some((known) => within.has(known)) || searches.some(({ search }) => search.has(name))) continue;
			const key = foldName(name);
			const entry = found.get(key);
			if (fallback && before.has(key)) continue;
			if (entry) entry.count++;
			else found.set(key, { name, type, count: 1 });
		}
	};
	collect(doc.people().not('#Honorific').out('array') as string[], 'person');
	collect(doc.organizations().out('array') as string[], 'organisation');
	// Other runs of two proper nouns or more that are no person, place or date ("Bay Ferry Company", which the tagger does not call an organisation).
	const runs: string[] = [];
	doc.match('#ProperNoun+').forEach((run) => {
		if (run.has('#Person') || run.has('#Date') || run.has('#Demonym') || run.terms().length < 2) return;
		if (run.match('#Place+').text() === run.text()) return;
		runs.push(run.text());
	});
	collect(runs, 'organisation', true);
	// A shorter name inside a longer one is the same actor ("Doe" in "Jane Doe"): counted with it.
	const entries = [...found.values()];
	const kept = entries.filter((entry) => !entries.some((other) => other !== entry && other.name.length > entry.name.length && new WordSearch(other.name).has(entry.name)));
	for (const entry of entries) {
		if (kept.includes(entry)) continue;
		const longer = kept.find((other) => new WordSearch(other.name).has(entry.name));
		if (longer) longer.count += entry.count;
	}
	return kept.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
}

/** A month or weekday the tagger took for a name. */
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** A name without its possessive, edge punctuation or a leading "The"; undefined when a word of it is not capitalised. */
function cleanName(raw: string): string | undefined {
	const name = raw
		.replace(/[’']s$/u, '')
		.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
		.replace(/^the\s+/iu, '')
		.trim();
	if (!name || name.includes('/') || CALENDAR.test(name)) return undefined;
	const words = name.split(/\s+/u);
	if (!words.every((word) => CAPITALISED.test(word)) || !/^\p{Lu}/u.test(name)) return undefined;
	return name;
}

/** Items citing the source whose passage names their subject only another way, with the note that says who. */
function pronounItems(source: LoadedSource, corpus: Corpus): PronounItem[] {
	const items: PronounItem[] = [];
	for (const sheet of corpus.sheets) {
		for (const list of ['roles', 'relations', 'facts'] as const) {
			sheet.data[list].forEach((item, i) => {
				if (!item.subjectNote || !item.citations.some((citation) => citation.source === source.id)) return;
				const { item: label } = describeSheetPath(sheet.data, [list, i]);
				items.push({ sheet: sheet.slug, item: label ?? `${list}[${i}]`, subjectNote: item.subjectNote });
			});
		}
	}
	return items;
}
