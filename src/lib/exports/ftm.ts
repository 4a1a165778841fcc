import { identifierLinks, IDENTIFIER_SCHEMES, type Citation, type FtmInterval, type Kind } from '../../schemas/index.ts';
import type { Site, SiteSheet, SiteSource } from '../site/model.ts';
import { relationTypeOf } from '../vocabulary.ts';

/**
 * The site as FollowTheMoney entities (https://followthemoney.tech), the
 * model Aleph and OpenSanctions read: `/data/entities.ftm.json`, one entity
 * per line, and `/data/statements.csv`, one row per value and citation
 * (docs/data-exports.md). Sheets become Person, Organization or PublicBody
 * (each kind's `ftm` in content/kinds.yaml), sources become Article, roles become Position + Occupancy,
 * relations become the interval schema their type's `ftm` gives
 * (content/relation-types.yaml), and each
 * citation of a fact becomes a Documentation linking the sheet to the
 * article. Provenance is what FtM defines on intervals (`sourceUrl`,
 * `publisher`, `retrievedAt`, with the quote in `summary`), each given only
 * where the source states it. Ids are `<what>.<slug>[.<n>]`: stable across
 * builds, and within FtM's id rules (letters, digits, `.` and `-`).
 */
export interface FtmEntity {
	readonly id: string;
	readonly schema: string;
	/** Property name → values, keys sorted so that every build writes the same line. */
	readonly properties: Readonly<Record<string, readonly string[]>>;
}

/** Where a value comes from: a citation, the source's own record, or the editors (names, descriptions, identifiers). */
export type StatementOrigin = 'citation' | 'source' | 'editors';

/** One value of one property of one entity, with the citation it rests on: FtM's statement model, plus the quote. */
export interface FtmStatement {
	readonly entityId: string;
	readonly schema: string;
	readonly prop: string;
	readonly value: string;
	readonly origin: StatementOrigin;
	readonly sourceId: string | null;
	readonly quote: string | null;
	/** The citing source's publication and retrieval dates, where its text states them. */
	readonly sourcePublished: string | null;
	readonly sourceRetrieved: string | null;
}

export interface FtmExport {
	readonly entities: readonly FtmEntity[];
	readonly statements: readonly FtmStatement[];
}

type Props = Record<string, (string | undefined)[]>;
type FtmKind = Kind['ftm'];
type Endpoint = FtmInterval['fromIs'];

/** The interval of a relation type FtM has no schema for, or whose ends do not fit its schema: an UnknownLink with the type's label as `role`. */
const unknownLink: FtmInterval = { schema: 'UnknownLink', from: 'subject', to: 'object', fromIs: 'any', toIs: 'any', label: 'role' };

/** BCP 47 primary language subtags → the ISO 639-3 codes FtM's `language` type takes; a language not listed is left out. */
const ISO_639_3: Readonly<Record<string, string>> = {
	ar: 'ara', de: 'deu', en: 'eng', es: 'spa', fa: 'fas', fr: 'fra', he: 'heb', hi: 'hin', it: 'ita', ja: 'jpn',
	ko: 'kor', ku: 'kur', nl: 'nld', pl: 'pol', pt: 'por', ru: 'rus', tr: 'tur', uk: 'ukr', ur: 'urd', zh: 'zho',
};

const sheetId = (slug: string) => `sheet.${slug}`;
const sourceId = (id: string) => `source.${id}`;
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The provenance FtM defines on intervals, and where each citation's value of it comes from: its source (each only where stated) or its quote. */
const PROVENANCE: Readonly<Record<'sourceUrl' | 'publisher' | 'retrievedAt' | 'summary', (citation: Citation, source: SiteSource | undefined) => string | undefined>> = {
	sourceUrl: (_, source) => source?.data.url ?? undefined,
	publisher: (_, source) => source?.data.publisher ?? undefined,
	retrievedAt: (_, source) => (source?.data.retrieved.status === 'stated' ? source.data.retrieved.date : undefined),
	summary: (citation) => citation.quote,
};

const fitsEnd = (is: Endpoint, kind: FtmKind) => is === 'any' || (is === 'person' ? kind === 'Person' : kind !== 'Person');

