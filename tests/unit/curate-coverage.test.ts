/**
 * `coverage` (src/lib/curate/coverage.ts): names with no sheet, the sheets a
 * source mentions, the share of sentences cited, items by pronoun.
 */
import { describe, expect, it } from 'vitest';
import { corpusCoverage, sentencesOf } from '../../src/lib/curate/coverage.ts';
import { curationView } from '../../src/lib/curate/view.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { ARTICLE, sha256Of, SOURCE, validProject } from '../helpers/project.ts';

const WITH_NAMES = ARTICLE.replace('Lee has led the council since 2020.', 'Mark Owens of the Harbour Trust Company said Lee has led the council since 2020.');
const project = validProject({ 'seeds/daily.txt': WITH_NAMES, 'content/sources/daily.yaml': SOURCE.replace(sha256Of(ARTICLE), sha256Of(WITH_NAMES)) });
const { corpus, problems } = verifyProject(project);

describe('a source’s coverage', () => {
	it('starts from a valid project', () => {
		expect(problems).toEqual([]);
	});

	it('names the people and organisations no sheet covers, the sheets it mentions and the share of sentences cited', () => {
		const [daily] = corpusCoverage(corpus);
		expect(daily).toMatchObject({
			id: 'daily',
			uncovered: [
				{ name: 'Harbour Trust Company', type: 'organisation', count: 1 },
				{ name: 'Mark Owens', type: 'person', count: 1 },
			],
			mentioned: [
				{ slug: 'ann-lee', name: 'Ann Lee', cites: true },
				{ slug: 'council', name: 'City Council', cites: true },
			],
			sentences: { total: 5, cited: 2 },
			pronouns: [],
		});
	});

	it('lists the items whose passage names their subject another way, with their subjectNote', () => {
		const note = "'The mayor' is Ann Lee, named in the same sentence.";
		const { corpus: noted } = verifyProject(
			validProject({
				'content/sheets/people/ann-lee.mdx': (project.sheets.find((sheet) => sheet.path.endsWith('ann-lee.mdx'))?.text ?? '').replace('        quote: The mayor, Ann Lee\n', `        quote: The mayor, Ann Lee\n    subjectNote: "${note}"\n`),
			}),
		);
		expect(corpusCoverage(noted)[0]?.pronouns).toEqual([{ sheet: 'ann-lee', item: 'role "mayor"', subjectNote: note }]);
	});

	it('cuts a paragraph into sentences after a full stop before a capital', () => {
		const text = 'The mayor said so. "It will reopen," she said! Then 3.5 km of road. end.';
		expect(sentencesOf(text).map(({ start, end }) => text.slice(start, end))).toEqual(['The mayor said so.', '"It will reopen," she said!', 'Then 3.5 km of road. end.']);
	});
});

describe('the curation view’s data', () => {
	it('greys the page around the article, marks cited passages with their items and the uncovered names', () => {
		const [daily] = curationView(corpus, '/base/').sources;
		expect(daily?.segments.filter((segment) => segment.chrome).map((segment) => segment.text)).toEqual(['Menu | Home | Sport\n', '\nOther news: a cat was rescued.']);
		expect(daily?.segments.filter((segment) => segment.uncovered).map((segment) => segment.uncovered)).toEqual(['Mark Owens', 'Harbour Trust Company']);
		const cited = daily?.segments.filter((segment) => segment.cited.length > 0).map((segment) => segment.text);
		expect(cited).toContain('The mayor, Ann Lee');
		expect(daily?.items.map((item) => [item.label, item.href])).toEqual([
			['ann-lee › role "mayor"', '/base/people/ann-lee/#role-1'],
			['ann-lee › fact "bridge-reopening"', '/base/people/ann-lee/#bridge-reopening'],
			['council › fact "complaints-2026-03-02"', '/base/organisations/council/#complaints-2026-03-02'],
		]);
		// One hue per sheet.
		expect(new Set(daily?.items.filter((item) => item.sheet === 'ann-lee').map((item) => item.hue)).size).toBe(1);
	});
});
