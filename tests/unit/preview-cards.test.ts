/** Preview cards render to 1200×630 PNGs and are cached by what they show. */
import { describe, expect, it } from 'vitest';
import { cardElement, CARD_HEIGHT, CARD_WIDTH, titleSize } from '../../src/lib/og/card.ts';
import { renderCardPng } from '../../src/lib/og/render.ts';

const size = (png: Uint8Array) => {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return [view.getUint32(16), view.getUint32(20)];
};

describe('preview cards', () => {
	it('render as PNG at the OpenGraph size, the same bytes for the same card', async () => {
		const card = { eyebrow: 'Person', title: `Test card ${process.pid}`, description: 'A test of the preview card renderer.', footer: 'Fact sheets · 1 cited fact from 1 source' };
		const other = { ...card, title: `${card.title}, another` };
		const first = await renderCardPng(card);
		const second = await renderCardPng(other);
		expect(new TextDecoder().decode(first.subarray(1, 4))).toBe('PNG');
		expect(size(first)).toEqual([CARD_WIDTH, CARD_HEIGHT]);
		expect(Buffer.compare(first, second)).not.toBe(0);
		expect(Buffer.compare(await renderCardPng(card), first)).toBe(0);
	});

	it('lay long names out smaller', () => {
		expect(titleSize('Basij')).toBeGreaterThan(titleSize('Islamic Revolutionary Guard Corps Intelligence Organization'));
		expect(JSON.stringify(cardElement({ eyebrow: 'e', title: 'Basij', description: 'd', footer: 'f' }))).toContain(`"fontSize":${titleSize('Basij')}`);
	});
});
