/** The pure logic behind publishing: where the site lives, deep links, citations, feed, structured data. */
import { describe, expect, it } from 'vitest';
import { englishUi } from '../helpers/ui.ts';
import { bibtexCitation, cslJsonCitation, escapeBibtex, plainTextCitation } from '../../src/lib/cite/cite.ts';
import { atomDate, atomFeed } from '../../src/lib/feed/atom.ts';
import { feedEntries, sourceDate } from '../../src/lib/feed/entries.ts';
import { archiveLookupUrl, textDirective, textFragmentUrl } from '../../src/lib/links/text-fragment.ts';
import { truncate } from '../../src/lib/og/card.ts';
import { documentTitle, metaTagsHtml, TITLE_LIMIT } from '../../src/lib/seo/head-tags.ts';
import { sheetCard } from '../../src/lib/og/sheet-card.ts';
import { articleJsonLd, jsonLdScript, sheetJsonLd } from '../../src/lib/seo/structured-data.ts';
import { deploymentFromEnv, normaliseBase } from '../../src/lib/site/deployment.ts';
import { absoluteUrl, sheetPath } from '../../src/lib/site/routes.ts';
import { contentVersionDate } from '../../src/lib/site/site-info.ts';
import { SOURCE, validSite } from '../helpers/project.ts';

const siteOf = validSite;

describe('deploymentFromEnv', () => {
	it('defaults to the local preview server at the root', () => {
		expect(deploymentFromEnv({})).toEqual({ site: 'http://localhost:4321', base: '/' });
	});
	it('defaults, inside GitHub Actions, to the repository’s GitHub Pages address', () => {
		expect(deploymentFromEnv({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Some-Owner/fact-sheets' })).toEqual({
			site: 'https://some-owner.github.io',
			base: '/fact-sheets/',
		});
		// A repository named after its Pages host is published at the root.
		expect(deploymentFromEnv({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'owner/owner.github.io' })).toEqual({
			site: 'https://owner.github.io',
			base: '/',
		});
	});
	it('takes SITE_URL and BASE_PATH over any default, and the base from a SITE_URL with a path', () => {
		const actions = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'owner/repo' };
		expect(deploymentFromEnv({ ...actions, SITE_URL: 'https://facts.example.org', BASE_PATH: '' })).toEqual({ site: 'https://facts.example.org', base: '/' });
		expect(deploymentFromEnv({ SITE_URL: 'https://example.org/facts/' })).toEqual({ site: 'https://example.org', base: '/facts/' });
		expect(deploymentFromEnv({ SITE_URL: 'https://example.org/facts', BASE_PATH: '/other' })).toEqual({ site: 'https://example.org', base: '/other/' });
		expect(deploymentFromEnv({ BASE_PATH: 'fact-sheets' })).toEqual({ site: 'http://localhost:4321', base: '/fact-sheets/' });
		expect(() => deploymentFromEnv({ SITE_URL: 'ftp://example.org' })).toThrow(/http\(s\)/);
	});
	it('normalises a base path to one leading and one trailing slash', () => {
		expect(['', '/', 'a', '/a', 'a/', '//a//', 'a/b'].map(normaliseBase)).toEqual(['/', '/', '/a/', '/a/', '/a/', '/a/', '/a/b/']);
	});
	it('makes absolute addresses under the base', () => {
		expect(absoluteUrl('https://o.github.io', '/repo/', sheetPath('a', 'people'), 'fact-1')).toBe('https://o.github.io/repo/people/a/#fact-1');
	});
});

describe('text fragments', () => {
	it('links to a short passage whole and to a long one by its first and last words', () => {
		expect(textDirective('the bridge will reopen')).toBe('text=the%20bridge%20will%20reopen');
		expect(textDirective('one two three four five six seven eight nine ten eleven')).toBe('text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven');
	});
	it('escapes the characters a text directive reserves', () => {
		expect(textDirective('a-b, c & d')).toBe('text=a%2Db%2C%20c%20%26%20d');
	});
	it('gives one directive per quoted part, replacing any fragment of the address', () => {
		expect(textFragmentUrl('https://example.org/a#top', ['first part', 'second part'])).toBe('https://example.org/a#:~:text=first%20part&text=second%20part');
		expect(textFragmentUrl('https://example.org/a', [])).toBe('https://example.org/a');
	});
	it('looks up archived copies of the address, not a guessed copy', () => {
		expect(archiveLookupUrl('https://example.org/a')).toBe('https://web.archive.org/web/*/https://example.org/a');
	});
});

