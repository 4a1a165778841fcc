import { passageAnchor, type CitingItem, type CitingSheet, type SiteSheet } from './model.ts';
import { joinPassages, overlaps, quoteAlone, type SourcePassage } from './source-passages.ts';

/** A passage in its section, with the items of the section's sheet that cite it and the other sheets that do. */
export interface PlacedPassage {
	readonly passage: SourcePassage;
	/** The items of this section's sheet citing it. */
	readonly citedBy: readonly CitingItem[];
	/** The other sheets citing it, in name order: each lists its items in its own section, linking back here. */
	readonly alsoOn: readonly SiteSheet[];
	/** The anchors of its quotes other than its own: each is given an element of its own, so a link to any quote lands here. */
	readonly otherAnchors: readonly string[];
}

/** An item of a sheet whose passage is shown in an earlier sheet's section. */
export interface ShownElsewhere {
	readonly item: CitingItem;
	readonly passage: SourcePassage;
	readonly under: SiteSheet;
}

export interface SourcePageSection {
	readonly sheet: SiteSheet;
	/** The section's id, for the jump list. */
	readonly anchor: string;
	/** The passages first cited by this sheet (in name order), in the order they stand in the text. */
	readonly passages: readonly PlacedPassage[];
	readonly shownElsewhere: readonly ShownElsewhere[];
}

/** The id of a sheet's section on a source page. */
export const sourceSectionAnchor = (slug: string) => `sheet-${slug}`;

/**
 * A source page's sections: one per citing sheet, in `citing`'s order (the
 * sheets' name order). Each passage is shown once, in the section of the
 * first sheet that cites it, with that sheet's citing items beneath it and
 * the names of the other sheets citing it; a later sheet lists its items in
 * its own section with a link to the passage. So each item is listed once.
 * Passages of one section whose excerpts overlap are shown as one. A quote
 * without a passage (a source whose text could not be read, only under
 * `astro dev` with problems) is shown as written, so its anchor still exists.
 */
export function sourcePageSections(citing: readonly CitingSheet[], passages: readonly SourcePassage[]): SourcePageSection[] {
	const byQuote = new Map<string, SourcePassage>();
	for (const passage of passages) for (const quote of passage.quotes) byQuote.set(quote, passage);
	const passageOf = (quote: string) => {
		let passage = byQuote.get(quote);
		if (!passage) {
			passage = quoteAlone(quote);
			byQuote.set(quote, passage);
		}
		return passage;
	};
	/** Each passage's citing sheets, in `citing`'s order (the first is where it is shown), with their items citing it. */
	const citers = new Map<SourcePassage, Map<SiteSheet, CitingItem[]>>();
	for (const { sheet, items } of citing) {
		for (const item of items) {
			for (const passage of new Set(item.quotes.map(passageOf))) {
				let bySheet = citers.get(passage);
				if (!bySheet) citers.set(passage, (bySheet = new Map()));
				const list = bySheet.get(sheet);
				if (list) list.push(item);
				else bySheet.set(sheet, [item]);
			}
		}
	}
	const owner = new Map([...citers].map(([passage, bySheet]) => [passage, [...bySheet.keys()][0] as SiteSheet]));
	return citing.map(({ sheet, items }) => {
		const own = [...owner].filter(([, first]) => first === sheet).map(([passage]) => passage);
		own.sort((a, b) => a.from - b.from);
		const shownElsewhere: ShownElsewhere[] = [];
		for (const item of items) {
			for (const passage of new Set(item.quotes.map(passageOf))) {
				const under = owner.get(passage) as SiteSheet;
				if (under !== sheet) shownElsewhere.push({ item, passage, under });
			}
		}
		return {
			sheet,
			anchor: sourceSectionAnchor(sheet.slug),
			passages: joinOverlapping(own).map((run) => {
				const passage = run.reduce(joinPassages);
				return {
					passage,
					citedBy: [...new Set(run.flatMap((part) => citers.get(part)?.get(sheet) ?? []))],
					alsoOn: [...new Set(run.flatMap((part) => [...(citers.get(part)?.keys() ?? [])]))].filter((other) => other !== sheet),
					otherAnchors: [...new Set(passage.quotes.map(passageAnchor))].filter((anchor) => anchor !== passage.anchor),
				};
			}),
			shownElsewhere,
		};
	});
}

/**
 * Runs of a section's passages (in text order) whose excerpts overlap: each
 * run is shown as one passage, so that the sentence after one quote and the
 * sentence before the next are not shown twice in a row.
 */
function joinOverlapping(passages: readonly SourcePassage[]): SourcePassage[][] {
	const runs: SourcePassage[][] = [];
	let reach: SourcePassage | undefined;
	for (const passage of passages) {
		const run = runs.at(-1);
		if (run && reach && overlaps(reach, passage)) {
			run.push(passage);
			reach = joinPassages(reach, passage);
		} else {
			runs.push([passage]);
			reach = passage;
		}
	}
	return runs;
}
