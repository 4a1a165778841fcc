/** The GitHub Pages workflow: official actions, the right permissions, and the Pages address passed to the build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

interface Step {
	uses?: string;
	run?: string;
	id?: string;
	with?: Record<string, string | number>;
	env?: Record<string, string>;
}
interface Workflow {
	on: Record<string, unknown>;
	permissions: Record<string, string>;
	jobs: Record<string, { 'runs-on': string; needs?: string; permissions?: Record<string, string>; environment?: { name: string }; steps: Step[] }>;
}

const workflow = parse(readFileSync(join(PROJECT_ROOT, '.github/workflows/pages.yml'), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const action = (name: string) => steps.find((step) => step.uses?.startsWith(`${name}@`));

describe('the GitHub Pages workflow', () => {
	it('runs on pushes to main and by hand, with only the permissions Pages needs', () => {
		expect(Object.keys(workflow.on).sort()).toEqual(['push', 'workflow_dispatch']);
		// None by default: the job that runs the repository's code can read, and only the deploy job can publish.
		expect(workflow.permissions).toEqual({});
		expect(workflow.jobs['build']?.permissions).toEqual({ contents: 'read', pages: 'read' });
		expect(workflow.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
	});

	it('restores no cache but npm’s, so nothing a build did not verify can reach the pages', () => {
		expect(steps.filter((step) => step.uses?.startsWith('actions/cache'))).toEqual([]);
		expect(action('actions/setup-node')?.with?.['cache']).toBe('npm');
	});

	it('uses GitHub’s official actions, each pinned to a major version', () => {
		for (const step of steps.filter((step) => step.uses)) expect(step.uses, step.uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
		for (const name of ['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']) {
			expect(action(name), name).toBeDefined();
		}
	});

	it('installs with the project’s Node, builds with the Pages address, and uploads dist/', () => {
		expect(action('actions/setup-node')?.with?.['node-version-file']).toBe('.nvmrc');
		expect(steps.some((step) => step.run?.startsWith('npm ci'))).toBe(true);
		const build = steps.find((step) => step.run === 'npm run build');
		const pagesId = action('actions/configure-pages')?.id;
		expect(build?.env).toEqual({ SITE_URL: `\${{ steps.${pagesId}.outputs.origin }}`, BASE_PATH: `\${{ steps.${pagesId}.outputs.base_path }}` });
		expect(steps.indexOf(action('actions/configure-pages')!)).toBeLessThan(steps.indexOf(build!));
		expect(action('actions/upload-pages-artifact')?.with?.path).toBe('dist');
	});

	it('checks out the whole history, so that the version date comes from the last commit to content/ or seeds/', () => {
		// `with` values are YAML scalars: 0 is a number here.
		expect(action('actions/checkout')?.with?.['fetch-depth']).toBe(0);
	});

	it('deploys after the build, to the github-pages environment', () => {
		const deploy = Object.values(workflow.jobs).find((job) => job.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')));
		expect(deploy?.needs).toBe('build');
		expect(deploy?.environment?.name).toBe('github-pages');
	});
});
