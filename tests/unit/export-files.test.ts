import { describe, expect, it } from 'vitest';
import { dataDownloads, EXPORT_FILES, exportsSizeAdvice, LARGE_EXPORTS_BYTES, publishedExportPath } from '../../src/lib/exports/files.ts';
import { DATA_PATHS, type SitePath } from '../../src/lib/site/routes.ts';

describe('the export table', () => {
	it('lists every data path once', () => {
		expect(EXPORT_FILES.map((file) => file.path).sort()).toEqual(Object.values(DATA_PATHS).sort());
		expect(new Set(EXPORT_FILES.map((file) => file.key)).size).toBe(EXPORT_FILES.length);
	});

	it('adds .gz to a gzipped export’s path and gzip to its media types', () => {
		const facts = EXPORT_FILES.find((file) => file.key === 'facts')!;
		expect(publishedExportPath(facts, false)).toBe('data/facts.json');
		expect(publishedExportPath(facts, true)).toBe('data/facts.json.gz');
		const absolute = (path: SitePath) => `https://example.org/${path}`;
		expect(dataDownloads(true, absolute, ['facts'])).toEqual([{ name: 'facts.json.gz', url: 'https://example.org/data/facts.json.gz', encodingFormat: ['application/json', 'application/gzip'] }]);
		expect(dataDownloads(false, absolute, ['facts'])).toEqual([{ name: 'facts.json', url: 'https://example.org/data/facts.json', encodingFormat: 'application/json' }]);
	});
});

describe('exportsSizeAdvice', () => {
	it('says nothing of small exports, or of gzipped ones however large', () => {
		expect(exportsSizeAdvice(LARGE_EXPORTS_BYTES, false)).toBeUndefined();
		expect(exportsSizeAdvice(10 * LARGE_EXPORTS_BYTES, true)).toBeUndefined();
	});

	it('names the size, the option to set, where, and why', () => {
		expect(exportsSizeAdvice(620 * 1024 * 1024, false)).toBe(
			'The data exports are 620.0 MB of the site. Set `exports: { gzip: true }` in factSheetsConfig() (astro.config.mjs) to publish them gzipped, about a tenth of the size: GitHub Pages refuses a site over 1 GB (docs/scaling.md). Their addresses gain ".gz".',
		);
	});
});
