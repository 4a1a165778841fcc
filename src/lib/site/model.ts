import { createHash } from 'node:crypto';
import type { Fact, Kind, Metric, Relation, Role, SheetData, SourceData } from '../../schemas/index.ts';
import { adjacency, buildEdges, edgesBySheet, type GraphEdge } from '../graph/edges.ts';
import { LinkResolver } from '../links/resolver.ts';
import { indexFigures, type FigurePoint } from './figures.ts';
import type { BodyLink } from '../body/mentions.ts';
import { indexMentions, type Mention } from './mentions.ts';
import { sheetPath, sourcePath, type SitePath } from './routes.ts';
import { buildTimeline, type TimelineEntry } from './timeline.ts';
import { kindOf, type Vocabulary } from '../vocabulary.ts';

export interface SiteSheet {
	readonly slug: string;
	readonly data: SheetData;
	/** Its kind, as the vocabulary declares it (content/kinds.yaml). */
	readonly kind: Kind;
	readonly path: SitePath;
}

export interface SiteSource {
	readonly id: string;
	readonly data: SourceData;
	readonly path: SitePath;
}

/** A relation as seen from its target: declared on `from`, shown on both. */
export interface InboundRelation {
	readonly from: SiteSheet;
	readonly relation: Relation;
}

/** Someone holding a role in an organisation that has a sheet. */
export interface RoleHolder {
	readonly holder: SiteSheet;
	readonly role: Role;
}

/** A fact on some sheet, located. */
export interface LocatedFact {
	readonly sheet: SiteSheet;
	readonly fact: Fact;
}

/** Everything on one sheet that cites a given source. */
export interface CitingSheet {
	readonly sheet: SiteSheet;
	readonly items: readonly CitingItem[];
}

export interface CitingItem {
	/** The fact's id, or the page anchor of the role or relation. */
	readonly anchor: string;
	/** What the item is, for its label in the site's language: a fact's statement, a role's title, a relation's type and other end. */
	readonly item: { readonly kind: 'fact'; readonly statement: string } | { readonly kind: 'role'; readonly title: string } | { readonly kind: 'relation'; readonly type: string; readonly target: string };
	readonly quotes: readonly string[];
}

/** The whole site's content and the indexes pages read, built once per build. */
export interface Site {
	readonly sheets: ReadonlyMap<string, SiteSheet>;
	/** Sheets sorted by name. */
	readonly sheetList: readonly SiteSheet[];
	readonly sources: ReadonlyMap<string, SiteSource>;
	readonly sourceList: readonly SiteSource[];
	readonly metrics: ReadonlyMap<string, Metric>;
	/** The kinds and relation types, in their files' order (content/kinds.yaml, content/relation-types.yaml). */
	readonly vocabulary: Vocabulary;
	/** See SiteInput's `contentCommitDate`. */
	readonly contentCommitDate: string | undefined;
	readonly inbound: ReadonlyMap<string, readonly InboundRelation[]>;
	readonly roleHolders: ReadonlyMap<string, readonly RoleHolder[]>;
	readonly citing: ReadonlyMap<string, readonly CitingSheet[]>;
	readonly claims: ReadonlyMap<string, readonly LocatedFact[]>;
	/** Wiki-links in other sheets' bodies, by the sheet they point to. */
	readonly mentions: ReadonlyMap<string, readonly Mention[]>;
	/** Every dated fact, oldest first. */
	readonly timeline: readonly TimelineEntry<SiteSheet>[];
	/** Every figure, by metric, oldest first. */
	readonly figures: ReadonlyMap<string, readonly FigurePoint<SiteSheet>[]>;
	/** Relations and roles between sheets, as graph edges. */
	readonly edges: readonly GraphEdge[];
	/** Each sheet's edges, either end. */
	readonly edgesBySheet: ReadonlyMap<string, readonly GraphEdge[]>;
	/** Each sheet's neighbours in the graph, sorted. */
	readonly neighbours: ReadonlyMap<string, readonly string[]>;
	/** Resolves names, aliases and slugs to sheets. */
	readonly resolver: LinkResolver;
	/** Each sheet's body as HTML, by slug (rendered once from its verified tree). */
	readonly bodies: ReadonlyMap<string, string>;
	/** See SiteInput's `aboutHtml`. */
	readonly aboutHtml?: string | undefined;
	/** Compares names in the site's language, case and accents aside: the order of every list of names. */
	readonly compareNames: (a: string, b: string) => number;
}

/** A sheet's body as the build publishes it: rendered once, from the tree the verifier checked (src/lib/site/site-input.ts). */
export interface PublishedBody {
	readonly html: string;
	/** Its wiki-links, resolved, each with its sentence: what the mentions index is built from. */
	readonly links: readonly BodyLink[];
}

export interface SiteInput {
	readonly sheets: readonly { readonly slug: string; readonly data: SheetData; readonly body?: PublishedBody | undefined }[];
	readonly sources: readonly { readonly id: string; readonly data: SourceData }[];
	readonly metrics: ReadonlyMap<string, Metric>;
	readonly vocabulary: Vocabulary;
	/** The day of the newest commit touching `content/` or `seeds/`, when git knows it (content-commit.ts); the version citations give. */
	readonly contentCommitDate?: string | undefined;
	/** content/about.md rendered, when the project has one: the site's own words on its About page. */
	readonly aboutHtml?: string | undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}


/**
 * The anchors of the last pages' quotes: a quote is linked twice from its sheet's page (under its item and in the
 * references) and again on its source's page, and a SHA-256 per link was ~0.5 s of a 1,000-sheet build. Bounded,
 * so that 50,000 sheets' quotes are not all kept: a page's repeats are near one another.
 */
const passageAnchors = new Map<string, string>();
const RECENT_ANCHORS = 20_000;

