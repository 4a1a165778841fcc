import type { Plugin } from 'vite';

/**
 * A Vite plugin serving one virtual module whose default export is `value`
 * (or what `value()` returns when the module is loaded): how data computed
 * while the integration verifies the content (in the config's process)
 * reaches the pages (which Vite bundles separately).
 */
export function virtualModule(id: string, value: unknown): Plugin {
	const resolved = virtualModuleId(id);
	return {
		name: `fact-sheets:${id}`,
		resolveId: (source) => (source === id ? resolved : undefined),
		load: (loading) => (loading === resolved ? `export default ${JSON.stringify(typeof value === 'function' ? value() : value)};` : undefined),
	};
}

/** The id Vite's module graph knows a virtual module by. */
export const virtualModuleId = (id: string) => `\0${id}`;
