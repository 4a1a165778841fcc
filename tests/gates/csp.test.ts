/**
 * Every page of the published site carries a Content-Security-Policy
 * (src/lib/security/content-security-policy.ts) before anything it governs;
 * no page holds a script, style or event attribute the policy would block;
 * only the search page may load scripts, and its policy lets Pagefind work.
 * Then, in Chromium, no page breaks its policy, search finds results, and
 * a script slipped into a page is blocked. A former slug's redirect (which
 * the real site has none of) runs its one inline script, in a fixture site.
 */
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import { buildFixture, prepareFixture, type FixtureSite } from '../helpers/fixture-site.ts';
import { PUBLISHED_BASE, PUBLISHED_DIST } from '../helpers/published-site.ts';
import { loadBuiltSite, type BuiltSite } from '../helpers/site-pages.ts';
import { siteSamples } from '../helpers/site-samples.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const site = loadBuiltSite(PUBLISHED_DIST, PUBLISHED_BASE);
const SEARCH = `${PUBLISHED_BASE}search/`;
const META = 'meta[http-equiv="Content-Security-Policy"]';
const HASH = /^'sha256-[A-Za-z0-9+/]+={0,2}'$/;

type Policy = ReadonlyMap<string, readonly string[]>;

function parsePolicy(text: string): Policy {
	return new Map(
		text
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...sources]) => [name!.toLowerCase(), sources] as const),
	);
}

function policyOf(url: string, pages: BuiltSite['pages'] = site.pages): Policy {
	const meta = pages.get(url)!.querySelectorAll(META);
	expect(meta, url).toHaveLength(1);
	return parsePolicy(meta[0]!.getAttribute('content') ?? '');
}

