/**
 * `npm run check`: verifies all content (schemas, references, uniqueness,
 * dates and every quote against its source) without rendering the site.
 * Exits 1 and prints every problem when there are any.
 */
import { readProjectFiles } from '../src/lib/content/project-files.ts';
import { formatReport } from '../src/lib/problems.ts';
import { verifyProject } from '../src/lib/verify/index.ts';

const root = process.argv[2] ?? process.cwd();
const { corpus, problems } = verifyProject(readProjectFiles(root));
if (problems.length > 0) {
	process.stderr.write(formatReport(problems));
	process.exit(1);
}
let citations = 0;
for (const sheet of corpus.sheets) {
	for (const list of [sheet.data.facts, sheet.data.roles, sheet.data.relations]) {
		for (const item of list) citations += item.citations.length;
	}
}
process.stdout.write(
	`Content verified: ${corpus.sheets.length} sheets, ${corpus.sources.size} sources, ${citations} citations, all quotes found in their sources.\n`,
);
