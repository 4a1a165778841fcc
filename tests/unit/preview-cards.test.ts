/** Preview cards render to 1200×630 PNGs on worker threads and are cached by what they show. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, type CardText } from '../../src/lib/og/card.ts';
import { CardPool } from '../../src/lib/og/card-pool.ts';
import { encodePng } from '../../src/lib/og/png.ts';
import { drawCard, rasteriseCard } from '../../src/lib/og/rasterise.ts';
import { publishCards } from '../../src/lib/og/publish.ts';
import { renderCardPng } from '../../src/lib/og/render.ts';
import { cachedCardFile } from '../../src/lib/og/card-cache.ts';
import { threadNiceness } from '../helpers/threads.ts';
import { decodePng } from './png-decode.ts';

/** The row filter of each row of a PNG with a single IDAT chunk and 8-bit RGBA pixels. */
const filtersOf = (png: Uint8Array): number[] => {
	const bytes = Buffer.from(png);
	const [width, height] = size(png) as [number, number];
	const idat = bytes.indexOf('IDAT');
	const rows = inflateSync(bytes.subarray(idat + 4, idat + 4 + bytes.readUInt32BE(idat - 4)));
	return Array.from({ length: height }, (_, row) => rows[row * (width * 4 + 1)]!);
};

const size = (png: Uint8Array) => {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return [view.getUint32(16), view.getUint32(20)];
};

/** A card no earlier run has cached. */
const testCard = (title: string): CardText => ({
	eyebrow: 'Person',
	title: `${title} ${process.pid}-${Date.now()}`,
	description: 'A test of the preview card renderer, with a description long enough to wrap onto a second line of the card.',
	footer: 'Fact sheets · 1 cited fact from 1 source',
});

const scratch = mkdtempSync(join(tmpdir(), 'preview-cards-'));
/** The card cache of these tests. */
const cards = join(scratch, 'cards');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('preview cards', () => {
	it('render as PNG at the OpenGraph size, the same bytes for the same card', async () => {
		const card = testCard('Test card');
		const other = { ...card, title: `${card.title}, another` };
		const first = await renderCardPng(card, cards);
		const second = await renderCardPng(other, cards);
		expect(new TextDecoder().decode(first.subarray(1, 4))).toBe('PNG');
		expect(size(first)).toEqual([CARD_WIDTH, CARD_HEIGHT]);
		expect(Buffer.compare(first, second)).not.toBe(0);
		expect(Buffer.compare(await renderCardPng(card, cards), first)).toBe(0);
	});

});

describe('the PNG encoder', () => {
	it('writes exactly the pixels it is given', () => {
		const [width, height] = [7, 3];
		const rgba = Uint8Array.from({ length: width * height * 4 }, (_, index) => (index * 37) % 256);
		expect(decodePng(encodePng(rgba, width, height))).toEqual({ width, height, rgba });
	});

	it('writes rows that repeat the one above as such, and the pixels still come back', () => {
		const [width, height] = [5, 4];
		const row = Uint8Array.from({ length: width * 4 }, (_, index) => (index * 53) % 256);
		const other = row.map((value) => 255 - value);
		const rgba = Uint8Array.from([...row, ...row, ...other, ...other]);
		const png = encodePng(rgba, width, height);
		expect(decodePng(png)).toEqual({ width, height, rgba });
		// Rows 2 and 4 repeat rows 1 and 3: written with the "up" filter (2), the others unfiltered (0).
		expect(filtersOf(png)).toEqual([0, 2, 0, 2]);
	});

	it('writes RGBA pixels the canvas drew as the canvas\'s own encoder does, pixel for pixel', () => {
		const rgba = drawCard(testCard('Encoder'));
		// The same pixels drawn on a canvas of their own, and encoded by Skia.
		const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
		const context = canvas.getContext('2d');
		const image = context.createImageData(CARD_WIDTH, CARD_HEIGHT);
		image.data.set(rgba);
		context.putImageData(image, 0, 0);
		expect(decodePng(encodePng(rgba, CARD_WIDTH, CARD_HEIGHT))).toEqual(decodePng(canvas.encodeSync('png')));
	});

	it('refuses pixels that do not fit the size', () => {
		expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrowErrorMatchingInlineSnapshot(`[Error: Expected 2×2 RGBA pixels (16 bytes), got 10 bytes]`);
	});
});

