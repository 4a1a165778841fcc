import { createHash } from 'node:crypto';
import type { Fact } from '../../schemas/index.ts';
import type { QuotedPassages } from '../links/quoted-passages.ts';
import type { Site, SiteSheet } from './model.ts';
import type { TimelinePage } from './timeline.ts';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`,
 * set by src/integration/config.ts): a page whose key and module graph are
 * unchanged is copied from the previous build instead of rendered.
 *
 * The pages read the content from the verified corpus, a file outside the
 * module graph (src/data/site.ts), so a key must cover everything a page
 * shows from it. Rather than list the fields each component reads (a list
 * that would go stale the day a component shows one more), a key covers
 * whole records, in two sizes: a sheet's *card*, everything about it but
 * its facts and its body (name, aliases, kind, description, roles,
 * relations, identifiers…), for a sheet that a page names or lists; its
 * whole record (card, facts, rendered body) for the sheet a page is about;
 * and the facts a page shows from other sheets, each in full (claims, the
 * timeline's and the figures' entries). A source counts in full: its data
 * and the quoted passages of its stored text. So editing one fact changes
 * the keys of the pages that show it (its sheet, its claimant's, its
 * sources', its timeline page and figure page), and a change to a sheet's
 * name or relations those of every page that names it. Options and UI
 * strings are modules in the page's graph, so Astro's own hash covers them.
 */
export interface CacheKeyInput {
	readonly site: Site;
	/** The quoted passages of every source (src/lib/links/quoted-passages.ts): what text-fragment links are made of. */
	readonly passages: QuotedPassages;
	/** The content's version date, which every citation block and page footer may give. */
	readonly version: string;
	/** Anything else the published corpus holds per source (its passages in context, for its page), covered with the source. */
	readonly sourceExtra?: ((id: string) => unknown) | undefined;
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 32);

/** JSON with Maps and Sets as their entries, so that no index hashes as `{}`. */
const json = (value: unknown) => JSON.stringify(value, (_key, item: unknown) => (item instanceof Map ? [...item] : item instanceof Set ? [...item] : item));

/** Computes page keys over one site model; each record's digest is computed once and reused by every page that shows it. */
export class PageKeys {
	readonly #site: Site;
	readonly #passages: QuotedPassages;
	readonly #sourceExtra: (id: string) => unknown;
	readonly #global: string;
	readonly #sheetDigests = new Map<string, string>();
	readonly #cardDigests = new Map<string, string>();
	readonly #factDigests = new WeakMap<Fact, string>();
	#timelineSize: string | undefined;
	readonly #sourceDigests = new Map<string, string>();

	constructor(input: CacheKeyInput) {
		this.#site = input.site;
		this.#passages = input.passages;
		this.#sourceExtra = input.sourceExtra ?? (() => null);
		// What any page may show of the whole site: the vocabulary's labels, the metrics', the version date, and each
		// source's title, short label and dates (a figure's age is given against the newest source, named by its short
		// label; adding a source re-renders all).
		const sources = input.site.sourceList.map(({ id, data }) => [id, data.title, data.label ?? null, data.publisher ?? null, data.published, data.retrieved]);
		this.#global = hash(json([input.version, input.site.vocabulary, input.site.metrics, input.site.contentCommitDate ?? null, input.site.aboutHtml ?? null, sources]));
	}

	/** A sheet's whole record; a slug with no sheet (a dangling name) digests as itself. */
	sheet(slug: string): string {
		let digest = this.#sheetDigests.get(slug);
		if (digest === undefined) {
			const sheet = this.#site.sheets.get(slug);
			digest = sheet ? hash(json([sheet.slug, sheet.data, sheet.kind, sheet.path, this.#site.bodies.get(slug) ?? null])) : `missing:${slug}`;
			this.#sheetDigests.set(slug, digest);
		}
		return digest;
	}

	/** A sheet's card: its record without its facts and body, what a page that names or lists it may show of it. */
	card(slug: string): string {
		let digest = this.#cardDigests.get(slug);
		if (digest === undefined) {
			const sheet = this.#site.sheets.get(slug);
			digest = sheet ? hash(json([sheet.slug, { ...sheet.data, facts: null }, sheet.kind, sheet.path])) : `missing:${slug}`;
			this.#cardDigests.set(slug, digest);
		}
		return digest;
	}

	/** A source's whole record, with the passages its citations quote. */
	source(id: string): string {
		let digest = this.#sourceDigests.get(id);
		if (digest === undefined) {
			const source = this.#site.sources.get(id);
			digest = source ? hash(json([source.id, source.data, source.path, this.#passages[id] ?? null, this.#sourceExtra(id) ?? null])) : `missing:${id}`;
			this.#sourceDigests.set(id, digest);
		}
		return digest;
	}

	/**
	 * The page of a sheet: its whole record, the card of every other sheet it
	 * names, the facts other sheets say it claims and the sentences that
	 * mention it, and every source any of these cite.
	 */
	sheetPage(slug: string): string {
		const shown = sheetsShownOn(this.#site, slug);
		shown.delete(slug);
		const claims = this.#site.claims.get(slug) ?? [];
		const sources = new Set<string>();
		const self = this.#site.sheets.get(slug);
		if (self) for (const id of citedSources(self.data.facts)) sources.add(id);
		for (const other of [slug, ...shown]) {
			const sheet = this.#site.sheets.get(other);
			if (sheet) for (const id of citedSources([...sheet.data.roles, ...sheet.data.relations])) sources.add(id);
		}
		for (const claim of claims) for (const id of citedSources([claim.fact])) sources.add(id);
		return this.#key('sheet', [
			slug,
			this.sheet(slug),
			[...shown].sort().map((other) => [other, this.card(other)]),
			this.#view(claims),
			this.#site.mentions.get(slug) ?? [],
			[...sources].sort().map((id) => [id, this.source(id)]),
		]);
	}

	/** A source's page: the source and every item that cites it, with its sheet's record (relations name their targets). */
	sourcePage(id: string): string {
		const citing = (this.#site.citing.get(id) ?? []).map(({ sheet, items }) => [sheet.slug, this.card(sheet.slug), items]);
		return this.#key('source', [id, this.source(id), citing]);
	}

	/** A page of the site-wide timeline: its entries in full, the list of every page's dates, the count of dated facts. */
	timelinePage(page: TimelinePage<SiteSheet>, pages: readonly TimelinePage<SiteSheet>[]): string {
		const list = pages.map((other) => [other.number, other.first ?? null, other.last ?? null]);
		// The whole timeline's size, as the page counts it: its events and the reports of each.
		this.#timelineSize ??= hash(json(this.#site.timeline.map((entry) => (entry as { readonly reports?: readonly unknown[] }).reports?.length ?? 1)));
		return this.#key('timeline', [page.number, this.#timelineSize, list, this.#view(page.entries)]);
	}

	/** A metric's page: every figure reported for it, with the sheets, claimants and sources it names. */
	figurePage(metric: string): string {
		return this.#key('figure', [metric, this.#view(this.#site.figures.get(metric) ?? [])]);
	}

	/**
	 * A list of sheets (a letter of the names A–Z or of a kind): the entries
	 * as given, each sheet in them replaced by its card, and the letters the
	 * page links to.
	 */
	listPage(what: string, entries: readonly unknown[], letters: unknown): string {
		return this.#key('list', [what, letters, this.#view(entries)]);
	}

	/**
	 * What a page shows of some entries (timeline events, figures, list
	 * entries, claims), as JSON: each sheet in them as its card, each fact in
	 * full with the records it points to (#factRefs). Generic, so that a field
	 * added to an entry is covered without a change here.
	 */
	#view(value: unknown): string {
		return JSON.stringify(value, (_key, item: unknown) => {
			if (item instanceof Map || item instanceof Set) return [...item];
			if (isSheet(item)) return `sheet:${item.slug}:${this.card(item.slug)}`;
			if (isFact(item)) return `fact:${this.#fact(item)}`;
			return item;
		});
	}

	/** A fact in full, with the records it points to; once per fact, however many pages show it. */
	#fact(fact: Fact): string {
		let digest = this.#factDigests.get(fact);
		if (digest === undefined) {
			digest = hash(json([fact, this.#factRefs(fact)]));
			this.#factDigests.set(fact, digest);
		}
		return digest;
	}

	/** The records a fact points to besides its own sheet: its claimant's and its sources'. */
	#factRefs(fact: Fact): unknown[] {
		const sheets = fact.claimant?.sheet ? [this.card(fact.claimant.sheet)] : [];
		return [...sheets, ...[...new Set(fact.citations.map((citation) => citation.source))].map((id) => this.source(id))];
	}

	#key(route: string, parts: unknown): string {
		return `${route}:${hash(json([this.#global, parts]))}`;
	}
}

