import { readFileSync } from 'node:fs';

/** Runs the 404 page's script at `pathname` with the given sheets' paths, and returns the suggestions it shows, or null while hidden. */
export async function suggestionsFor(pathname: string, sheets: readonly { slug: string; path: string; name: string }[], base = '/'): Promise<string[] | null> {
	const script = readFileSync(new URL('../../src/scripts/not-found.js', import.meta.url), 'utf8');
	const items: { href: string; text: string }[] = [];
	const list = {
		lastChild: undefined as unknown as { append: (link: { href: string; textContent: string }) => void },
		get childElementCount() {
			return items.length;
		},
		append() {
			this.lastChild = { append: (link) => items.push({ href: link.href, text: link.textContent }) };
		},
	};
	const box = { dataset: { base, paths: `${base}404-paths.json` }, hidden: true, querySelector: () => list };
	const document = { getElementById: (id: string) => (id === 'suggestions' ? box : null), createElement: () => ({ href: '', textContent: '' }) };
	let fetched = '';
	const fetch = async (url: string) => {
		fetched = url;
		return { ok: true, json: async () => sheets };
	};
	// The script under test, run as the page runs it, with the globals it uses stubbed.
	new Function('document', 'location', 'fetch', script)(document, { pathname }, fetch);
	await new Promise((resolve) => setTimeout(resolve, 0));
	if (fetched && fetched !== box.dataset.paths) throw new Error(`fetched ${fetched}`);
	return box.hidden ? null : items.map((item) => `${item.text} → ${item.href}`);
}
