/**
 * The page at a sheet's former address as text (src/lib/site/redirect-page.ts):
 * written outside Astro, so nothing escapes for it but itself. A sheet's name
 * is a contributor's text.
 */
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { createUi } from '../../src/lib/i18n/ui.ts';
import { documentTitle } from '../../src/lib/seo/head-tags.ts';
import { redirectPageHtml } from '../../src/lib/site/redirect-page.ts';

const ui = createUi({ language: 'en', strings: {} });
const HOSTILE = `</title><script>alert("x")</script> & 'Jane' <b>Doe</b>`;

describe('the page at a former address', () => {
	const html = redirectPageHtml({ name: HOSTILE, target: '/people/jane-doe/', canonical: 'https://example.org/people/jane-doe/', siteTitle: 'Harbour <Watch>', ui, policy: true });
	const page = parse(html);

	it('shows a hostile name as text in its title, heading and link, and runs no script but its own', () => {
		// Shortened as every page title is (documentTitle), and escaped.
		expect(page.querySelector('title')!.text).toBe(documentTitle(HOSTILE, 'Harbour <Watch>'));
		expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;');
		expect(page.querySelector('h1')!.text).toBe(HOSTILE);
		expect(page.querySelector('main p a')!.text).toBe(HOSTILE);
		expect(page.querySelectorAll('script')).toHaveLength(1);
		expect(page.querySelectorAll('b')).toHaveLength(0);
		expect(html).not.toContain('<script>alert');
	});

	it('allows its one script by the hash of its exact text, and keeps an address from closing it', () => {
		const [script] = page.querySelectorAll('script');
		const policy = page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
		expect(policy).toContain(`script-src 'sha256-${createHash('sha256').update(script!.rawText, 'utf8').digest('base64')}'`);
		const tricky = redirectPageHtml({ name: 'x', target: '/a/</script><script>alert(1)//', canonical: 'https://example.org/a/', siteTitle: 't', ui, policy: false });
		expect(parse(tricky).querySelectorAll('script')).toHaveLength(1);
		expect(tricky).toContain('"/a/\\u003c/script>\\u003cscript>alert(1)//"');
		expect(tricky).not.toContain('Content-Security-Policy');
	});
});