class Builder {
	readonly entities: FtmEntity[] = [];
	readonly statements: FtmStatement[] = [];
	private readonly site: Site;
	constructor(site: Site) {
		this.site = site;
	}

	add(id: string, schema: string, props: Props, basis: StatementOrigin | readonly Citation[]) {
		const properties: Record<string, string[]> = {};
		for (const key of Object.keys(props).sort(byId)) {
			const values = [...new Set((props[key] ?? []).filter((value): value is string => value !== undefined && value !== ''))];
			if (values.length > 0) properties[key] = values;
		}
		this.entities.push({ id, schema, properties });
		for (const [prop, values] of Object.entries(properties)) {
			for (const value of values) {
				const row = { entityId: id, schema, prop, value };
				if (typeof basis === 'string') {
					this.statements.push({ ...row, origin: basis, sourceId: null, quote: null, sourcePublished: null, sourceRetrieved: null });
				} else {
					for (const citation of this.restsOn(prop, value, basis)) this.statements.push({ ...row, origin: 'citation', ...this.citationColumns(citation) });
				}
			}
		}
	}

	/**
	 * The citations a value rests on. A provenance value (provenance()) comes
	 * from one citation's quote or source and rests on no other: an item
	 * cited from two articles has each one's address on the row of its own
	 * citation only, not on the other's with a quote that does not give it
	 * (on this project's site, 52 of 2,465 rows were such). Any other value
	 * rests on every citation of the item.
	 */
	private restsOn(prop: string, value: string, citations: readonly Citation[]): readonly Citation[] {
		const from = PROVENANCE[prop as keyof typeof PROVENANCE];
		if (!from) return citations;
		return citations.filter((citation) => from(citation, this.site.sources.get(citation.source)) === value);
	}

	private citationColumns(citation: Citation) {
		const source = this.site.sources.get(citation.source);
		return {
			sourceId: citation.source as string,
			quote: citation.quote,
			sourcePublished: source?.data.published.status === 'stated' ? source.data.published.date : null,
			sourceRetrieved: source?.data.retrieved.status === 'stated' ? source.data.retrieved.date : null,
		};
	}

	/** What FtM defines for an interval's provenance, from the cited sources, each only where stated. */
	provenance(citations: readonly Citation[]): Props {
		return Object.fromEntries(Object.entries(PROVENANCE).map(([prop, from]) => [prop, citations.map((citation) => from(citation, this.site.sources.get(citation.source)))]));
	}
}

function sourceEntity(builder: Builder, source: SiteSource) {
	const { data } = source;
	const language = ISO_639_3[data.language.split('-')[0] ?? ''];
	builder.add(
		sourceId(source.id),
		'Article',
		{
			name: [data.title],
			title: [data.title],
			// The stored copy's file: Document requires a file name, and this is the text every quote was checked against.
			fileName: [data.text],
			publisher: [data.publisher ?? undefined],
			publishedAt: [data.published.status === 'stated' ? data.published.date : undefined],
			retrievedAt: [data.retrieved.status === 'stated' ? data.retrieved.date : undefined],
			sourceUrl: [data.url],
			language: [language],
			notes: [data.originalPublisher ? `Originally published by ${data.originalPublisher}.` : undefined, data.note],
		},
		'source',
	);
}

function sheetEntity(builder: Builder, sheet: SiteSheet) {
	const { data } = sheet;
	const links = identifierLinks(data.identifiers);
	builder.add(
		sheetId(sheet.slug),
		sheet.kind.ftm,
		{
			name: [data.name],
			alias: [...data.aliases],
			description: [data.description],
			notes: [data.pseudonymous ? 'The sources give this person a pseudonym to protect their safety.' : undefined],
			...Object.fromEntries(
				links.flatMap((link) => {
					const prop = IDENTIFIER_SCHEMES[link.scheme].ftm;
					return prop ? [[prop, [link.id]]] : [];
				}),
			),
		},
		'editors',
	);
}

