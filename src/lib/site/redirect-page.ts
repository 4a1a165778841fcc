import { linkHtml, type Ui } from '../i18n/ui.ts';
import { inlineScriptPolicy } from '../security/content-security-policy.ts';
import { documentTitle, escapeHtml } from '../seo/head-tags.ts';

/**
 * The page at a sheet's former address, whole: one or more for every sheet
 * (redirectAddresses in sheet-routes.ts), which a reader stays on for no
 * time. It keeps only what takes the reader or a crawler to the sheet: the
 * script that keeps the fact anchor of an old link, the refresh without
 * JavaScript, the canonical address, noindex, and a link that reads with no
 * CSS and no JavaScript. No layout, stylesheet, navigation or social
 * previews: under 1 KB, where the site's layout made 3.5–4 KB, 10,000 times
 * over at 10,000 sheets (tests/build/rd-redirect-page.test.ts).
 *
 * Written as text here rather than by an Astro page: a build writes these on
 * the publishing thread (src/integration/publish-worker.ts), not among the
 * pages, where at 10,000 sheets they cost Astro's one thread about 15 s;
 * `astro dev` serves the same text from src/pages/[section]/[slug].astro.
 */
export interface RedirectPageInput {
	/** The sheet's name. */
	readonly name: string;
	/** Where the sheet is, as a link on this site (with the base). */
	readonly target: string;
	/** The sheet's absolute address. */
	readonly canonical: string;
	/** The options' title. */
	readonly siteTitle: string;
	readonly ui: Ui;
	/** Whether the page carries its Content-Security-Policy: not under `astro dev`, for the reasons Base.astro gives. */
	readonly policy: boolean;
}

export function redirectPageHtml({ name, target, canonical, siteTitle, ui, policy }: RedirectPageInput): string {
	// Its exact text is what the page's policy allows, by its hash. `<` escaped, so no address can close the script.
	const script = `const target = ${JSON.stringify(target).replace(/</g, '\\u003c')};\nlocation.replace(target + location.hash);`;
	return [
		`<!DOCTYPE html><html lang="${escapeHtml(ui.language)}" dir="${ui.dir}"><head><meta charset="utf-8">`,
		policy ? `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(inlineScriptPolicy(script))}">` : '',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(documentTitle(name, siteTitle))}</title>`,
		// So that a dark-mode reader gets dark colours on the way to the sheet: no white flash.
		'<meta name="color-scheme" content="light dark"><meta name="robots" content="noindex">',
		`<link rel="canonical" href="${escapeHtml(canonical)}">`,
		// With JavaScript the fact anchor (#id) of an old link is kept; without, the refresh opens the top of the sheet.
		`<script>${script}</script><noscript><meta http-equiv="refresh" content="0; url=${escapeHtml(target)}"></noscript>`,
		`</head><body><main><h1>${escapeHtml(name)}</h1><p>${ui.html('sheet.movedTo', { link: { html: linkHtml(target, name) } })}</p></main></body></html>`,
	].join('');
}
