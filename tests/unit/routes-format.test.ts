import { describe, expect, it } from 'vitest';
import { formatDateClaim, formatFigureValue, formatRoleTitle } from '../../src/lib/site/format.ts';
import { englishUi } from '../helpers/ui.ts';

const formatDate = englishUi.format.date;
import { sheetPath, sourcePath, withBase } from '../../src/lib/site/routes.ts';

describe('routes', () => {
	it('puts people under /people/ and every other kind under /organisations/', () => {
		expect(sheetPath('jane-doe', 'people')).toBe('people/jane-doe/');
		expect(sheetPath('harbour-guard', 'organisations')).toBe('organisations/harbour-guard/');
		expect(sheetPath('acme', 'organisations')).toBe('organisations/acme/');
		expect(sourcePath('x')).toBe('sources/x/');
	});
	it('honours any base, with or without its final slash', () => {
		expect(withBase('/', sourcePath('x'))).toBe('/sources/x/');
		expect(withBase('/fact-sheets', sourcePath('x'))).toBe('/fact-sheets/sources/x/');
		expect(withBase('/fact-sheets/', sheetPath('a', 'people'), 'fact-1')).toBe('/fact-sheets/people/a/#fact-1');
	});
});

describe('format', () => {
	it('writes dates at their own precision', () => {
		expect(formatDate('2026-02-08')).toBe('8 February 2026');
		expect(formatDate('2026-01')).toBe('January 2026');
		expect(formatDate('2025')).toBe('2025');
	});
	it('says how a source date is known', () => {
		expect(formatDateClaim({ status: 'stated', date: '2026-02-11', statedAs: '11 Feb 2026' }, englishUi)).toBe('11 February 2026');
		expect(formatDateClaim({ status: 'inferred', date: '2026-01-20', reason: 'r' }, englishUi)).toBe('20 January 2026 or later (inferred)');
		expect(formatDateClaim({ status: 'unknown', reason: 'r' }, englishUi)).toBe('unknown');
	});
	it('writes figures in the source terms', () => {
		expect(formatFigureValue({ metric: 'm' as never, value: 6961, qualifier: 'exact' }, englishUi)).toBe('6,961');
		expect(formatFigureValue({ metric: 'm' as never, value: 2063, qualifier: 'at-least' }, englishUi)).toBe('at least 2,063');
		expect(formatFigureValue({ metric: 'm' as never, qualifier: 'hundreds' }, englishUi)).toBe('hundreds');
	});

	it('says "former" once in a role\'s title, whether or not the title has it', () => {
		expect(formatRoleTitle({ title: 'head of research', former: true }, englishUi)).toBe('former head of research');
		expect(formatRoleTitle({ title: 'former head of research', former: true }, englishUi)).toBe('former head of research');
		expect(formatRoleTitle({ title: 'Former head of research', former: true }, englishUi, { start: true })).toBe('Former head of research');
		expect(formatRoleTitle({ title: 'head of research', former: true }, englishUi, { start: true })).toBe('Former head of research');
		expect(formatRoleTitle({ title: 'senior adviser', former: false }, englishUi, { start: true })).toBe('senior adviser');
		expect(formatRoleTitle({ title: 'former head', former: false }, englishUi)).toBe('former head');
	});
});
