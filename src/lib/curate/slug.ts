import { MAX_ID_LENGTH } from '../../schemas/ids.ts';

/**
 * A slug or id from a name: accents dropped, lowercase letters and digits
 * joined by single hyphens, at most MAX_ID_LENGTH characters ("Zoë
 * Ó'Brien" → "zoe-obrien"). Empty when the name has no Latin letter or digit.
 */
export function slugFrom(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]/gu, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, MAX_ID_LENGTH)
		.replace(/-+$/, '');
}
