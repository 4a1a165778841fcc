import { linkText, type LinkResolver } from '../links/resolver.ts';
import { findWikiLinks, sentenceAround, WIKI_LINK } from '../links/wiki-links.ts';

/** A sheet body's mention of another sheet, with the sentence it stands in. */
export interface Mention {
	readonly fromSlug: string;
	/** The sentence, with wiki-link markup replaced by the words the reader sees. */
	readonly sentence: string;
}

/** Replaces wiki-link markup with its visible text, for plain-text context. */
export function plainText(text: string, resolver: LinkResolver): string {
	return text.replace(WIKI_LINK, (whole, target: string, label: string | undefined) => {
		const resolved = resolver.resolve(target.trim());
		return resolved ? linkText(target, label, resolved) : whole;
	});
}

/**
 * Indexes every wiki-link of every body by the sheet it points to, once per
 * build. A body that mentions a sheet twice in one sentence counts once.
 */
export function indexMentions(
	bodies: Iterable<{ readonly slug: string; readonly body: string }>,
	resolver: LinkResolver,
): Map<string, Mention[]> {
	const mentions = new Map<string, Mention[]>();
	for (const { slug, body } of bodies) {
		const seen = new Set<string>();
		for (const link of findWikiLinks(body)) {
			const target = resolver.resolve(link.target);
			if (!target || target.slug === slug) continue;
			const sentence = plainText(sentenceAround(body, link.offset, link.offset + link.length), resolver);
			const key = `${target.slug}\u0000${sentence}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const list = mentions.get(target.slug);
			if (list) list.push({ fromSlug: slug, sentence });
			else mentions.set(target.slug, [{ fromSlug: slug, sentence }]);
		}
	}
	return mentions;
}
