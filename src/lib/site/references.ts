import type { Citation } from '../../schemas/index.ts';
import { normalise } from '../text/normalise.ts';
import type { SiteSource } from './model.ts';

/** One entry of a page's reference list. */
export interface Reference {
	/** Its number on the page, from 1, in order of first use. */
	readonly n: number;
	readonly source: SiteSource;
	readonly quote: string;
	/** The page anchors of the items that cite it, for links back up the page. */
	readonly citedBy: string[];
}

/**
 * Numbers a page's citations the way readers know from encyclopaedias: in
 * order of first use, the same source passage keeping one number however
 * often it is cited.
 */
export class ReferenceList {
	readonly #byKey = new Map<string, Reference>();
	readonly #sources: ReadonlyMap<string, SiteSource>;

	constructor(sources: ReadonlyMap<string, SiteSource>) {
		this.#sources = sources;
	}

	/** Registers the citations of the item at `anchor` and returns their numbers. */
	cite(anchor: string, citations: readonly Citation[]): number[] {
		return this.citeAll(anchor, citations).map((reference) => reference.n);
	}

	/** Registers the citations of the item at `anchor` and returns their references, in the citations' order. */
	citeAll(anchor: string, citations: readonly Citation[]): Reference[] {
		return citations.map((citation) => {
			const key = `${citation.source}\u0000${normalise(citation.quote)}`;
			let reference = this.#byKey.get(key);
			if (!reference) {
				const source = this.#sources.get(citation.source);
				// Verification ran before any page is built, so an unknown source here is a bug, not bad content.
				if (!source) throw new Error(`Unknown source "${citation.source}" reached a page: was the content verified?`);
				reference = { n: this.#byKey.size + 1, source, quote: citation.quote, citedBy: [] };
				this.#byKey.set(key, reference);
			}
			if (!reference.citedBy.includes(anchor)) reference.citedBy.push(anchor);
			return reference;
		});
	}

	get entries(): readonly Reference[] {
		return [...this.#byKey.values()];
	}

	/**
	 * The references by source, each source once with its numbered passages
	 * beneath (the way encyclopaedias group repeated citations of one work),
	 * sources in order of first use: a page citing one article twenty times
	 * describes it once.
	 */
	get bySource(): readonly ReferenceGroup[] {
		const groups = new Map<string, { source: SiteSource; references: Reference[] }>();
		for (const reference of this.#byKey.values()) {
			const group = groups.get(reference.source.id);
			if (group) group.references.push(reference);
			else groups.set(reference.source.id, { source: reference.source, references: [reference] });
		}
		return [...groups.values()];
	}
}

/** One source of a page's reference list and the numbered passages of it the page cites. */
export interface ReferenceGroup {
	readonly source: SiteSource;
	readonly references: readonly Reference[];
}

/** The anchor of reference `n` on its page. */
export const referenceAnchor = (n: number) => `ref-${n}`;