describe('the card pool', () => {
	const request = (card: CardText, file = join(scratch, `${card.title}.png`)) => ({ name: card.title, card, file });

	it('renders on worker threads the same bytes as this thread, then stops its workers', async () => {
		const pool = new CardPool({ workers: 2, idleWorkerMs: 0 });
		const cards = ['One', 'Two', 'Three', 'Four', 'Five'].map((title) => request(testCard(title)));
		for (const card of cards) pool.queue(card);
		await pool.render(cards[3]!);
		await Promise.all(cards.map((card) => pool.render(card)));
		for (const card of cards) expect(Buffer.compare(readFileSync(card.file), await rasteriseCard(card.card)), card.name).toBe(0);
		await vi.waitFor(() => expect(pool.workerCount).toBe(0));
	});

	it('leaves the main thread a core for cards nobody waits for yet, and uses every worker once a page waits', async () => {
		// At the runner's own priority: other test files, running meanwhile, must not starve its workers.
		const pool = new CardPool({ workers: 2, lowPriority: false });
		// More cards than one worker's inbox holds, so that some are still queued when a page asks; and
		// many more than the two inboxes, so that plenty are left when the second worker stops (a card
		// takes about 5 ms: with 120, the first worker had sometimes finished them all by then).
		const cards = Array.from({ length: 400 }, (_, index) => request(testCard(`Ahead ${index}`)));
		for (const card of cards) pool.queue(card);
		await vi.waitFor(() => expect(pool.workerCount).toBe(1));
		const waited = pool.render(cards[39]!);
		expect(pool.workerCount).toBe(2);
		await waited;
		// Nobody waits any more: the second worker finishes the cards it has and stops, the first goes on.
		// Its inbox (32 cards) takes well under a second; the long timeout is for a machine shared with other
		// builds, where a card took 150 ms and the 32 more than the 5 s this test once allowed.
		await vi.waitFor(() => expect(pool.workerCount).toBe(1), { timeout: 20_000, interval: 10 });
		expect(cards.filter((card) => existsSync(card.file)).length).toBeLessThan(cards.length);
		await Promise.all(cards.map((card) => pool.render(card)));
		expect(cards.every((card) => existsSync(card.file))).toBe(true);
		await pool.close();
	});

	describe('cards handed out at once (handOutNow), as a build queues them before it verifies', () => {
		/** Sleeps without letting the event loop run, as a thread busy verifying would not. */
		const block = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
		/** A pool of two workers at the runner's own priority (other test files must not starve them), ready, and `count` cards queued at once. */
		const queuedAtOnce = async (count: number, label: string) => {
			const pool = new CardPool({ workers: 2, lowPriority: false });
			await pool.ready();
			const cards = Array.from({ length: count }, (_, index) => request(testCard(`${label} ${index}`)));
			for (const card of cards) pool.queue(card, { handOutNow: true });
			return { pool, cards };
		};

		it('render while this thread stays busy, where a few at a time could not get past the first inbox', async () => {
			const { pool, cards } = await queuedAtOnce(200, 'Busy');
			// Without handOutNow the worker has 32 cards (INBOX_SIZE) until this thread hands out more, which it never does here.
			const deadline = performance.now() + 30_000;
			let written = 0;
			while (performance.now() < deadline && (written = cards.filter((card) => existsSync(card.file)).length) <= 40) block(20);
			expect(written).toBeGreaterThan(40);
			await Promise.all(cards.map((card) => pool.render(card)));
			await pool.close();
		});

		it('leave a card a page waits for a worker of its own, not a place behind them', async () => {
			const { pool, cards } = await queuedAtOnce(1000, 'Backlog');
			await vi.waitFor(() => expect(pool.workerCount).toBe(1));
			const page = request(testCard('Waited for'));
			const waited = pool.render(page);
			expect(pool.workerCount).toBe(2);
			await waited;
			expect(existsSync(page.file)).toBe(true);
			// Long before the first worker is through its 1,000 (about 5 s of work).
			expect(cards.filter((card) => existsSync(card.file)).length).toBeLessThan(cards.length);
			await pool.close();
		});

		it('are shared with a second worker once someone waits for them all', async () => {
			const { pool, cards } = await queuedAtOnce(400, 'Shared');
			await vi.waitFor(() => expect(pool.workerCount).toBe(1));
			// As a build does once its pages are done: it waits for every card, none of them urgent.
			const all = Promise.all(cards.map((card) => pool.render(card, { urgent: false })));
			expect(pool.workerCount).toBe(2);
			await all;
			expect(cards.every((card) => existsSync(card.file))).toBe(true);
			// Both workers then find nothing left (each skips what the other rendered) and stop.
			await vi.waitFor(() => expect(pool.workerCount).toBe(0), { timeout: 20_000, interval: 10 });
		});
	});

	it.runIf(process.platform === 'linux')('runs its workers at the lowest priority unless told otherwise, and leaves every other thread as it was', async () => {
		const before = threadNiceness();
		for (const lowPriority of [true, false]) {
			const pool = new CardPool({ workers: 1, lowPriority });
			const card = request(testCard(`Priority ${lowPriority}`));
			// An idle worker stops only after a moment (idleWorkerMs), so it is still there when the threads are read.
			await pool.render(card);
			const after = threadNiceness();
			const lowered = [...after].filter(([thread, nice]) => nice === constants.priority.PRIORITY_LOW && before.get(thread) !== nice);
			expect(lowered.length, `lowPriority: ${lowPriority}`).toBe(lowPriority ? 1 : 0);
			// Threads that were there before (this one among them) keep their priority.
			for (const [thread, nice] of before) if (after.has(thread)) expect(after.get(thread), `thread ${thread}`).toBe(nice);
			await pool.close();
		}
	});

	it('starts no more workers than it has cards for', async () => {
		const pool = new CardPool({ workers: 2 });
		await pool.render(request(testCard('Alone')));
		expect(pool.workerCount).toBe(1);
		await pool.close();
	});

	it('fails a card that cannot be rendered with its name and the reason, and renders the rest', async () => {
		const pool = new CardPool({ workers: 1, idleWorkerMs: 0 });
		const good = request(testCard('Good'));
		// A card whose file would go in a folder inside a file: writing it fails.
		const notAFolder = join(scratch, 'not-a-folder');
		writeFileSync(notAFolder, '');
		const broken = request(testCard('Broken'), join(notAFolder, 'broken.png'));
		pool.queue(broken);
		await expect(pool.render(broken)).rejects.toThrow(/^The preview card of "Broken \S+" could not be rendered: Error: EEXIST: file already exists, mkdir '[^']+not-a-folder'\n\s+at /);
		await expect(pool.render(good)).resolves.toBeUndefined();
		await vi.waitFor(() => expect(pool.workerCount).toBe(0));
	});

	it('fails the cards still waiting when it is closed', async () => {
		const pool = new CardPool({ workers: 1 });
		const cards = ['Six', 'Seven', 'Eight'].map((title) => request(testCard(title)));
		const rendered = cards.map((card) => pool.render(card));
		await pool.close();
		await expect(rendered[2]).rejects.toThrow(/^The preview card of "Eight \S+" could not be rendered: the card pool was closed$/);
		expect(pool.workerCount).toBe(0);
	});

	/** Runs `script` in a fresh Node process, as `astro build` or a plain script would use the renderer. */
	const runNode = (script: string) => {
		const file = join(scratch, `script-${performance.now()}.mjs`);
		writeFileSync(file, script);
		return spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 });
	};
	const renderModule = JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../src/lib/og/render.ts')).href);

	it('lets the process exit once the cards it waits for are done, under Node with no bundler', () => {
		const card = JSON.stringify(testCard('Exit'));
		const result = runNode(`import { renderCardPng } from ${renderModule}; const png = await renderCardPng(${card}, ${JSON.stringify(cards)}); console.log(png.length > 1000);`);
		expect(result.stderr).toBe('');
		expect([result.status, result.stdout.trim()]).toEqual([0, 'true']);
	});

	it('does not hold the process open for cards queued ahead that nobody waits for', () => {
		const abandoned = JSON.stringify(Array.from({ length: 200 }, (_, index) => testCard(`Abandoned ${index}`)));
		const started = performance.now();
		const result = runNode(`import { queueCards } from ${renderModule}; queueCards(${abandoned}, ${JSON.stringify(cards)}); setTimeout(() => console.log('exiting'), 500);`);
		expect([result.status, result.stdout.trim()]).toEqual([0, 'exiting']);
		// 200 cards take seconds to render; the process must not wait for them.
		expect(performance.now() - started).toBeLessThan(2_500);
	});
});

describe('publishing the cards into a built site', () => {
	it('copies each card from the cache to its path, rendering those the cache lacks', async () => {
		const site = join(scratch, 'dist');
		const cached = testCard('Cached');
		const before = await renderCardPng(cached, cards);
		const fresh = testCard('Fresh');
		expect(existsSync(cachedCardFile(fresh, cards))).toBe(false);
		await publishCards(
			[
				{ card: cached, path: 'og/cached.png' },
				{ card: fresh, path: 'og/nested/fresh.png' },
			],
			cards,
			site,
		);
		expect(Buffer.compare(readFileSync(join(site, 'og/cached.png')), before)).toBe(0);
		expect(Buffer.compare(readFileSync(join(site, 'og/nested/fresh.png')), await renderCardPng(fresh, cards))).toBe(0);
	});
});
