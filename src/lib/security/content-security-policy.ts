import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of every page, given in a `<meta http-equiv>`
 * tag (a static host such as GitHub Pages cannot send headers). Pages need
 * no script, so none may run: `default-src 'none'` covers scripts, frames,
 * objects and fetches, and only the site's own stylesheets, fonts and
 * images load. A JSON-LD `<script type="application/ld+json">` is data,
 * which the browser never runs, so the policy does not need to allow it.
 *
 * Three kinds of page run a script, each allowed exactly: a former slug's
 * redirect runs one inline script (src/lib/site/redirect-page.ts),
 * allowed by its hash; the search page runs Pagefind (src/pages/search.astro):
 * its scripts from the site, one inline script allowed by its hash, the
 * WebAssembly module it compiles ('wasm-unsafe-eval'), its web worker, the
 * index files it fetches, and the icon its stylesheet draws as a `data:` image;
 * the 404 page runs one inline script, allowed by its hash, that fetches the
 * sheets' paths from the site to suggest the closest (src/scripts/not-found.js).
 *
 * docs/content-model.md, "What a body may contain", says why a body may
 * hold no HTML and images only from this site; this is the second line of
 * defence behind that check.
 */
type Directives = Readonly<Record<string, readonly string[]>>;

const PAGE: Directives = {
	'default-src': ["'none'"],
	'style-src': ["'self'"],
	'font-src': ["'self'"],
	'img-src': ["'self'"],
	// The header's search box sends ?q= to the search page.
	'form-action': ["'self'"],
	// No script can run on these pages, so allowing fetches from the site
	// itself opens nothing to content; without it, audit tools that fetch
	// /robots.txt from inside the page (Lighthouse's SEO audit) report it as
	// unreachable.
	'connect-src': ["'self'"],
	'base-uri': ["'none'"],
};

/** The policy of every page but the search page. */
export const PAGE_POLICY = serialise(PAGE);

/** The policy of a page that runs the given inline script and nothing else. */
export function inlineScriptPolicy(inlineScript: string): string {
	return serialise({ ...PAGE, 'script-src': [scriptHash(inlineScript)] });
}

/** The policy of the 404 page, which runs the given inline script, and it fetches one file from the site (the sheets' paths it suggests from). */
export function notFoundPagePolicy(inlineScript: string): string {
	return serialise({ ...PAGE, 'script-src': [scriptHash(inlineScript)], 'connect-src': ["'self'"] });
}

/** The policy of the search page, which runs Pagefind and the given inline script. */
export function searchPagePolicy(inlineScript: string): string {
	return serialise({
		...PAGE,
		'script-src': ["'self'", scriptHash(inlineScript), "'wasm-unsafe-eval'"],
		'worker-src': ["'self'"],
		'connect-src': ["'self'"],
		'img-src': ["'self'", 'data:'],
	});
}

/** A script's hash as a CSP source: `'sha256-…'` of its exact text. */
export function scriptHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function serialise(directives: Directives): string {
	return Object.entries(directives)
		.map(([name, sources]) => `${name} ${sources.join(' ')}`)
		.join('; ');
}
