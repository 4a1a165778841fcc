/** What the card pool (card-pool.ts) and its workers (card-worker.ts) send each other. */
import type { CardText } from './card.ts';

/** In the workers' `workerData`: a worker serves cards only when started with it (see card-worker.ts). */
export const CARD_WORKER_DATA = { role: 'fact-sheets:preview-cards' } as const;

/** A worker's `workerData`: CARD_WORKER_DATA, and whether it runs at the lowest priority (see CardPool). */
export interface CardWorkerData {
	readonly role: (typeof CARD_WORKER_DATA)['role'];
	readonly lowPriority: boolean;
}

/** Render `card` and write it to `file` (a path in the cache). */
export interface CardJob {
	readonly id: number;
	readonly card: CardText;
	readonly file: string;
}

/** The card is in `file`, or rendering it threw `error` (a stack trace). */
export interface CardJobDone {
	readonly id: number;
	readonly error?: string;
}
