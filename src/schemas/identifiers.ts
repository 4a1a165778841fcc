import { z } from 'zod';

/**
 * Identifiers of an actor in other registers, added by the editors: a
 * curator's link, not a sourced fact (the sources do not state them), so the
 * page shows them apart from the cited facts ("identified by the editors
 * as …"). Each scheme checks the format of its ids and says where an id
 * leads; the exports give them as JSON-LD `sameAs` and FollowTheMoney
 * properties (`ftm`, where FtM has one).
 */
export const IDENTIFIER_SCHEMES = {
	wikidata: {
		label: 'Wikidata',
		pattern: /^Q[1-9]\d*$/,
		example: 'Q42',
		url: (id: string) => `https://www.wikidata.org/wiki/${id}`,
		ftm: 'wikidataId',
	},
	isni: {
		label: 'ISNI',
		pattern: /^\d{15}[\dX]$/,
		example: '0000000121032683',
		url: (id: string) => `https://isni.org/isni/${id}`,
		ftm: undefined,
	},
	viaf: {
		label: 'VIAF',
		pattern: /^[1-9]\d*$/,
		example: '113230702',
		url: (id: string) => `https://viaf.org/viaf/${id}`,
		ftm: undefined,
	},
	lei: {
		label: 'LEI',
		pattern: /^[0-9A-Z]{18}\d{2}$/,
		example: '5493001KJTIIGC8Y1R12',
		url: (id: string) => `https://search.gleif.org/#/record/${id}`,
		ftm: 'leiCode',
	},
	opensanctions: {
		label: 'OpenSanctions',
		pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
		example: 'NK-abc123',
		url: (id: string) => `https://www.opensanctions.org/entities/${id}/`,
		ftm: undefined,
	},
} as const satisfies Record<
	string,
	{ label: string; pattern: RegExp; example: string; url: (id: string) => string; ftm: 'wikidataId' | 'leiCode' | undefined }
>;
export type IdentifierScheme = keyof typeof IDENTIFIER_SCHEMES;
const schemeNames = Object.keys(IDENTIFIER_SCHEMES) as [IdentifierScheme, ...IdentifierScheme[]];

const schemeId = (scheme: IdentifierScheme) => {
	const { label, pattern, example } = IDENTIFIER_SCHEMES[scheme];
	return z
		.string()
		.trim()
		.regex(pattern, { message: `expected a ${label} id such as "${example}"` })
		.optional();
};

/** `identifiers:` in a sheet's frontmatter: `{ wikidata: Q42 }`; each scheme at most once, each id in its scheme's format. */
export const identifiersSchema = z.strictObject(
	Object.fromEntries(schemeNames.map((scheme) => [scheme, schemeId(scheme)])) as { [S in IdentifierScheme]: ReturnType<typeof schemeId> },
);
export type Identifiers = z.output<typeof identifiersSchema>;

/** A sheet's identifiers in the order of IDENTIFIER_SCHEMES, with the address each leads to. */
export function identifierLinks(identifiers: Identifiers): { scheme: IdentifierScheme; label: string; id: string; url: string }[] {
	return schemeNames.flatMap((scheme) => {
		const id = identifiers[scheme];
		return id === undefined ? [] : [{ scheme, label: IDENTIFIER_SCHEMES[scheme].label, id, url: IDENTIFIER_SCHEMES[scheme].url(id) }];
	});
}
