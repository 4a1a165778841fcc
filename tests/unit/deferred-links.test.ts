import { satteri } from '@astrojs/markdown-satteri';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deferredLinkUrl, resolveDeferredLinks } from '../../src/lib/links/deferred-links.ts';
import { LinkResolver } from '../../src/lib/links/resolver.ts';
import { wikiLinksPlugin } from '../../src/plugins/wiki-links.ts';

const resolver = new LinkResolver([
	{ slug: 'ali-khamenei', name: 'Ali Khamenei', aliases: ['Khamenei'], path: 'people/ali-khamenei/' },
	{ slug: 'hrana', name: 'Human Rights Activists News Agency', aliases: ['HRANA', 'R&D'], path: 'organisations/hrana/' },
]);
const links = { resolver, base: '/fact-sheets/' };

/** Renders a body as Astro's content layer does, with the project's wiki-links plugin. */
async function render(body: string, file: string): Promise<string> {
	const renderer = await satteri({ mdastPlugins: [wikiLinksPlugin({ links })] }).createRenderer({});
	return (await renderer.render(body, { fileURL: pathToFileURL(`/site/content/sheets/${file}`) })).code;
}

const BODY = 'The [[hrana]] counted; [[Khamenei|the Supreme Leader]] ordered; [[R&D]] (itself) and [[ali-khamenei]].';

describe('wiki-links in .md and .mdx bodies', () => {
	it('leaves placeholders in a .md body, holding only what the curator wrote', async () => {
		const html = await render(BODY, 'hrana.md');
		expect(html).toBe(
			'<p>The <a href="wiki:hrana"></a> counted; <a href="wiki:Khamenei">the Supreme Leader</a> ordered; ' +
				'<a href="wiki:R%26D"></a> (itself) and <a href="wiki:ali-khamenei"></a>.</p>\n',
		);
		expect(deferredLinkUrl('R&D "<Unit>"')).toBe('wiki:R%26D%20%22%3CUnit%3E%22');
	});

	it('resolves the placeholders into the same HTML the .mdx path writes at once', async () => {
		const deferred = resolveDeferredLinks(await render(BODY, 'hrana.md'), { resolver, base: '/fact-sheets/', self: 'hrana', file: 'x.md' });
		const expected =
			'<p>The <strong>Human Rights Activists News Agency</strong> counted; ' +
			'<a href="/fact-sheets/people/ali-khamenei/" class="wiki-link">the Supreme Leader</a> ordered; ' +
			'<strong>R&amp;D</strong> (itself) and <a href="/fact-sheets/people/ali-khamenei/" class="wiki-link">Ali Khamenei</a>.</p>\n';
		expect(deferred).toBe(expected);
		// An .mdx body is compiled on every build, so the plugin links it at once.
		expect(await render(BODY, 'hrana.mdx')).toBe(expected);
	});

	it('leaves a wiki-link written in code as it is', async () => {
		expect(await render('`[[hrana]]` and [[hrana|the agency]]', 'x.mdx')).toBe(
			'<p><code>[[hrana]]</code> and <a href="/fact-sheets/organisations/hrana/" class="wiki-link">the agency</a></p>\n',
		);
	});

	it('fails with the file, the line and the closest name when a link in an .mdx body names no sheet', async () => {
		await expect(render('Intro.\n\nSee [[hrna]].', 'x.mdx')).rejects.toThrow(
			/content\/sheets\/x\.mdx:3:1: The wiki-link \[\[hrna\]\] does not match any sheet's slug, name or alias\. Did you mean "hrana"\?/,
		);
	});

	it('fails with the file and the closest name when a placeholder names no sheet', () => {
		expect(() => resolveDeferredLinks('<a href="wiki:hrna"></a>', { resolver, base: '/', self: 'x', file: 'content/sheets/x.md' })).toThrow(
			'content/sheets/x.md: The wiki-link [[hrna]] does not match any sheet\'s slug, name or alias. Did you mean "hrana"? Run `npm run check` to see every problem.',
		);
	});
});
