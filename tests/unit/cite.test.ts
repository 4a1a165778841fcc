/** Citations of sheets, facts and sources, rendered by real citation styles and read back by a real BibTeX parser. */
import { describe, expect, it } from 'vitest';
import { englishUi } from '../helpers/ui.ts';
import { bibliographyBibtexPieces, bibliographyCsl } from '../../src/lib/cite/bibliography.ts';
import { bibtexCitation, cslItem, sourceBibtex, sourceCitations, sourceCslItem } from '../../src/lib/cite/cite.ts';
import { absoluteUrl, type SitePath } from '../../src/lib/site/routes.ts';
import type { SourceData } from '../../src/schemas/index.ts';
import { parseBibtex, renderBibliography } from '../helpers/csl-render.ts';
import { validSite } from '../helpers/project.ts';

const fact = {
	key: 'ann-lee:bridge-reopening',
	sheetName: 'Ann Lee',
	statement: 'Lee said the bridge will reopen in May.',
	url: 'https://example.org/people/ann-lee/#bridge-reopening',
	siteName: 'Facts & Figures',
	version: '2026-03-05',
};
const sheet = { key: 'ann-lee', sheetName: 'Ann Lee', url: 'https://example.org/people/ann-lee/', siteName: 'Facts & Figures', version: '2026-03-05' };

const republished = {
	title: 'Harbour institute warns of rising tides',
	publisher: 'Coast Radio',
	originalPublisher: 'Daily Harbour',
	published: { status: 'stated', date: '2026-03-04', statedAs: '4 March 2026' },
	retrieved: { status: 'stated', date: '2026-03-06', statedAs: 'retrieved 6 March 2026' },
	url: 'https://example.org/harbour-report',
	language: 'en',
	text: 'seeds/harbour-report.txt',
} as unknown as SourceData;

describe('citations of pages', () => {
	it('render in APA and Chicago with the site as container, never as author, and an access date', () => {
		expect(renderBibliography([cslItem(sheet), cslItem(fact)], 'apa')).toMatchInlineSnapshot(`
			"Ann Lee. (2026, March 5). Facts & Figures. https://example.org/people/ann-lee/
			Ann Lee: Lee said the bridge will reopen in May. (2026, March 5). Facts & Figures. https://example.org/people/ann-lee/#bridge-reopening"
		`);
		expect(renderBibliography([cslItem(sheet), cslItem(fact)], 'chicago-author-date')).toMatchInlineSnapshot(`
			"“Ann Lee.” 2026. Facts & Figures. March 5, 2026. https://example.org/people/ann-lee/.
			“Ann Lee: Lee Said the Bridge Will Reopen in May.” 2026. Facts & Figures. March 5, 2026. https://example.org/people/ann-lee/#bridge-reopening."
		`);
	});

	it('give BibTeX that a BibTeX reader takes back as the same item', () => {
		expect(bibtexCitation(fact)).toMatchInlineSnapshot(`
			"@online{ann-lee:bridge-reopening,
			  title = {{Ann Lee: Lee said the bridge will reopen in May.}},
			  organization = {{Facts \\& Figures}},
			  date = {2026-03-05},
			  url = {https://example.org/people/ann-lee/#bridge-reopening},
			  urldate = {2026-03-05},
			  version = {2026-03-05}
			}"
		`);
		const [item] = parseBibtex(bibtexCitation(fact));
		expect(item).toMatchObject({ id: fact.key, type: 'webpage', title: `Ann Lee: ${fact.statement}`, URL: fact.url, accessed: { 'date-parts': [[2026, 3, 5]] } });
		expect(item).not.toHaveProperty('author');
	});
});

describe('citations of sources', () => {
	it('cite the article with the stored copy’s publisher, and the first publisher apart', () => {
		expect(sourceCslItem('harbour-report', republished)).toMatchInlineSnapshot(`
			{
			  "URL": "https://example.org/harbour-report",
			  "accessed": {
			    "date-parts": [
			      [
			        2026,
			        3,
			        6,
			      ],
			    ],
			  },
			  "container-title": "Coast Radio",
			  "id": "source:harbour-report",
			  "issued": {
			    "date-parts": [
			      [
			        2026,
			        3,
			        4,
			      ],
			    ],
			  },
			  "language": "en",
			  "note": "Originally published by Daily Harbour",
			  "publisher": "Coast Radio",
			  "title": "Harbour institute warns of rising tides",
			  "type": "article-newspaper",
			}
		`);
		expect(renderBibliography([sourceCslItem('harbour-report', republished)], 'apa')).toMatchInlineSnapshot(`"Harbour institute warns of rising tides. (2026, March 4). Coast Radio. https://example.org/harbour-report"`);
		expect(renderBibliography([sourceCslItem('harbour-report', republished)], 'chicago-author-date')).toMatchInlineSnapshot(`"Coast Radio. 2026. “Harbour Institute Warns of Rising Tides,” March 4, 2026. https://example.org/harbour-report."`);
		expect(sourceCitations('harbour-report', republished, englishUi).text).toMatchInlineSnapshot(`"“Harbour institute warns of rising tides.” Coast Radio (originally published by Daily Harbour), 4 March 2026. https://example.org/harbour-report"`);
	});

	it('give no date the stored text does not state', () => {
		const undated = { ...republished, published: { status: 'inferred', date: '2026-03', reason: 'r' }, retrieved: { status: 'unknown', reason: 'r' } } as unknown as SourceData;
		const item = sourceCslItem('harbour-report', undated);
		expect(item).not.toHaveProperty('issued');
		expect(item).not.toHaveProperty('accessed');
		expect(sourceBibtex('harbour-report', undated)).not.toMatch(/date/);
		expect(parseBibtex(sourceBibtex('harbour-report', republished))[0]).toMatchObject({ genre: 'newspaper', 'container-title': 'Coast Radio', note: 'Originally published by Daily Harbour', issued: { 'date-parts': [[2026, 3, 4]] } });
	});
});

describe('the bibliography exports', () => {
	const context = { absolute: (path: SitePath, fragment?: string) => absoluteUrl('https://e.org', '/', path, fragment), siteName: 'Facts & Figures', version: '2026-03-05' };
	it('hold every source, sheet and fact once, each key unique', () => {
		const site = validSite();
		const items = bibliographyCsl(site, context);
		expect(items.map((item) => item.id)).toMatchInlineSnapshot(`
			[
			  "source:daily",
			  "ann-lee",
			  "ann-lee:bridge-reopening",
			  "council",
			  "council:complaints-2026-03-02",
			]
		`);
		const parsed = parseBibtex(bibliographyBibtexPieces(site, context).join(''));
		expect(parsed.map((item) => item['id'])).toEqual(items.map((item) => item.id));
	});
});
