import type { Site } from '../site/model.ts';
import type { SitePath } from '../site/routes.ts';
import { bibtexCitation, cslItem, sourceBibtex, sourceCslItem, type CiteTarget, type CslItem } from './cite.ts';

/**
 * Every citable thing on the site at once, for a reference manager:
 * /data/citations.json (CSL-JSON) and /data/citations.bib (biblatex). The
 * sources by id, then each sheet by slug followed by its facts by id: the
 * same keys and entries as the "Cite this" blocks of the pages.
 */
export interface BibliographyContext {
	readonly absolute: (path: SitePath, fragment?: string) => string;
	readonly siteName: string;
	readonly version: string;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function pageTargets(site: Site, context: BibliographyContext): CiteTarget[] {
	return [...site.sheetList]
		.sort((a, b) => byId(a.slug, b.slug))
		.flatMap((sheet) => [
			{ key: sheet.slug, sheetName: sheet.data.name, url: context.absolute(sheet.path), siteName: context.siteName, version: context.version },
			...[...sheet.data.facts]
				.sort((a, b) => byId(a.id, b.id))
				.map((fact) => ({
					key: `${sheet.slug}:${fact.id}`,
					sheetName: sheet.data.name,
					statement: fact.statement,
					url: context.absolute(sheet.path, fact.id),
					siteName: context.siteName,
					version: context.version,
				})),
		]);
}

const sortedSources = (site: Site) => [...site.sourceList].sort((a, b) => byId(a.id, b.id));

export function bibliographyCsl(site: Site, context: BibliographyContext): CslItem[] {
	return [...sortedSources(site).map((source) => sourceCslItem(source.id, source.data)), ...pageTargets(site, context).map(cslItem)];
}

/** citations.bib as pieces to write one after another: each entry, then a blank line, the last a line end. */
export function bibliographyBibtexPieces(site: Site, context: BibliographyContext): string[] {
	const entries = [...sortedSources(site).map((source) => sourceBibtex(source.id, source.data)), ...pageTargets(site, context).map(bibtexCitation)];
	if (entries.length === 0) return ['\n'];
	return entries.map((entry, index) => (index === entries.length - 1 ? `${entry}\n` : `${entry}\n\n`));
}
