import { nameKey } from '../verify/uniqueness.ts';
import { didYouMean } from '../suggest.ts';

/** What a wiki-link target resolves to. */
export interface LinkTarget {
	readonly slug: string;
	readonly name: string;
	/** The sheet's page, relative to the site's base. */
	readonly path: string;
}

/**
 * The words a wiki-link shows: its label, else the target as written when it
 * is a name or alias (`[[Acme]]` reads "Acme"), else, for a bare slug, the
 * sheet's name.
 */
export function linkText(target: string, label: string | undefined, resolved: LinkTarget): string {
	if (label?.trim()) return label.trim();
	return target.trim() === resolved.slug ? resolved.name : target.trim();
}

/**
 * Resolves wiki-link targets by slug first, then by name or alias (case,
 * accents and punctuation aside), so `[[Acme Institute]]` and `[[acme-institute]]` both work.
 */
export class LinkResolver {
	readonly #bySlug = new Map<string, LinkTarget>();
	readonly #byName = new Map<string, LinkTarget>();

	constructor(targets: Iterable<LinkTarget & { readonly aliases: readonly string[] }>) {
		for (const target of targets) {
			const entry = { slug: target.slug, name: target.name, path: target.path };
			this.#bySlug.set(target.slug, entry);
			for (const name of [target.name, ...target.aliases]) this.#byName.set(nameKey(name), entry);
		}
	}

	resolve(target: string): LinkTarget | undefined {
		return this.#bySlug.get(target) ?? this.#byName.get(nameKey(target));
	}

	/** The message for a target that does not resolve, with the closest slug or name. */
	unknownMessage(target: string): string {
		const names = [...this.#bySlug.keys(), ...[...this.#byName.values()].map((entry) => entry.name)];
		return `The wiki-link [[${target}]] does not match any sheet's slug, name or alias.${didYouMean(target, names)}`;
	}
}
