import { parseLocatedYaml, type LocatedData } from './yaml-document.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** The frontmatter of an MDX file, parsed with positions, and the body after it. */
export interface ParsedSheetFile extends LocatedData {
	readonly body: string;
	/** The line of the file the body starts on. */
	readonly bodyLine: number;
	readonly hasFrontmatter: boolean;
}

export function parseSheetFile(text: string): ParsedSheetFile {
	const match = FRONTMATTER.exec(text);
	if (!match) {
		return { ...parseLocatedYaml(''), data: undefined, body: text, bodyLine: 1, hasFrontmatter: false };
	}
	const yamlText = match[1] ?? '';
	// The YAML starts on line 2, after the opening `---`.
	const located = parseLocatedYaml(yamlText, 2);
	const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
	return { ...located, body: text.slice(match[0].length), bodyLine, hasFrontmatter: true };
}
