/** The project's real content, verified and modelled once per test file. */
import { readProjectFiles } from '../../src/lib/content/project-files.ts';
import { buildSite } from '../../src/lib/site/model.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { PROJECT_ROOT } from './fixture-site.ts';

export function loadRealContent() {
	const { corpus, problems } = verifyProject(readProjectFiles(PROJECT_ROOT));
	const site = buildSite({
		sheets: corpus.sheets.map((sheet) => ({ slug: sheet.slug, data: sheet.data, body: sheet.body })),
		sources: [...corpus.sources.values()].map((source) => ({ id: source.id, data: source.data })),
		metrics: corpus.metrics,
	});
	return { corpus, problems, site };
}
