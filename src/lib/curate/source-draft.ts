/**
 * The source file `add-source` writes: every field only the curator can give
 * is a placeholder (see ../verify/placeholders.ts) that `check` reports until
 * it is filled, and what the text seems to say is a comment above it, with
 * its line, for the curator to confirm. Nothing read off the text becomes a
 * value on its own.
 */
import { stringify } from 'yaml';
import { articleShape } from './article-shape.ts';

export interface SourceDraftInput {
	/** The stored text's path from the project root: `seeds/<id>.txt`. */
	readonly textPath: string;
	/** The stored text, as written to `textPath`. */
	readonly text: string;
	readonly sha256: string;
	/** The article's address, when the curator gave it (`--url`); never guessed. */
	readonly url?: string | undefined;
}

/** A YAML scalar, quoted only where YAML needs it. */
export const yamlScalar = (value: string): string => stringify(value, { lineWidth: 0 }).trimEnd();

const RULES = 'docs/content-model.md, "Sources"';

/** The text of `content/sources/<id>.yaml` for a newly stored text. */
export function sourceDraft({ textPath, text, sha256, url }: SourceDraftInput): string {
	const shape = articleShape(text);
	const out: string[] = [
		`# Written by \`npm run add-source\`. Replace every TODO with what the stored text supports (${RULES});`,
		'# a suggestion in a comment is what the text seems to say: check it against the line it names.',
	];
	const suggest = (line: number, field: string, value: string) => out.push(`# Suggested from line ${line} of ${textPath}:`, `#   ${field}: ${value}`);

	if (shape?.headline) suggest(shape.headline.line, 'title', yamlScalar(shape.headline.text));
	else out.push('# No headline found in the text: give a short description in square brackets, e.g. "[Report on the harbour floods]", and say so in `note`.');
	out.push(`title: ${yamlScalar('TODO: the headline, as the stored text gives it')}`);

	if (shape?.credit) suggest(shape.credit.line, 'publisher', yamlScalar(shape.credit.text));
	out.push(`publisher: ${yamlScalar('TODO: who published the stored copy, as the text names it, or null when it does not')}`);

	if (shape?.stated) {
		const claim = `{status: stated, date: "${shape.stated.date}", statedAs: ${yamlScalar(shape.stated.statedAs)}}`;
		suggest(shape.stated.line, 'published', claim);
	} else {
		out.push('# No full date found near the article\'s start: use {status: inferred, date: …, reason: …} or {status: unknown, reason: …}.');
	}
	out.push(`published: ${yamlScalar('TODO: a date claim, {status: stated, date, statedAs} when the text gives the date')}`);

	if (url) out.push(`url: ${yamlScalar(url)}`);
	else out.push('# No `url`: give one only when you know the address the text was taken from (add-source --url); it is never reconstructed.');

	out.push('# Suggested, when the stored copy carries no retrieval date:', '#   retrieved: {status: unknown, reason: The stored copy carries no retrieval date.}');
	out.push(`retrieved: ${yamlScalar('TODO: a date claim for when the text was retrieved')}`);
	if (shape?.language) out.push('# Suggested: the article reads as English.', `#   language: ${shape.language}`);
	out.push(`language: ${yamlScalar('TODO: the language of the article, as a BCP 47 tag such as en')}`);
	out.push(`text: ${yamlScalar(textPath)}`, `sha256: ${sha256}`);

	if (shape?.chrome && shape.span) {
		out.push(
			`# Lines outside ${shape.first.line}–${shape.last.line} of ${textPath} look like the page around the article (menus, other headlines, a footer).`,
			'# Suggested span (its markers occur once in the text):',
			'#   article:',
			`#     start: ${yamlScalar(shape.span.start)}`,
			`#     end: ${yamlScalar(shape.span.end)}`,
		);
		out.push(`article: ${yamlScalar('TODO: the article\'s first and last words, {start, end}; delete this line if the text is the article alone')}`);
	} else if (!shape) {
		out.push('# No paragraph of prose found in the text: is it the article?');
	}
	return `${out.join('\n')}\n`;
}
