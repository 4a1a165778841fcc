import type { Citation } from '../../schemas/index.ts';
import type { LoadedSheet } from '../corpus.ts';
import type { Path } from '../content/yaml-document.ts';

/** Every citation of a sheet, with the path it was written at. */
export function* sheetCitations(sheet: LoadedSheet): Generator<{ path: Path; citation: Citation }> {
	for (const list of ['roles', 'relations', 'facts'] as const) {
		const items = sheet.data[list];
		for (let i = 0; i < items.length; i++) {
			const citations = (items[i] as { citations: Citation[] }).citations;
			for (let j = 0; j < citations.length; j++) {
				yield { path: [list, i, 'citations', j], citation: citations[j] as Citation };
			}
		}
	}
}
