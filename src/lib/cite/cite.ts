import type { DateClaim, PartialDate, SourceData } from '../../schemas/index.ts';
import type { Ui } from '../i18n/ui.ts';

/**
 * Ready-made citations of a sheet, of one fact on it and of a source
 * article, so others can cite them: plain text, BibTeX (biblatex's
 * `@online` and `@article`, which Zotero and biber read) and CSL-JSON (what
 * Zotero, Mendeley and pandoc read). The site is the container of its pages,
 * never their author: it has no author of its own, so a style starts with the
 * title ("Ann Lee. (2026, March 5). In *Facts & Figures*."). A source is
 * cited as the article: the stored copy's publisher as its container and
 * publisher, a republished article's first publisher in a note, and only
 * the dates the stored text states.
 */
export interface CiteTarget {
	/** A stable key: the slug, and the fact id for a fact (`jane-doe`, `jane-doe:harbour-warning`). */
	readonly key: string;
	/** The sheet's name. */
	readonly sheetName: string;
	/** For a fact: its statement. */
	readonly statement?: string | undefined;
	/** The absolute address, with the fact's anchor for a fact. */
	readonly url: string;
	readonly siteName: string;
	/**
	 * The content's version, `YYYY-MM-DD` (contentVersionDate): the version of
	 * the page that is cited, given as its date and as the access date, since
	 * the page reads the same on any later day until the content changes.
	 */
	readonly version: string;
}

export interface Citations {
	readonly text: string;
	readonly bibtex: string;
	readonly cslJson: string;
}

/** One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export type CslItem = Record<string, unknown> & { readonly id: string; readonly type: string };

function title(target: CiteTarget): string {
	return target.statement ? `${target.sheetName}: ${target.statement}` : target.sheetName;
}

/** A partial date as CSL date-parts: `2026-02` → `[[2026, 2]]`, at the precision given. */
function dateParts(date: PartialDate | string): { 'date-parts': number[][] } {
	return { 'date-parts': [date.split('-').map(Number)] };
}

const statedDate = (claim: DateClaim) => (claim.status === 'stated' ? claim.date : undefined);

function withoutUndefined<T extends Record<string, unknown>>(object: T): T {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** The citation as text, in the site's language (`ui`). */
export function plainTextCitation(target: CiteTarget, ui: Ui): string {
	const common = { sheet: target.sheetName, site: target.siteName, date: ui.format.date(target.version), url: target.url };
	return target.statement ? ui.t('cite.plainFact', { ...common, statement: target.statement }) : ui.t('cite.plainSheet', common);
}

/** Escapes the characters BibTeX treats specially; LaTeX users get the text as written. */
export function escapeBibtex(text: string): string {
	return text.replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`)).replace(/[&%$#_]/g, '\\$&').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

/** `key` is made of slugs and ids joined by `:` (`jane-doe:harbour-warning`), which BibTeX keys allow; so keys stay unique. */
function bibtexEntry(type: string, key: string, fields: readonly [string, string | undefined][]): string {
	const present = fields.filter((field): field is [string, string] => field[1] !== undefined);
	return `@${type}{${key.replace(/[^a-z0-9:-]+/gi, '-')},\n${present.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`;
}

export function bibtexCitation(target: CiteTarget): string {
	return bibtexEntry('online', target.key, [
		// Double braces keep the title's capitals as written.
		['title', `{${escapeBibtex(title(target))}}`],
		['organization', `{${escapeBibtex(target.siteName)}}`],
		['date', target.version],
		// `url` only: a `#` inside \url{} in another field breaks LaTeX.
		['url', target.url],
		['urldate', target.version],
		['version', target.version],
	]);
}

export function cslItem(target: CiteTarget): CslItem {
	return {
		id: target.key,
		type: 'webpage',
		title: title(target),
		'container-title': target.siteName,
		URL: target.url,
		issued: dateParts(target.version),
		accessed: dateParts(target.version),
		version: target.version,
	};
}

/** CSL-JSON: a list of items, one per line, short enough to read in a page. */
export function cslJson(items: readonly CslItem[]): string {
	return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
}

export function cslJsonCitation(target: CiteTarget): string {
	return cslJson([cslItem(target)]);
}

export function citationsOf(target: CiteTarget, ui: Ui): Citations {
	return { text: plainTextCitation(target, ui), bibtex: bibtexCitation(target), cslJson: cslJsonCitation(target) };
}

/** A source article as a reference manager stores it. `id` is the source id. */
export function sourceCslItem(id: string, data: SourceData): CslItem {
	return withoutUndefined({
		id: `source:${id}`,
		type: 'article-newspaper',
		title: data.title,
		'container-title': data.publisher ?? undefined,
		publisher: data.publisher ?? undefined,
		// Not CSL's `original-publisher`: APA prints it as "(Original work published <publisher>)", a date's place.
		note: data.originalPublisher ? `Originally published by ${data.originalPublisher}` : undefined,
		issued: statedDate(data.published) ? dateParts(statedDate(data.published) as string) : undefined,
		accessed: statedDate(data.retrieved) ? dateParts(statedDate(data.retrieved) as string) : undefined,
		URL: data.url,
		language: data.language,
	});
}

export function sourceBibtex(id: string, data: SourceData): string {
	const published = statedDate(data.published);
	return bibtexEntry('article', `source:${id}`, [
		// biblatex's way of saying "a newspaper article"; readers map it to CSL's article-newspaper.
		['entrysubtype', 'newspaper'],
		['title', `{${escapeBibtex(data.title)}}`],
		['journaltitle', data.publisher ? `{${escapeBibtex(data.publisher)}}` : undefined],
		['date', published],
		['url', data.url],
		['urldate', statedDate(data.retrieved)],
		['langid', data.language],
		['note', data.originalPublisher ? `Originally published by ${escapeBibtex(data.originalPublisher)}` : undefined],
	]);
}

/** A source's citation as text, in the site's language (`ui`). */
export function sourcePlainText(data: SourceData, ui: Ui): string {
	const published = statedDate(data.published);
	const stated = data.publisher ?? ui.t('source.publisherNotStated');
	const publisher = data.originalPublisher ? ui.t('cite.republished', { publisher: stated, original: data.originalPublisher }) : stated;
	const when = published ? ui.format.date(published) : ui.t('cite.dateNotStated');
	const text = ui.t('cite.plainSource', { title: data.title, publisher, date: when });
	return data.url ? `${text} ${data.url}` : text;
}

export function sourceCitations(id: string, data: SourceData, ui: Ui): Citations {
	return { text: sourcePlainText(data, ui), bibtex: sourceBibtex(id, data), cslJson: cslJson([sourceCslItem(id, data)]) };
}
