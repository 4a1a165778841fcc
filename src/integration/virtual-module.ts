import type { Plugin } from 'vite';

/**
 * A Vite plugin serving one virtual module whose default export is `value`:
 * how data computed while the integration verifies the content (in the
 * config's process) reaches the pages (which Vite bundles separately).
 */
export function virtualModule(id: string, value: unknown): Plugin {
	const resolved = `\0${id}`;
	return {
		name: `fact-sheets:${id}`,
		resolveId: (source) => (source === id ? resolved : undefined),
		load: (loading) => (loading === resolved ? `export default ${JSON.stringify(value)};` : undefined),
	};
}
