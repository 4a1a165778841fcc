import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readProjectFiles } from '../lib/content/project-files.ts';
import { ContentError, formatReport } from '../lib/problems.ts';
import { verifyProject } from '../lib/verify/index.ts';

/**
 * Verifies all content before Astro reads any of it: schemas, references,
 * uniqueness, dates and every quote against its stored source. A build with
 * problems fails with all of them listed; `astro dev` logs them and goes on,
 * so a curator can keep the preview open while fixing them.
 */
export function factSheets(): AstroIntegration {
	return {
		name: 'fact-sheets',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const { problems } = verifyProject(readProjectFiles(root));
				if (problems.length === 0) return;
				if (command === 'build') throw new ContentError(problems);
				logger.error(formatReport(problems));
			},
		},
	};
}
