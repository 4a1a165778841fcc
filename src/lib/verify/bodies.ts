import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { LoadedSheet } from '../corpus.ts';
import type { LinkResolver } from '../links/resolver.ts';
import { findWikiLinks, positionAt } from '../links/wiki-links.ts';
import type { Problem } from '../problems.ts';

const mdxParser = unified().use(remarkParse).use(remarkMdx);

/** Where a body position lies in the sheet's file. */
function inFile(sheet: LoadedSheet, offset: number) {
	const { line, column } = positionAt(sheet.body, offset);
	return { line: sheet.bodyLine + line - 1, column };
}

/**
 * Checks a sheet's body: the syntax of an `.mdx` body, when it uses MDX's own
 * syntax at all (prose without `<` or `{` cannot fail, so it is not parsed
 * here; nor is Markdown, which has no syntax errors), and that every
 * wiki-link names a sheet.
 */
export function checkBody(sheet: LoadedSheet, resolver: LinkResolver, unloadedSlugs: ReadonlySet<string>): Problem[] {
	const problems: Problem[] = [];
	if (sheet.file.endsWith('.mdx') && /[<{]/.test(sheet.body)) {
		try {
			mdxParser.parse(sheet.body);
		} catch (error) {
			const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
			const start = place && 'start' in place && place.start ? place.start : place;
			const reason = (error as { reason?: string }).reason ?? String(error);
			problems.push({
				file: sheet.file,
				line: start?.line === undefined ? sheet.bodyLine : sheet.bodyLine + start.line - 1,
				column: start?.column,
				item: 'body',
				message: `The MDX body cannot be parsed: ${reason}`,
				fix: 'In prose, write `<` and `{` as `&lt;` and `&#123;`, or close the tag or expression that is left open.',
			});
		}
	}
	for (const link of findWikiLinks(sheet.body)) {
		// A link to a sheet that failed its own checks is not reported again.
		if (resolver.resolve(link.target) || unloadedSlugs.has(link.target)) continue;
		const unreadable = unloadedSlugs.size > 0 ? ` It may name a sheet that could not be read (${[...unloadedSlugs].sort().join(', ')}): fix that first.` : '';
		problems.push({
			file: sheet.file,
			...inFile(sheet, link.offset),
			item: 'body',
			message: resolver.unknownMessage(link.target) + unreadable,
			fix: 'Link to an existing sheet by its slug (its file name without the extension), name or alias, or create the sheet.',
		});
	}
	return problems;
}
