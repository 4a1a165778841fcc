/**
 * A preview-card worker thread: renders each card it is sent and writes it to
 * the cache, one at a time, in the order received.
 *
 * The pool starts it from CARD_WORKER_URL, this module's own URL, which it
 * reads with a dynamic import. A path written relative to the pool would not
 * survive `astro build`: Vite bundles the pages' modules into chunks
 * elsewhere, and leaves `new URL('./x', import.meta.url)` alone in server
 * code. A module that is only ever imported dynamically gets a chunk of its
 * own, and knows where that is. Under Node and Vitest it is this .ts file,
 * which Node runs by stripping its types.
 *
 * Keep its imports to the renderer's own modules (rasterise.ts,
 * card-cache.ts, thread-priority.ts and theirs): the chunks a worker loads
 * are those of the modules it imports, and none of the site's need to be
 * among them.
 */
import { existsSync } from 'node:fs';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { CARD_WORKER_DATA, type CardJob, type CardJobDone, type CardWorkerData } from './card-job.ts';
import { lowerThreadPriority } from './thread-priority.ts';

export const CARD_WORKER_URL = import.meta.url;

async function serveCards(port: MessagePort) {
	// Imported here rather than at the top: the main thread imports this module
	// only to read its URL, and need not load the canvas for that.
	const [{ rasteriseCard }, { writeCachedCard }] = await Promise.all([import('./rasterise.ts'), import('./card-cache.ts')]);
	const render = async ({ id, card, file }: CardJob): Promise<CardJobDone> => {
		// Two workers may hold the same card (CardPool's #shareBacklog): whichever comes second finds it cached.
		if (existsSync(file)) return { id };
		try {
			await writeCachedCard(file, await rasteriseCard(card));
			return { id };
		} catch (error) {
			return { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
		}
	};
	// One card at a time, in the order sent (messages that came while loading wait in the port).
	let previous = Promise.resolve();
	port.on('message', (job: CardJob) => {
		previous = previous.then(async () => port.postMessage(await render(job)));
	});
}

// Importing this module to read its URL, on the main thread or in a test runner's own worker, starts nothing.
if (parentPort && (workerData as CardWorkerData | undefined)?.role === CARD_WORKER_DATA.role) {
	if ((workerData as CardWorkerData).lowPriority) lowerThreadPriority();
	await serveCards(parentPort);
}