/** The sources a directive allows, falling back to default-src as browsers do. */
function sources(policy: Policy, directive: string): readonly string[] {
	return policy.get(directive) ?? policy.get('default-src') ?? [];
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('Content-Security-Policy', () => {
	it('is on every page, before any script, style or stylesheet', () => {
		// The site was built: even a site with no content yet has its dozen fixed pages.
		expect(site.pages.size).toBeGreaterThan(10);
		const late: string[] = [];
		for (const [url, html] of site.pages) {
			const head = html.querySelector('head');
			const elements = head?.querySelectorAll('*') ?? [];
			const policyAt = elements.findIndex((element) => element.matches(META));
			const firstGoverned = elements.findIndex((element) => /^(script|style|link)$/i.test(element.tagName));
			if (policyAt < 0 || (firstGoverned >= 0 && firstGoverned < policyAt)) late.push(url);
		}
		expect(late).toEqual([]);
	});

	it('lets no page run script but by its hash, inline style or plugins, and no page but search load any script', () => {
		for (const url of site.pages.keys()) {
			const policy = policyOf(url);
			expect(policy.get('default-src'), url).toEqual(["'none'"]);
			expect(policy.get('base-uri'), url).toEqual(["'none'"]);
			expect(sources(policy, 'style-src'), url).toEqual(["'self'"]);
			expect(sources(policy, 'object-src'), url).toEqual(["'none'"]);
			expect(sources(policy, 'frame-src'), url).toEqual(["'none'"]);
			const scripts = sources(policy, 'script-src');
			for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:', 'blob:']) expect(scripts, url).not.toContain(unsafe);
			if (url !== SEARCH && scripts.join(' ') !== "'none'") for (const source of scripts) expect(source, url).toMatch(HASH);
		}
	});

	it('lets the search page run Pagefind: its files, its inline script, WebAssembly, its worker and its fetches', () => {
		const policy = policyOf(SEARCH);
		expect(sources(policy, 'script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
		expect(sources(policy, 'worker-src')).toEqual(["'self'"]);
		expect(sources(policy, 'connect-src')).toEqual(["'self'"]);
		// pagefind-ui.css draws its search icon as a data: image.
		expect(sources(policy, 'img-src')).toEqual(["'self'", 'data:']);
	});

	it('finds no script, style or attribute on any page that its policy would block', () => {
		expect(blockedOn(site)).toEqual([]);
	});
});

/** Every script, style, attribute, image and stylesheet of a built site that its page's policy would block. */
function blockedOn(built: BuiltSite): string[] {
	const sameSite = (url: string) => url.startsWith(built.base) && !url.startsWith('//');
	const blocked: string[] = [];
	for (const [url, html] of built.pages) {
		const policy = policyOf(url, built.pages);
		const scriptSources = sources(policy, 'script-src');
		for (const script of html.querySelectorAll('script')) {
			const type = (script.getAttribute('type') ?? '').toLowerCase();
			const src = script.getAttribute('src');
			if (type === 'application/ld+json') {
				// Data, never run: it must be JSON and nothing else.
				expect(() => JSON.parse(script.textContent), url).not.toThrow();
				if (src !== undefined) blocked.push(`${url}: JSON-LD with a src`);
			} else if (src !== undefined) {
				if (!sameSite(src) || !scriptSources.includes("'self'")) blocked.push(`${url}: <script src="${src}">`);
			} else if (!scriptSources.includes(sha256(script.rawText))) {
				blocked.push(`${url}: inline <script> ${script.rawText.slice(0, 60)}`);
			}
		}
		for (const element of html.querySelectorAll('*')) {
			const tag = element.tagName.toLowerCase();
			if (['style', 'iframe', 'frame', 'object', 'embed', 'base'].includes(tag)) blocked.push(`${url}: <${tag}>`);
			for (const [name, value] of Object.entries(element.attributes)) {
				if (/^on/i.test(name) || name.toLowerCase() === 'style') blocked.push(`${url}: <${tag} ${name}>`);
				if (/^\s*(javascript|data|vbscript):/i.test(value)) blocked.push(`${url}: <${tag} ${name}="${value.slice(0, 40)}">`);
			}
			if (tag === 'img' && !sameSite(element.getAttribute('src') ?? '')) blocked.push(`${url}: <img src="${element.getAttribute('src')}">`);
			if (tag === 'link' && /stylesheet/i.test(element.getAttribute('rel') ?? '') && !sameSite(element.getAttribute('href') ?? '')) {
				blocked.push(`${url}: <link rel="stylesheet" href="${element.getAttribute('href')}">`);
			}
		}
	}
	return blocked;
}

/** Opens a page in Chromium and returns what its policy blocked, once `then` has run. */
async function violationsIn(browser: Browser, href: string, then: (page: Page) => Promise<void> = async () => {}): Promise<string[]> {
	const page = await browser.newPage();
	const seen: string[] = [];
	page.on('console', (message) => {
		if (message.text().startsWith('CSP ')) seen.push(message.text());
	});
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP ${event.effectiveDirective} ${event.blockedURI}`)),
	);
	try {
		await page.goto(href);
		await then(page);
		// Violation reports are queued as tasks; let them arrive.
		await page.waitForTimeout(100);
	} finally {
		await page.close();
	}
	return seen;
}

describe.skipIf(!HAS_BROWSER)('Content-Security-Policy in Chromium', () => {
	let browser: Browser;
	let server: StaticServer;
	/** One page of each kind: the first page under each top-level folder, and the home page. */
	const samples = [...new Set([...site.pages.keys()].map((url) => url.slice(PUBLISHED_BASE.length).split('/')[0]))]
		.map((folder) => [...site.pages.keys()].find((url) => url.slice(PUBLISHED_BASE.length).split('/')[0] === folder)!)
		.filter((url) => url !== SEARCH);

	beforeAll(async () => {
		server = await serveStatic(PUBLISHED_DIST, PUBLISHED_BASE);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	const violations = (url: string, then?: (page: Page) => Promise<void>) =>
		violationsIn(browser, new URL(url.slice(PUBLISHED_BASE.length), server.url).href, then);

	it('blocks nothing on a page of each kind', async () => {
		expect(samples.length).toBeGreaterThan(8);
		for (const url of samples) expect(await violations(url), url).toEqual([]);
	});

	// A name the site has, so that Pagefind has results to show whatever the story; a new site with no sheet yet has none to find.
	const searched = siteSamples(PUBLISHED_DIST, PUBLISHED_BASE).relation?.fromName;
	it.skipIf(!searched)('blocks nothing on the search page, where Pagefind finds results', async () => {
		const seen = await violations(`${SEARCH}?q=${encodeURIComponent(searched ?? '')}`, async (page) => {
			await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 20_000 });
		});
		expect(seen).toEqual([]);
	});

	it('blocks a script slipped into a page, and an image from another site', async () => {
		const seen = await violations(samples[0]!, async (page) => {
			await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'document.title = "ran"';
				document.body.append(script);
				const image = document.createElement('img');
				image.src = 'https://example.org/pixel.png';
				document.body.append(image);
			});
			expect(await page.title()).not.toBe('ran');
		});
		expect(seen).toEqual(['CSP script-src-elem inline', 'CSP img-src https://example.org/pixel.png']);
	});
});

describe('a former slug’s redirect, in a fixture site', () => {
	let fixture: FixtureSite;
	const REDIRECT = '/people/old-jane/';
	beforeAll(() => {
		fixture = prepareFixture('valid', 'b-csp-redirect', {
			'content/sheets/people/jane-doe.mdx': (text) => text.replace('kind: person', 'kind: person\nformerSlugs: [old-jane]'),
		});
		const build = buildFixture(fixture);
		expect(build.status, build.output.slice(-3000)).toBe(0);
	}, 300_000);

	it('may run its own inline script, allowed by its hash, and nothing else', () => {
		const built = loadBuiltSite(fixture.dist, '/');
		const scripts = sources(policyOf(REDIRECT, built.pages), 'script-src');
		expect(scripts).toHaveLength(1);
		expect(scripts[0]).toMatch(HASH);
		expect(blockedOn(built)).toEqual([]);
	});

	it.skipIf(!HAS_BROWSER)('keeps the fact anchor in Chromium, blocking nothing', async () => {
		const server = await serveStatic(fixture.dist, '/');
		const browser = await launchBrowser();
		try {
			const seen = await violationsIn(browser, new URL(`${REDIRECT.slice(1)}#joined-2019`, server.url).href, async (page) => {
				await page.waitForURL(/\/people\/jane-doe\/#joined-2019$/, { timeout: 10_000 });
			});
			expect(seen).toEqual([]);
		} finally {
			await browser.close();
			await server.close();
		}
	});
});
