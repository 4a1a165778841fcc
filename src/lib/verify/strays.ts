import { MAX_ID_LENGTH } from '../../schemas/ids.ts';
import type { StrayFile } from '../content/project-files.ts';
import type { Problem } from '../problems.ts';

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const stem = (name: string) => (name.lastIndexOf('.') > 0 ? name.slice(0, name.lastIndexOf('.')) : name);

/** Extensions of files that are Markdown or MDX under another spelling. */
const MARKDOWN_SPELLINGS: ReadonlySet<string> = new Set(['.md', '.mdx', '.markdown', '.mdown', '.mkd', '.mkdn']);

/** How to fix a file in content/sheets/ that is not read: the extension it was probably meant to have, or a move. */
function sheetFix(name: string): string {
	const extension = name.lastIndexOf('.') > 0 ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
	if (!MARKDOWN_SPELLINGS.has(extension)) return 'Move it out of content/ (notes can go in docs/), or, if it is a sheet, rename it to end in ".md".';
	return `Rename it to "${stem(name)}${extension === '.mdx' ? '.mdx' : '.md'}", or move it out of content/.`;
}

/**
 * A problem for each file under content/ that is not read as content: a
 * sheet or source with another extension, a source in a subfolder, a link,
 * anything but a regular UTF-8 file, a file outside the layout. None is
 * skipped silently: a sheet the author believes published would be missing.
 */
export function strayProblems(strays: readonly StrayFile[]): Problem[] {
	return strays.map(({ path, reason }): Problem => {
		const name = fileName(path);
		switch (reason) {
			case 'sheet-extension':
				return {
					file: path,
					message: `The file "${name}" in content/sheets/ is not read: a sheet's file name must end in ".md" or ".mdx", in lowercase.`,
					fix: sheetFix(name),
				};
			case 'source-extension':
				return {
					file: path,
					message: `The file "${name}" in content/sources/ is not read: a source's file name must end in ".yaml".`,
					fix: `Rename it to "${stem(name)}.yaml", or move it out of content/.`,
				};
			case 'source-folder':
				return {
					file: path,
					message: 'The file is in a folder inside content/sources/, which is not read: sources must be directly in content/sources/ (the file name is the source\'s id).',
					fix: `Move it to content/sources/${name}, or out of content/.`,
				};
			case 'name-too-long':
				return {
					file: path,
					message: `The file name "${stem(name)}" is ${stem(name).length} characters long; a slug or source id may have at most ${MAX_ID_LENGTH} (it becomes a folder name of the built site and part of its address).`,
					fix: `Rename the file to a shorter name of lowercase words and hyphens, at most ${MAX_ID_LENGTH} characters before the extension.`,
				};
			case 'outside-layout':
				return {
					file: path,
					message: 'The file is not read: content/ holds only sheets (content/sheets/), sources (content/sources/) and content/metrics.yaml.',
					fix: 'Move it into the folder it belongs in, or out of content/ (notes can go in docs/).',
				};
			case 'symlink':
				return {
					file: path,
					message: 'This is a symbolic link, which is not followed: content is read only from regular files in the project.',
					fix: 'Replace the link with a copy of the file it points to, or delete it.',
				};
			case 'not-a-file':
				return { file: path, message: 'This is not a regular file, so it is not read.', fix: 'Delete it, or replace it with a regular file.' };
			case 'not-utf-8':
				return { file: path, message: 'The file is not valid UTF-8 text, so it is not read.', fix: 'Save the file with the UTF-8 encoding.' };
		}
	});
}
