/**
 * Where the site is published: its origin (`site`) and the path under it
 * (`base`). Both come from the environment, so a fork publishes to its own
 * address without editing code:
 *
 * - `SITE_URL` (an origin, or an origin with a path) and `BASE_PATH`;
 * - inside GitHub Actions, the repository's GitHub Pages address
 *   (`https://<owner>.github.io/<repo>/`, or the root for a `<owner>.github.io` repository);
 * - otherwise the local preview server, at the root.
 */
export interface Deployment {
	/** The origin, without a trailing slash: `https://owner.github.io`. */
	readonly site: string;
	/** The path the site lives under, with leading and trailing slash: `/` or `/fact-sheets/`. */
	readonly base: string;
}

export const LOCAL_SITE = 'http://localhost:4321';

/** `fact-sheets`, `/fact-sheets`, `/fact-sheets/` and `` all become `/fact-sheets/` or `/`. */
export function normaliseBase(path: string): string {
	const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

function githubPages(repository: string): Deployment | undefined {
	const [owner, repo] = repository.split('/');
	if (!owner || !repo) return undefined;
	const host = `${owner.toLowerCase()}.github.io`;
	// A repository named after the Pages host is published at the root.
	return { site: `https://${host}`, base: repo.toLowerCase() === host ? '/' : normaliseBase(repo) };
}

/** Reads the deployment from environment variables (see the module comment for the precedence). */
export function deploymentFromEnv(env: Readonly<Record<string, string | undefined>>): Deployment {
	const fallback =
		(env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY && githubPages(env.GITHUB_REPOSITORY)) || { site: LOCAL_SITE, base: '/' };
	let site = fallback.site;
	let base = fallback.base;
	if (env.SITE_URL?.trim()) {
		const url = new URL(env.SITE_URL.trim());
		if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL must be an http(s) address, not "${env.SITE_URL}".`);
		site = url.origin;
		// A SITE_URL with a path (https://example.org/facts/) gives the base too, unless BASE_PATH says otherwise.
		base = normaliseBase(url.pathname);
	}
	if (env.BASE_PATH !== undefined && env.BASE_PATH.trim() !== '') base = normaliseBase(env.BASE_PATH);
	return { site, base };
}