/**
 * The anchor of a cited quote's entry on its source's page, from the quote's
 * own words (as the citation gives them), so that every link to it from a
 * sheet keeps pointing at it whatever else the source page lists. Defined
 * here once: the sheet pages link to it and the source page carries it.
 */
export function passageAnchor(quote: string): string {
	let anchor = passageAnchors.get(quote);
	if (anchor === undefined) {
		if (passageAnchors.size >= RECENT_ANCHORS) passageAnchors.clear();
		anchor = `passage-${createHash('sha256').update(quote.normalize('NFC')).digest('hex').slice(0, 10)}`;
		passageAnchors.set(quote, anchor);
	}
	return anchor;
}

/** Anchors of roles on their sheet's page. */
export const roleAnchor = (index: number) => `role-${index + 1}`;

/**
 * Anchors of a sheet's relations on its page, in the relations' order:
 * `relation-<type>-<target>` for its own (`inverse-<type>-<from>` for those
 * other sheets declare to it), so that a published link to one keeps
 * pointing at it when relations are added or reordered. Two that would
 * share an anchor (the same type to the same sheet) get `-2`, `-3`.
 */
export function relationAnchors(relations: readonly { type: string; other: string }[], prefix: 'relation' | 'inverse' = 'relation'): string[] {
	const used = new Set<string>();
	return relations.map(({ type, other }) => {
		const anchor = `${prefix}-${type}-${other}`;
		let unique = anchor;
		for (let n = 2; used.has(unique); n++) unique = `${anchor}-${n}`;
		used.add(unique);
		return unique;
	});
}

/**
 * Builds the site model and every cross-sheet index in one pass over the
 * content. Pages read these indexes; none scans all content itself. Names
 * sort in the site's `language` (a BCP 47 tag, the options' `language`).
 */
export function buildSite(input: SiteInput, language: string): Site {
	const collator = new Intl.Collator(language, { sensitivity: 'base' });
	const compareNames = (a: string, b: string) => collator.compare(a, b);
	const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => compareNames(a.data.name, b.data.name);
	const sheetList = input.sheets
		.map((sheet) => {
			const kind = kindOf(input.vocabulary, sheet.data.kind);
			return { slug: sheet.slug, data: sheet.data, kind, path: sheetPath(sheet.slug, kind.section) };
		})
		.sort(byName);
	const sheets = new Map(sheetList.map((sheet) => [sheet.slug, sheet]));
	const sourceList = input.sources
		.map((source) => ({ id: source.id, data: source.data, path: sourcePath(source.id) }))
		.sort((a, b) => a.id.localeCompare(b.id));
	const sources = new Map(sourceList.map((source) => [source.id, source]));

	const inbound = new Map<string, InboundRelation[]>();
	const roleHolders = new Map<string, RoleHolder[]>();
	const claims = new Map<string, LocatedFact[]>();
	const citingBySource = new Map<string, Map<string, CitingItem[]>>();
	const cite = (sheet: SiteSheet, anchor: string, item: CitingItem['item'], citations: readonly { source: string; quote: string }[]) => {
		const bySource = new Map<string, string[]>();
		for (const citation of citations) push(bySource, citation.source, citation.quote);
		for (const [sourceId, quotes] of bySource) {
			let perSheet = citingBySource.get(sourceId);
			if (!perSheet) citingBySource.set(sourceId, (perSheet = new Map()));
			push(perSheet, sheet.slug, { anchor, item, quotes });
		}
	};

	for (const sheet of sheetList) {
		sheet.data.roles.forEach((role, i) => {
			if (role.org) push(roleHolders, role.org, { holder: sheet, role });
			cite(sheet, roleAnchor(i), { kind: 'role', title: role.title }, role.citations);
		});
		const anchors = relationAnchors(sheet.data.relations.map((relation) => ({ type: relation.type, other: relation.target })));
		sheet.data.relations.forEach((relation, i) => {
			push(inbound, relation.target, { from: sheet, relation });
			const target = sheets.get(relation.target)?.data.name ?? relation.target;
			cite(sheet, anchors[i] as string, { kind: 'relation', type: relation.type, target }, relation.citations);
		});
		for (const fact of sheet.data.facts) {
			if (fact.claimant?.sheet) push(claims, fact.claimant.sheet, { sheet, fact });
			cite(sheet, fact.id, { kind: 'fact', statement: fact.statement }, fact.citations);
		}
	}

	const citing = new Map<string, CitingSheet[]>();
	for (const [sourceId, perSheet] of citingBySource) {
		citing.set(
			sourceId,
			[...perSheet]
				.map(([slug, items]) => ({ sheet: sheets.get(slug) as SiteSheet, items }))
				.sort((a, b) => byName(a.sheet, b.sheet)),
		);
	}
	const resolver = new LinkResolver(sheetList.map((sheet) => ({ slug: sheet.slug, name: sheet.data.name, aliases: sheet.data.aliases, path: sheet.path })));
	const edges = buildEdges(sheetList, input.vocabulary);
	return {
		sheets,
		sheetList,
		sources,
		sourceList,
		metrics: input.metrics,
		vocabulary: input.vocabulary,
		contentCommitDate: input.contentCommitDate,
		inbound,
		roleHolders,
		citing,
		claims,
		mentions: indexMentions(input.sheets.map((sheet) => ({ slug: sheet.slug, links: sheet.body?.links ?? [] }))),
		timeline: buildTimeline(sheetList),
		figures: indexFigures(sheetList),
		edges,
		edgesBySheet: edgesBySheet(edges),
		neighbours: adjacency(edges),
		resolver,
		bodies: new Map(input.sheets.map((sheet) => [sheet.slug, sheet.body?.html ?? ''])),
		aboutHtml: input.aboutHtml,
		compareNames,
	};
}
