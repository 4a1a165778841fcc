/** The project's real content, verified and modelled once per test file. */
import { readProjectFiles } from '../../src/lib/content/project-files.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { PROJECT_ROOT } from './fixture-site.ts';
import { siteFromCorpus } from './project.ts';

export function loadRealContent() {
	const { corpus, problems } = verifyProject(readProjectFiles(PROJECT_ROOT));
	return { corpus, problems, site: siteFromCorpus(corpus) };
}