describe('citations', () => {
	const fact = {
		key: 'ann-lee:bridge-reopening',
		sheetName: 'Ann Lee',
		statement: 'Lee said the bridge will reopen in May.',
		url: 'https://example.org/people/ann-lee/#bridge-reopening',
		siteName: 'Facts & Figures',
		version: '2026-03-05',
	};
	it('reads as plain text with the permalink and the version', () => {
		expect(plainTextCitation(fact, englishUi)).toBe(
			'“Lee said the bridge will reopen in May.” In “Ann Lee”. Facts & Figures, version of 5 March 2026. https://example.org/people/ann-lee/#bridge-reopening',
		);
	});
	it('is valid BibTeX with special characters escaped', () => {
		expect(bibtexCitation(fact)).toBe(`@online{ann-lee:bridge-reopening,
  title = {{Ann Lee: Lee said the bridge will reopen in May.}},
  organization = {{Facts \\& Figures}},
  date = {2026-03-05},
  url = {https://example.org/people/ann-lee/#bridge-reopening},
  urldate = {2026-03-05},
  version = {2026-03-05}
}`);
		expect(escapeBibtex('50% of $5 {x}_#~^\\')).toBe('50\\% of \\$5 \\{x\\}\\_\\#\\textasciitilde{}\\textasciicircum{}\\textbackslash{}');
	});
	it('is CSL-JSON a reference manager can import', () => {
		expect(JSON.parse(cslJsonCitation(fact))).toEqual([
			{
				id: 'ann-lee:bridge-reopening',
				type: 'webpage',
				title: 'Ann Lee: Lee said the bridge will reopen in May.',
				// The site is the container, not also the author (APA would print its name twice).
				'container-title': 'Facts & Figures',
				URL: fact.url,
				issued: { 'date-parts': [[2026, 3, 5]] },
				accessed: { 'date-parts': [[2026, 3, 5]] },
				version: '2026-03-05',
			},
		]);
	});
	it('versions the content by its newest source date, or SOURCE_DATE_EPOCH when set, never by the day of the build', () => {
		const sources = [
			{ data: { published: { status: 'stated', date: '2026-02-11', statedAs: '11 Feb 2026' }, retrieved: { status: 'unknown', reason: 'r' } } },
			{ data: { published: { status: 'inferred', date: '2026-01-20', reason: 'r' }, retrieved: { status: 'stated', date: '2026-03', statedAs: 'March' } } },
		] as const;
		// The newest day-precise source date; a month-precise one is never given an invented day.
		expect(contentVersionDate({}, sources)).toBe('2026-02-11');
		expect(contentVersionDate({ SOURCE_DATE_EPOCH: '1767225600' }, sources)).toBe('2026-01-01');
		// A new site, with no sources yet, still builds the same on any day.
		expect(contentVersionDate({}, [])).toBe('1970-01-01');
	});
});

describe('the Atom feed', () => {
	it('escapes text and dates partial dates at their first instant', () => {
		expect(atomDate('2026')).toBe('2026-01-01T00:00:00Z');
		expect(atomDate('2026-02')).toBe('2026-02-01T00:00:00Z');
		const xml = atomFeed({
			language: 'fr',
			title: 'A & B',
			subtitle: 's',
			selfUrl: 'https://e.org/feed.xml',
			homeUrl: 'https://e.org/',
			entries: [{ id: 'https://e.org/x/', title: '<x>', url: 'https://e.org/x/', updated: '2026-03-04', summary: '"q"', category: 'Person' }],
		});
		expect(xml).toContain('xml:lang="fr"');
		expect(xml).toContain('<title>A &amp; B</title>');
		expect(xml).toContain('<title>&lt;x&gt;</title>');
		expect(xml).toContain('<summary>&quot;q&quot;</summary>');
		expect(xml).toContain('<updated>2026-03-04T00:00:00Z</updated>');
	});
	it('dates each sheet by the newest source it draws on and lists the newest sheets and sources, newest first', () => {
		const site = siteOf();
		const entries = feedEntries(site, (path) => `https://e.org/${path}`, englishUi);
		expect(entries.map((entry) => [entry.url, entry.updated])).toEqual([
			['https://e.org/people/ann-lee/', '2026-03-04'],
			['https://e.org/organisations/council/', '2026-03-04'],
			['https://e.org/sources/daily/', '2026-03-04'],
		]);
		// Only the newest are kept: a feed of everything would be megabytes at scale.
		expect(feedEntries(site, (path) => `https://e.org/${path}`, englishUi, 2).map((entry) => entry.url)).toEqual(entries.slice(0, 2).map((entry) => entry.url));
	});
	it('dates a source by its publication, else its retrieval', () => {
		const unknown = { status: 'unknown', reason: 'r' } as const;
		const base = { title: 't', publisher: null, language: 'en', text: 'x', sha256: '0'.repeat(64) };
		expect(sourceDate({ ...base, published: unknown, retrieved: { status: 'inferred', date: '2026-01', reason: 'r' } })).toBe('2026-01');
		expect(sourceDate({ ...base, published: unknown, retrieved: unknown })).toBeUndefined();
	});
});

