import type { BodyLink } from '../body/mentions.ts';

/** A sheet body's mention of another sheet, with the sentence it stands in. */
export interface Mention {
	readonly fromSlug: string;
	/** The sentence, with each wiki-link as the words the reader sees. */
	readonly sentence: string;
}

/**
 * Indexes every wiki-link of every body by the sheet it points to, once per
 * build, from the links each body's parsed tree holds (bodyLinks), in the
 * order of the mentioning sheets' slugs. A sheet never mentions itself, and
 * a body that mentions a sheet twice in one sentence counts once.
 */
export function indexMentions(bodies: Iterable<{ readonly slug: string; readonly links: readonly BodyLink[] }>): Map<string, Mention[]> {
	const mentions = new Map<string, Mention[]>();
	for (const { slug, links } of [...bodies].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))) {
		const seen = new Set<string>();
		for (const link of links) {
			if (link.slug === slug) continue;
			const key = `${link.slug}\u0000${link.sentence}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const list = mentions.get(link.slug);
			if (list) list.push({ fromSlug: slug, sentence: link.sentence });
			else mentions.set(link.slug, [{ fromSlug: slug, sentence: link.sentence }]);
		}
	}
	return mentions;
}
