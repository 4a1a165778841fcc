/**
 * Pages of a built site to test, picked from the site's own indexes (the
 * section, source, kind and figure index pages, and the sheets export) rather
 * than named by slug: the browser and accessibility tests then run on
 * whatever story a site tells, and skip what an empty site does not have.
 * Paths are relative to the base (`people/jane-doe/`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

export interface SiteSamples {
	/** How many sheets the site exports (data/sheets.json): 0 for an empty site, or one not built. */
	readonly sheetCount: number;
	readonly person: string | undefined;
	/** A pseudonymous person if there is one, else the first person: the page photographed on a phone. */
	readonly personOnPhone: string | undefined;
	readonly organisation: string | undefined;
	readonly source: string | undefined;
	readonly kind: string | undefined;
	readonly figure: string | undefined;
	/** A fact half-way down the sheet with the most facts: a permalink that has to scroll. */
	readonly fact?: { readonly sheet: string; readonly id: string };
	/** A relation between two sheets, with both sheets' names: the reader follows it there and back. */
	readonly relation?: { readonly from: string; readonly fromName: string; readonly to: string; readonly toName: string; readonly label: string };
	/** A name spelt another way: the words of an alias that the name does not have, and the sheet they lead to. */
	readonly alias?: { readonly query: string; readonly name: string; readonly path: string };
}

interface ExportedSheet {
	readonly slug: string;
	readonly page: string;
	readonly name: string;
	readonly aliases: readonly string[];
	readonly pseudonymous: boolean;
	readonly factIds: readonly string[];
	readonly relations: readonly { readonly target: string; readonly label: string }[];
}

/** The first links of an index page that lead to pages of `prefix` (`people/`), relative to the base. */
function indexLinks(dist: string, base: string, prefix: string): string[] {
	const file = join(dist, prefix, 'index.html');
	if (!existsSync(file)) return [];
	const pattern = new RegExp(`^${base}(${prefix}[^/#?]+/)$`);
	return parse(readFileSync(file, 'utf8'))
		.querySelectorAll('main a[href]')
		.map((link) => pattern.exec(link.getAttribute('href') ?? '')?.[1])
		.filter((path): path is string => path !== undefined);
}

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Reads the samples of the site built into `dist` under `base`. */
export function siteSamples(dist: string, base: string): SiteSamples {
	const exported = join(dist, 'data/sheets.json');
	const sheets: ExportedSheet[] = existsSync(exported) ? (JSON.parse(readFileSync(exported, 'utf8')) as { sheets: ExportedSheet[] }).sheets : [];
	const pathOf = (sheet: ExportedSheet) => new URL(sheet.page).pathname.slice(base.length);
	const bySlug = new Map(sheets.map((sheet) => [sheet.slug, sheet]));
	const people = indexLinks(dist, base, 'people/');
	const pseudonymous = sheets.find((sheet) => sheet.pseudonymous);
	const mostFacts = [...sheets].sort((a, b) => b.factIds.length - a.factIds.length)[0];
	const related = sheets.flatMap((sheet) => sheet.relations.flatMap((relation) => {
		const target = bySlug.get(relation.target);
		return target && target.slug !== sheet.slug ? [{ from: pathOf(sheet), fromName: sheet.name, to: pathOf(target), toName: target.name, label: relation.label }] : [];
	}))[0];
	// The alias most unlike its sheet's name, searched for by its words the name does not have ("Smyth" for "Jane Smith", a.k.a. "Jane Smyth").
	const spelt = sheets
		.flatMap((sheet) => sheet.aliases.map((alias) => {
			const own = alias.match(/[\p{L}\p{N}]+/gu)?.filter((word) => !words(sheet.name).has(word.toLowerCase())) ?? [];
			return { query: own.join(' '), share: own.length / words(alias).size, sheet };
		}))
		.filter(({ query }) => query.length > 0)
		.sort((a, b) => b.share - a.share);
	const otherSpelling = spelt[0];
	return {
		sheetCount: sheets.length,
		person: people[0],
		personOnPhone: pseudonymous ? pathOf(pseudonymous) : people[0],
		organisation: indexLinks(dist, base, 'organisations/')[0],
		source: indexLinks(dist, base, 'sources/')[0],
		kind: indexLinks(dist, base, 'kinds/')[0],
		figure: indexLinks(dist, base, 'figures/')[0],
		...(mostFacts && mostFacts.factIds.length > 0 && { fact: { sheet: pathOf(mostFacts), id: mostFacts.factIds[Math.floor(mostFacts.factIds.length / 2)] as string } }),
		...(related && { relation: related }),
		...(otherSpelling && { alias: { query: otherSpelling.query, name: otherSpelling.sheet.name, path: pathOf(otherSpelling.sheet) } }),
	};
}

/**
 * The slugs of the pages a build wrote under `section/` (`people`, `sources`),
 * one folder each, read from the build itself rather than from its indexes;
 * none when the section was not built.
 */
export function builtPages(dist: string, section: string): string[] {
	const folder = join(dist, section);
	return existsSync(folder) ? readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [];
}
