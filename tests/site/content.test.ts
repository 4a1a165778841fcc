/**
 * Tests over this site's content, whatever it is: it verifies, and keeps
 * every rule of the verifier's one list (CONTENT_RULES), each a test of its
 * own; and every quote fails when one of its words changes. They hold for
 * any story (a new site's empty content passes them); the checks that know
 * this story's sheets are in story.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { linkResolver } from '../../src/lib/verify/index.ts';
import { CONTENT_RULES } from '../../src/lib/verify/rules.ts';
import { loadRealContent } from '../helpers/real-content.ts';

const { corpus, problems } = loadRealContent();
const sheets = corpus.sheets;

describe('the content', () => {
	it('verifies: every quote is in its source, every reference resolves', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	// The content rules are the verifier's (src/lib/verify/rules.ts): each one is run here by name, never restated.
	const input = { corpus, resolver: linkResolver(corpus), slugs: new Set<string>(sheets.map((sheet) => sheet.slug)) };
	for (const rule of CONTENT_RULES) {
		it(`keeps the rule "${rule.id}": ${rule.requires}`, () => {
			expect(rule.check(input).map(formatProblem)).toEqual([]);
		});
	}

	it('fails, with the closest passage, if one word of any quote is changed', () => {
		const silent: string[] = [];
		for (const sheet of sheets) {
			for (const list of [sheet.data.roles, sheet.data.relations, sheet.data.facts]) {
				for (const item of list) {
					for (const citation of item.citations) {
						const words = citation.quote.match(/[\p{L}\p{N}]{3,}/gu) ?? [];
						const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
						if (!longest) continue;
						const changed = citation.quote.replace(longest, `${longest}x`);
						const lookup = corpus.sources.get(citation.source)!.text!.find(changed);
						if (lookup.status !== 'not-found' || !lookup.closest) silent.push(`${sheet.slug}: ${changed}`);
					}
				}
			}
		}
		expect(silent).toEqual([]);
	});

});
