/**
 * Search records (src/lib/search/records.ts): what search knows of each
 * sheet, source and figure page comes from the site model the pages render,
 * and the HTML handed to Pagefind weighs names and aliases the most and
 * escapes everything it carries.
 */
import { describe, expect, it } from 'vitest';
import { createUi } from '../../src/lib/i18n/ui.ts';
import { NAME_WEIGHT, recordHtml, searchRecords } from '../../src/lib/search/records.ts';
import { ANN_LEE, validSite } from '../helpers/project.ts';

const ui = createUi({ language: 'en' });

describe('searchRecords', () => {
	it('gives each sheet its name, aliases, description, roles and statements; each source and figure page its own words', () => {
		expect(searchRecords(validSite(), ui)).toEqual([
			{
				url: '/people/ann-lee/',
				title: 'Ann Lee',
				names: [],
				text: ['Mayor.', 'mayor, City Council', 'Lee said the bridge will reopen in May.'],
				kind: 'Person',
			},
			{
				url: '/organisations/council/',
				title: 'City Council',
				names: ['the council'],
				text: ["The city's council.", 'The council counted at least 312 complaints as of 2 March.'],
				kind: 'Government body',
			},
			{ url: '/sources/daily/', title: 'Headline about the council', names: [], text: ['The Daily'], kind: 'Source' },
			{ url: '/figures/complaints/', title: 'Complaints', names: [], text: ['Complaints received. Unit: complaints.'], kind: 'Figures' },
		]);
	});

	it('names a former role as the sheet does, and an organisation without a sheet by its name', () => {
		const former = ANN_LEE.replace('  - title: mayor\n    org: council\n', '  - title: mayor\n    former: true\n    orgName: The council\n');
		const [ann] = searchRecords(validSite({ 'content/sheets/people/ann-lee.mdx': former }), ui);
		expect(ann?.text[1]).toBe('Former mayor, The council');
	});
});

describe('recordHtml', () => {
	it('weighs the title and every other name the most, the rest at Pagefind’s ordinary weight, and gives the kind as metadata', () => {
		const html = recordHtml({ url: '/people/ann-lee/', title: 'Ann Lee', names: ['A. Lee'], text: ['Mayor.'], kind: 'Person' }, 'en');
		expect(NAME_WEIGHT).toBe(10);
		expect(html).toBe(
			'<!doctype html><html lang="en"><body>' +
				'<h1 data-pagefind-meta="title" data-pagefind-weight="10">Ann Lee</h1>' +
				'<p data-pagefind-weight="10">A. Lee</p>' +
				'<p>Mayor.</p>' +
				'<p data-pagefind-meta="kind" data-pagefind-ignore>Person</p>' +
				'</body></html>',
		);
	});

	it('escapes every value, so no content can add markup or attributes to what Pagefind reads', () => {
		const html = recordHtml({ url: '/x/', title: '<img src=x onerror=alert(1)>', names: ['" data-pagefind-weight="0'], text: ['a & b </p><script>'], kind: "O'Brien" }, 'en"x');
		expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>|weight="0"/);
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(html).toContain('<p data-pagefind-weight="10">&quot; data-pagefind-weight=&quot;0</p>');
		expect(html).toContain('<p>a &amp; b &lt;/p&gt;&lt;script&gt;</p>');
		expect(html).toContain('<html lang="en&quot;x">');
	});
});
