import { formatDate } from '../site/format.ts';

/**
 * Ready-made citations of a sheet or of one fact on it, so others can cite
 * the page: plain text, BibTeX and CSL-JSON (what Zotero and pandoc read).
 */
export interface CiteTarget {
	/** A stable key: the slug, and the fact id for a fact (`ali-khamenei`, `ali-khamenei:crackdown-order`). */
	readonly key: string;
	/** The sheet's name. */
	readonly sheetName: string;
	/** For a fact: its statement. */
	readonly statement?: string | undefined;
	/** The absolute address, with the fact's anchor for a fact. */
	readonly url: string;
	readonly siteName: string;
	/** The build's date, `YYYY-MM-DD`: the version of the page that is cited. */
	readonly version: string;
}

export interface Citations {
	readonly text: string;
	readonly bibtex: string;
	readonly cslJson: string;
}

function title(target: CiteTarget): string {
	return target.statement ? `${target.sheetName}: ${target.statement}` : target.sheetName;
}

export function plainTextCitation(target: CiteTarget): string {
	const what = target.statement ? `“${target.statement}” In “${target.sheetName}”` : `“${target.sheetName}”`;
	return `${what}. ${target.siteName}, version of ${formatDate(target.version)}. ${target.url}`;
}

/** Escapes the characters BibTeX treats specially; LaTeX users get the text as written. */
export function escapeBibtex(text: string): string {
	return text.replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`)).replace(/[&%$#_]/g, '\\$&').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

export function bibtexCitation(target: CiteTarget): string {
	const [year, month] = target.version.split('-');
	const key = target.key.replace(/[^a-z0-9]+/gi, '-');
	const fields: [string, string][] = [
		// Double braces keep the title's capitals as written.
		['title', `{${escapeBibtex(title(target))}}`],
		['author', `{${escapeBibtex(target.siteName)}}`],
		// `url` only: a `#` inside \url{} in another field breaks LaTeX.
		['url', target.url],
		['year', year ?? ''],
		['month', month ?? ''],
		['note', `Version of ${target.version}`],
	];
	return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`;
}

export function cslJsonCitation(target: CiteTarget): string {
	const [year, month, day] = target.version.split('-').map(Number);
	const item = {
		id: target.key,
		type: 'webpage',
		title: title(target),
		'container-title': target.siteName,
		author: [{ literal: target.siteName }],
		URL: target.url,
		issued: { 'date-parts': [[year, month, day]] },
	};
	// One item per line: short enough to read in the page, and what CSL-JSON readers take.
	return `[\n${JSON.stringify(item)}\n]`;
}

export function citationsOf(target: CiteTarget): Citations {
	return { text: plainTextCitation(target), bibtex: bibtexCitation(target), cslJson: cslJsonCitation(target) };
}