const isSheet = (value: unknown): value is SiteSheet =>
	typeof value === 'object' && value !== null && 'slug' in value && 'data' in value && 'kind' in value && 'path' in value;

const isFact = (value: unknown): value is Fact => typeof value === 'object' && value !== null && 'id' in value && 'statement' in value && 'citations' in value;

/** Every source some items cite. */
function citedSources(items: readonly { readonly citations: readonly { readonly source: string }[] }[]): Set<string> {
	const ids = new Set<string>();
	for (const item of items) for (const citation of item.citations) ids.add(citation.source);
	return ids;
}

/**
 * The sheets a sheet's page shows anything of: itself; the sheets its items
 * name (relation targets, organisations of its roles, claimants of its
 * facts); the sheets that name it (relations to it, roles in it, claims it
 * makes on their pages, mentions in their prose); and its neighbours in the
 * network drawing, whose links to each other it draws too.
 */
export function sheetsShownOn(site: Site, slug: string): Set<string> {
	const shown = new Set<string>([slug]);
	const sheet = site.sheets.get(slug);
	if (sheet) {
		for (const relation of sheet.data.relations) shown.add(relation.target);
		for (const role of sheet.data.roles) if (role.org) shown.add(role.org);
		for (const fact of sheet.data.facts) if (fact.claimant?.sheet) shown.add(fact.claimant.sheet);
	}
	for (const { from } of site.inbound.get(slug) ?? []) shown.add(from.slug);
	for (const { holder } of site.roleHolders.get(slug) ?? []) shown.add(holder.slug);
	for (const claim of site.claims.get(slug) ?? []) shown.add(claim.sheet.slug);
	for (const mention of site.mentions.get(slug) ?? []) shown.add(mention.fromSlug);
	for (const neighbour of site.neighbours.get(slug) ?? []) shown.add(neighbour);
	return shown;
}
