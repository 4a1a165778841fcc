import type { Plugin } from 'vite';

/**
 * A Vite plugin serving one virtual module whose default export is `value`
 * (or what `value()` returns when the module is loaded): how data computed
 * while the integration verifies the content (in the config's process)
 * reaches the pages (which Vite bundles separately).
 *
 * `content: true` marks the module as content data for Astro's incremental
 * build, as Astro marks its own content modules: its code is then left out
 * of the hash of every page's module graph, so that a content edit does not
 * re-render every page; the pages' cache keys (src/lib/site/cache-keys.ts)
 * must cover what they read through it.
 */
export function virtualModule(id: string, value: unknown, { content = false }: { content?: boolean } = {}): Plugin {
	const resolved = virtualModuleId(id);
	return {
		name: `fact-sheets:${id}`,
		resolveId: (source) => (source === id ? resolved : undefined),
		load: (loading) => {
			if (loading !== resolved) return undefined;
			const code = `export default ${JSON.stringify(typeof value === 'function' ? value() : value)};`;
			// The key and value of node_modules/astro/dist/core/build/incremental-metadata.js, which Astro does not export.
			return content ? { code, meta: { astroIncremental: { kind: 'content-data' } } } : code;
		},
	};
}

/** The id Vite's module graph knows a virtual module by. */
export const virtualModuleId = (id: string) => `\0${id}`;
