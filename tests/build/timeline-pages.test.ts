import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { compareFigureDates } from '../../src/lib/site/figures.ts';
import { buildFixture, prepareFixture, readPage, type FixtureSite } from '../helpers/fixture-site.ts';

/** A generated site of 120 sheets: 800 dated facts, more than one page of the timeline holds. */
describe('a timeline longer than one page', () => {
	let site: FixtureSite;
	let build: { status: number | null; output: string };
	beforeAll(() => {
		site = prepareFixture('valid', 'timeline-pages');
		for (const folder of ['content', 'seeds']) rmSync(join(site.root, folder), { recursive: true });
		writeCorpus(site.root, 120);
		build = buildFixture(site);
	});

	const entries = (path: string) => parse(readPage(site, path)).querySelectorAll('ol.timeline > li');

	it('builds', () => {
		expect(build.status, build.output.slice(-3000)).toBe(0);
	});

	it('splits it into pages of 500, oldest first, that together hold every dated fact once', () => {
		const first = entries('timeline/');
		const second = entries('timeline/2/');
		expect([first.length, second.length]).toEqual([500, 300]);
		const dates = [...first, ...second].map((item) => item.querySelector('time')!.getAttribute('datetime')!);
		// In the one order of dates (a month after its days, a year after its months): src/lib/site/figures.ts.
		expect(dates).toEqual([...dates].sort(compareFigureDates));
		const facts = [...first, ...second].map((item) => item.querySelectorAll('.timeline-text a')[1]!.getAttribute('href'));
		expect(new Set(facts).size).toBe(800);
	});

	it('lists the pages on each page, with the dates they cover, marking the current one', () => {
		for (const [path, current] of [['timeline/', '/timeline/'], ['timeline/2/', '/timeline/2/']] as const) {
			const page = parse(readPage(site, path));
			const links = page.querySelectorAll('nav.timeline-pages a');
			expect(links.map((link) => link.getAttribute('href'))).toEqual(['/timeline/', '/timeline/2/']);
			expect(links.find((link) => link.getAttribute('aria-current') === 'page')?.getAttribute('href')).toBe(current);
			// From the first entry's date to the last's, as precisely as each is known.
			expect(links.map((link) => link.text)).toEqual([expect.stringMatching(/^\d{4} – \d+ \w+ 2026$/), expect.stringMatching(/^\d+ \w+ 2026 – \d+ \w+ 2026$/)]);
		}
		expect(parse(readPage(site, 'timeline/2/')).querySelector('h1')!.text).toBe(`Timeline, page 2 of 2: ${parse(readPage(site, 'timeline/')).querySelectorAll('nav.timeline-pages a')[1]!.text}`);
	});
});
