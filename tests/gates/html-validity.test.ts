/**
 * Every built page of the published site passes html-validate's recommended
 * and document presets (.htmlvalidate.json says which style rules are set
 * to what Astro emits, and why).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { PUBLISHED_DIST } from '../helpers/published-site.ts';

function htmlFiles(directory: string): string[] {
	return readdirSync(directory).flatMap((name) => {
		const full = join(directory, name);
		return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
	});
}

describe('HTML validity', () => {
	it('finds no error on any built page', async () => {
		const validator = new HtmlValidate();
		const files = htmlFiles(PUBLISHED_DIST);
		// The site was built: even a site with no content yet has its dozen fixed pages.
		expect(files.length).toBeGreaterThan(10);
		const errors: string[] = [];
		for (const file of files) {
			const report = await validator.validateString(readFileSync(file, 'utf8'), relative(PROJECT_ROOT, file));
			for (const result of report.results) {
				for (const message of result.messages) errors.push(`${relative(PUBLISHED_DIST, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
			}
		}
		expect(errors).toEqual([]);
	});
});
