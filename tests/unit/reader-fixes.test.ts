/** The pure parts of issue 16's small breakages and trust items: relation anchors, redirect addresses, the ids a fact may not take, the exports' licence. */
import { describe, expect, it } from 'vitest';
import { sheetsExport, type ExportContext } from '../../src/lib/exports/data-exports.ts';
import { relationAnchors } from '../../src/lib/site/model.ts';
import { redirectAddresses } from '../../src/lib/site/sheet-routes.ts';
import { sheetsExportSchema } from '../../src/schemas/index.ts';
import { isReservedAnchor } from '../../src/schemas/ids.ts';
import { siteFromCorpus, validProject } from '../helpers/project.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';

describe('relation anchors', () => {
	it('name the type and the other sheet, so adding or reordering relations moves none', () => {
		const before = relationAnchors([{ type: 'member-of', other: 'acme-institute' }]);
		const after = relationAnchors([
			{ type: 'founded', other: 'harbour-trust' },
			{ type: 'member-of', other: 'acme-institute' },
		]);
		expect(before).toEqual(['relation-member-of-acme-institute']);
		expect(after).toEqual(['relation-founded-harbour-trust', 'relation-member-of-acme-institute']);
	});

	it('number a second relation of the same type to the same sheet, and one whose anchor would repeat another', () => {
		expect(
			relationAnchors(
				[
					{ type: 'member-of', other: 'acme-institute' },
					{ type: 'member-of', other: 'acme-institute' },
					{ type: 'member', other: 'of-acme-institute' },
					{ type: 'member-of', other: 'acme-institute-2' },
				],
				'inverse',
			),
		).toEqual(['inverse-member-of-acme-institute', 'inverse-member-of-acme-institute-2', 'inverse-member-of-acme-institute-3', 'inverse-member-of-acme-institute-2-2']);
	});

	it('are ids no fact may take', () => {
		for (const id of ['relation-member-of-acme-institute', 'inverse-member-of-jane-doe', 'relation-1', 'ref-3']) expect(isReservedAnchor(id), id).toBe(true);
		for (const id of ['relationship-ends', 'relations-end', 'ref-a', 'inverse']) expect(isReservedAnchor(id), id).toBe(false);
	});
});

describe('redirect addresses of a sheet', () => {
	it('are its former slugs in its own section, and its slug and former slugs in every other', () => {
		expect(redirectAddresses('jane-doe', ['old-jane'], 'people')).toEqual([
			{ section: 'people', slug: 'old-jane' },
			{ section: 'organisations', slug: 'jane-doe' },
			{ section: 'organisations', slug: 'old-jane' },
		]);
	});

	it('do not repeat its own slug when a former slug names it (its address in the other section), nor its page', () => {
		expect(redirectAddresses('acme-institute', ['acme-institute'], 'organisations')).toEqual([{ section: 'people', slug: 'acme-institute' }]);
	});
});

describe('the licence in the exports', () => {
	const site = siteFromCorpus(verifyProject(validProject()).corpus);
	const context: ExportContext = { absolute: (path) => `https://e.org/${path}`, schemaUrl: (name) => `https://e.org/${name}.schema.json`, passages: {} };

	it('is the site’s `license` option, its address null when not given, and null when the site names none', () => {
		expect(sheetsExport(site, { ...context, license: { name: 'CC BY 4.0' } }).license).toEqual({ name: 'CC BY 4.0', url: null });
		expect(sheetsExport(site, { ...context, license: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' } }).license).toEqual({
			name: 'CC0 1.0',
			url: 'https://creativecommons.org/publicdomain/zero/1.0/',
		});
		const none = sheetsExport(site, context);
		expect(none.license).toBeNull();
		expect(sheetsExportSchema.safeParse(none).success).toBe(true);
	});
});
