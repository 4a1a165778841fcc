import type { Parent, Root } from 'mdast';
import type { LoadedSheet } from '../corpus.ts';
import { wikiLinksIn, type WikiLink } from '../body/wiki-link.ts';
import type { LinkResolver } from '../links/resolver.ts';
import type { Problem } from '../problems.ts';
import { bodySafetyIssues } from './body-safety.ts';

/** A file whose body is checked here: a sheet, or the About page's text (content/about.md). */
export type BodyFile = Pick<LoadedSheet, 'file' | 'bodyLine' | 'format' | 'tree' | 'syntaxError'>;

/** A problem at a place in the body (line and column as the body's tree counts them). */
function bodyProblem(sheet: BodyFile, place: { line: number; column?: number | undefined } | undefined, message: string, fix: string): Problem {
	return {
		file: sheet.file,
		line: place ? sheet.bodyLine + place.line - 1 : sheet.bodyLine,
		column: place?.column,
		item: 'body',
		message,
		fix,
	};
}

/**
 * Checks a sheet's body as parsed (src/lib/body/): the syntax of an `.mdx`
 * body, what the body may hold (body-safety.ts), and that every wiki-link
 * names a sheet. The tree checked here is the one the pages render.
 */
export function checkBody(sheet: BodyFile, resolver: LinkResolver, unloadedSlugs: ReadonlySet<string>): Problem[] {
	if (sheet.syntaxError) {
		return [
			bodyProblem(
				sheet,
				sheet.syntaxError.position,
				`The MDX body cannot be parsed: ${sheet.syntaxError.reason}`,
				'In prose, write `<` and `{` as `&lt;` and `&#123;`, or close the tag or expression that is left open.',
			),
		];
	}
	const problems = bodySafetyIssues(sheet.tree, sheet.format).map((issue) => bodyProblem(sheet, issue.position, issue.message, issue.fix));
	for (const link of wikiLinksIn(sheet.tree)) {
		// A link to a sheet that failed its own checks is not reported again.
		if (resolver.resolve(link.target) || unloadedSlugs.has(link.target)) continue;
		const unreadable = unloadedSlugs.size > 0 ? ` It may name a sheet that could not be read (${[...unloadedSlugs].sort().join(', ')}): fix that first.` : '';
		problems.push(
			bodyProblem(
				sheet,
				link.position?.start,
				resolver.unknownMessage(link.target) + unreadable,
				'Link to an existing sheet by its slug (its file name without the extension), name or alias, or create the sheet.',
			),
		);
	}
	for (const link of wikiLinksInLinks(sheet.tree)) {
		problems.push(
			bodyProblem(
				sheet,
				link.position?.start,
				`The wiki-link [[${link.target}]] stands inside a Markdown link: a link cannot hold another link.`,
				'Take the wiki-link out of the link\'s text, or write the words without `[[ ]]`.',
			),
		);
	}
	return problems;
}

/** Wiki-links written in the text of a Markdown link (`[see [[x]]](https://…)`). */
function wikiLinksInLinks(tree: Root): WikiLink[] {
	const found: WikiLink[] = [];
	const visit = (parent: Parent, inLink: boolean) => {
		for (const child of parent.children) {
			if (child.type === 'wikiLink') {
				if (inLink) found.push(child);
			} else if ('children' in child) visit(child, inLink || child.type === 'link' || child.type === 'linkReference');
		}
	};
	visit(tree, false);
	return found;
}
