import type { Citation, SheetData } from '../../schemas/index.ts';

/** The ids of the sources a sheet cites (roles, relations and facts), in order of first citation. */
export function citedSourceIds(data: SheetData): string[] {
	const items: readonly { readonly citations: readonly Citation[] }[] = [...data.roles, ...data.relations, ...data.facts];
	return [...new Set(items.flatMap((item) => item.citations.map((citation) => citation.source)))];
}