function roleEntities(builder: Builder, site: Site, sheet: SiteSheet) {
	const holderKind = sheet.kind.ftm;
	sheet.data.roles.forEach((role, i) => {
		const org = role.org ? site.sheets.get(role.org) : undefined;
		const orgIsOrganisation = org !== undefined && org.kind.ftm !== 'Person';
		const orgName = org && !orgIsOrganisation ? org.data.name : role.orgName;
		const citations = role.citations;
		const interval = { startDate: [role.start], endDate: [role.end], status: [role.former ? 'ended' : undefined], ...builder.provenance(citations) };
		if (holderKind !== 'Person' && orgIsOrganisation) {
			builder.add(`membership.${sheet.slug}.role-${i + 1}`, 'Membership', { member: [sheetId(sheet.slug)], organization: [sheetId(org.slug)], role: [role.title], ...interval }, citations);
			return;
		}
		const positionId = `position.${sheet.slug}.${i + 1}`;
		builder.add(
			positionId,
			'Position',
			{ name: [orgName ? `${role.title}, ${orgName}` : role.title], organization: [orgIsOrganisation ? sheetId(org.slug) : undefined] },
			citations,
		);
		const { status, ...rest } = interval;
		if (holderKind === 'Person') {
			builder.add(`occupancy.${sheet.slug}.${i + 1}`, 'Occupancy', { holder: [sheetId(sheet.slug)], post: [positionId], status, ...rest }, citations);
		} else {
			builder.add(`link.${sheet.slug}.role-${i + 1}`, 'UnknownLink', { subject: [sheetId(sheet.slug)], object: [positionId], role: [role.title], ...rest }, citations);
		}
	});
}

function relationEntities(builder: Builder, site: Site, sheet: SiteSheet) {
	sheet.data.relations.forEach((relation, i) => {
		const target = site.sheets.get(relation.target);
		if (!target) return;
		const type = relationTypeOf(site.vocabulary, relation.type);
		const mapped = type.ftm ?? unknownLink;
		const fits = fitsEnd(mapped.fromIs, sheet.kind.ftm) && fitsEnd(mapped.toIs, target.kind.ftm);
		const chosen = fits ? mapped : unknownLink;
		builder.add(
			`relation.${sheet.slug}.${i + 1}`,
			chosen.schema,
			{
				[chosen.from]: [sheetId(sheet.slug)],
				[chosen.to]: [sheetId(target.slug)],
				[chosen.label]: [chosen.words ?? type.label],
				startDate: [relation.start],
				endDate: [relation.end],
				description: [relation.note],
				...builder.provenance(relation.citations),
			},
			relation.citations,
		);
	});
}

function factEntities(builder: Builder, site: Site, sheet: SiteSheet) {
	for (const fact of [...sheet.data.facts].sort((a, b) => byId(a.id, b.id))) {
		const claimant = fact.claimant?.sheet ? site.sheets.get(fact.claimant.sheet)?.data.name : fact.claimant?.party;
		fact.citations.forEach((citation, i) => {
			builder.add(
				`fact.${sheet.slug}.${fact.id}.${i + 1}`,
				'Documentation',
				{
					entity: [sheetId(sheet.slug)],
					document: [sourceId(citation.source)],
					role: [claimant ? `claim by ${claimant}` : 'fact'],
					description: [fact.statement],
					date: [fact.date ?? fact.asOf],
					...builder.provenance([citation]),
				},
				[citation],
			);
		});
	}
}

/** Every entity and statement, sources first (by id), then each sheet (by slug) with its roles, relations and facts. */
export function ftmExport(site: Site): FtmExport {
	const builder = new Builder(site);
	for (const source of [...site.sourceList].sort((a, b) => byId(a.id, b.id))) sourceEntity(builder, source);
	const sheets = [...site.sheetList].sort((a, b) => byId(a.slug, b.slug));
	for (const sheet of sheets) sheetEntity(builder, sheet);
	for (const sheet of sheets) {
		roleEntities(builder, site, sheet);
		relationEntities(builder, site, sheet);
		factEntities(builder, site, sheet);
	}
	return { entities: builder.entities, statements: builder.statements };
}

/** entities.ftm.json: one JSON object per line, as `ftm` and Aleph read it; as its lines, each with its line end (see statementsCsvLines in statements-csv.ts). */
export function ftmLineList(entities: readonly FtmEntity[]): string[] {
	return entities.map((entity) => `${JSON.stringify({ id: entity.id, schema: entity.schema, properties: entity.properties })}\n`);
}