describe('structured data and preview cards', () => {
	it('describes a person and the articles it cites, with no address or date it does not know', () => {
		const site = siteOf({ 'content/sources/daily.yaml': SOURCE.replace('language: en', 'language: en\nurl: https://daily.example/bridge') });
		const sheet = site.sheets.get('ann-lee')!;
		const source = site.sources.get('daily')!;
		const data = sheetJsonLd(sheet, site, { url: 'https://e.org/people/ann-lee/', siteName: 'S', homeUrl: 'https://e.org/', absolute: (path, fragment) => absoluteUrl('https://e.org', '/', path, fragment) });
		expect(data).toMatchObject({ '@type': 'WebPage', about: { '@type': 'Person', name: 'Ann Lee' }, citation: [{ '@type': 'NewsArticle', url: 'https://daily.example/bridge', datePublished: '2026-03-04' }] });
		expect(data.about).not.toHaveProperty('alternateName');
		const withoutUrl = articleJsonLd({ ...source.data, url: undefined, published: { status: 'inferred', date: '2026-01', reason: 'r' } }, 'https://e.org/sources/daily/');
		expect(withoutUrl).not.toHaveProperty('url');
		expect(withoutUrl).not.toHaveProperty('datePublished');
		expect(jsonLdScript({ name: '</script><script>' })).toBe('{"name":"\\u003c/script>\\u003cscript>"}');
	});
	it('cards a sheet by kind, name, description and what the sources say', () => {
		const site = siteOf();
		expect(sheetCard(site.sheets.get('council')!, 'The Daily Fact Sheets', englishUi)).toEqual({
			eyebrow: 'Government body',
			title: 'City Council',
			description: "The city's council.",
			footer: 'The Daily Fact Sheets · 1 cited fact from 1 source',
		});
		expect(truncate('one two three four', 12)).toBe('one two…');
		expect(truncate('short', 12)).toBe('short');
	});
});

describe('head tags', () => {
	it('escapes content in meta attributes in full, so markup in a name stays text', () => {
		expect(metaTagsHtml([{ attribute: 'property', key: 'og:title', content: `Jane <script>alert("x")</script> O'Doe & co` }])).toBe(
			'<meta property="og:title" content="Jane &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Doe &amp; co">',
		);
	});
	it('keeps titles within the limit search engines show, dropping the site name first', () => {
		expect(documentTitle(undefined, 'Site')).toBe('Site');
		expect(documentTitle('Jane Doe', 'Harbour Watch')).toBe('Jane Doe · Harbour Watch');
		const headline = "Harbour's board faces 'flooding and delays', but will the wall be enough?";
		const sixty = 'Sixty characters of a headline that is long but fits alone.';
		expect(documentTitle(sixty, 'Harbour Watch')).toBe(sixty);
		const long = documentTitle(`${headline} And more words to make it long`, 'Harbour Watch');
		// Counted as written in the HTML, where each apostrophe is `&#39;`.
		expect(long.replaceAll("'", '&#39;').length).toBeLessThanOrEqual(TITLE_LIMIT);
		expect(long).toMatch(/^Harbour's board faces .*…$/);
	});
});
