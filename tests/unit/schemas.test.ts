import { describe, expect, it } from 'vitest';
import {
	citationSchema,
	claimantSchema,
	factSchema,
	figureSchema,
	isRealPartialDate,
	partialDateSchema,
	relationSchemaFor,
	roleSchema,
	sheetSchema,
	sheetSchemaFor,
	sourceSchema,
} from '../../src/schemas/index.ts';

const cite = [{ source: 's', quote: 'q' }];

describe('partial dates', () => {
	it('accepts years, months and days that exist', () => {
		for (const date of ['2025', '2026-01', '2026-02-28', '2024-02-29']) expect(isRealPartialDate(date)).toBe(true);
	});
	it('refuses days and months that do not exist, and other shapes', () => {
		for (const date of ['2026-02-29', '2026-02-30', '2026-13', '2026-00', '2026-04-31', '26-01-01', '2026/01/01', 'January 2026']) {
			expect(isRealPartialDate(date)).toBe(false);
		}
	});
	it('reads js-yaml dates and numbers back as the text written', () => {
		expect(partialDateSchema.parse(new Date(Date.UTC(2026, 1, 8)))).toBe('2026-02-08');
		expect(partialDateSchema.parse(2025)).toBe('2025');
	});
});

describe('schemas', () => {
	it('requires at least one citation with a quote', () => {
		expect(citationSchema.safeParse({ source: 's', quote: '  ' }).success).toBe(false);
		expect(roleSchema.safeParse({ title: 't', citations: [] }).success).toBe(false);
	});
	it('requires a claimant to name a sheet or a party', () => {
		expect(claimantSchema.safeParse({ citing: 'someone' }).success).toBe(false);
		expect(claimantSchema.safeParse({ party: 'a senior official' }).success).toBe(true);
	});
	it('requires a value for stated figures and refuses one for vague counts', () => {
		expect(figureSchema.safeParse({ metric: 'deaths', value: 5 }).success).toBe(true);
		expect(figureSchema.safeParse({ metric: 'deaths' }).success).toBe(false);
		expect(figureSchema.safeParse({ metric: 'deaths', qualifier: 'hundreds' }).success).toBe(true);
		expect(figureSchema.safeParse({ metric: 'deaths', qualifier: 'hundreds', value: 200 }).success).toBe(false);
	});
	it('refuses a role with both an org sheet and an org name', () => {
		expect(roleSchema.safeParse({ title: 't', org: 'a', orgName: 'A', citations: cite }).success).toBe(false);
	});
	it('refuses relation types and kinds the vocabulary does not declare', () => {
		expect(relationSchemaFor(['member-of']).safeParse({ type: 'friend-of', target: 'a', citations: cite }).success).toBe(false);
		expect(relationSchemaFor(['friend-of']).safeParse({ type: 'friend-of', target: 'a', citations: cite }).success).toBe(true);
		const vocabulary = { kinds: ['person'], relationTypes: ['member-of'] };
		expect(sheetSchemaFor(vocabulary).safeParse({ name: 'n', kind: 'alien', description: 'd' }).success).toBe(false);
		expect(sheetSchemaFor(vocabulary).safeParse({ name: 'n', kind: 'person', description: 'd' }).success).toBe(true);
		// Without a vocabulary, any id is a kind; an id it is not.
		expect(sheetSchema.safeParse({ name: 'n', kind: 'Alien Kind', description: 'd' }).success).toBe(false);
	});
	it('refuses fact ids the page uses itself, and malformed ids', () => {
		for (const id of ['references', 'ref-3', 'role-1', 'Fact', 'two--hyphens']) {
			expect(factSchema.safeParse({ id, statement: 's', citations: cite }).success).toBe(false);
		}
		expect(factSchema.safeParse({ id: 'referenced-fact', statement: 's', citations: cite }).success).toBe(true);
	});
	it('refuses unknown fields', () => {
		expect(sheetSchema.safeParse({ name: 'n', kind: 'person', description: 'd', born: '1939' }).success).toBe(false);
	});
	it('accepts only http and https source URLs', () => {
		const source = {
			title: 't',
			publisher: null,
			published: { status: 'unknown', reason: 'r' },
			retrieved: { status: 'unknown', reason: 'r' },
			language: 'en',
			text: 'seeds/x.txt',
			sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
		};
		expect(sourceSchema.safeParse(source).success).toBe(true);
		expect(sourceSchema.safeParse({ ...source, url: 'https://example.org/a' }).success).toBe(true);
		for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/', '/relative']) {
			expect(sourceSchema.safeParse({ ...source, url }).success).toBe(false);
		}
	});
	it('requires the reasoning behind an inferred or unknown date', () => {
		expect(sourceSchema.shape.published.safeParse({ status: 'inferred', date: '2026-01-20' }).success).toBe(false);
		expect(sourceSchema.shape.published.safeParse({ status: 'stated', date: '2026-01-20' }).success).toBe(false);
	});
});
