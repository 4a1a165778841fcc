/**
 * Renders preview cards on worker threads (card-worker.ts), which write them
 * to the cache; whoever asked then reads the file. Cards are queued in the
 * order asked, so a build can queue them all before it renders any page and
 * have the workers finish them while the main thread renders other pages.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardText } from './card.ts';
import { CARD_WORKER_DATA, type CardJob, type CardJobDone } from './card-job.ts';

/** A card to render into `file`; `name` identifies it in errors. */
export interface CardRequest {
	readonly name: string;
	readonly card: CardText;
	readonly file: string;
}

interface PendingCard extends CardRequest {
	readonly id: number;
	readonly done: Promise<void>;
	readonly resolve: () => void;
	readonly reject: (error: Error) => void;
	/** Someone awaits it: the workers then keep the process alive until it is done. */
	awaited: boolean;
}

interface PoolWorker {
	readonly thread: Worker;
	/** Cards posted to it and not yet done, by id. */
	readonly cards: Map<number, PendingCard>;
	finished: number;
}

/**
 * How many cards a worker is sent ahead. Enough that it keeps working while
 * the main thread is busy with a long page (about half a second's worth), few
 * enough that a card someone waits for never sits behind many others.
 */
const INBOX_SIZE = 32;

/** How long workers wait for more cards before they stop. */
const IDLE_WORKER_MS = 1000;

/** One per core, but at most 4: each worker holds a few hundred MB, and the main thread has pages to render. */
export const defaultWorkerCount = () => Math.min(availableParallelism(), 4);

export class CardPool {
	readonly #maxWorkers: number;
	readonly #idleWorkerMs: number;
	/** Cards no worker has yet, first to render first. */
	readonly #queue: PendingCard[] = [];
	/** Every card queued or in a worker, by file. */
	readonly #pending = new Map<string, PendingCard>();
	readonly #workers = new Set<PoolWorker>();
	/** How many pending cards someone awaits. */
	#awaited = 0;
	#nextId = 0;
	#workerUrl: string | undefined;
	#loadingWorker: Promise<void> | undefined;
	#idleTimer: NodeJS.Timeout | undefined;

	constructor({ workers = defaultWorkerCount(), idleWorkerMs = IDLE_WORKER_MS }: { workers?: number; idleWorkerMs?: number } = {}) {
		this.#maxWorkers = Math.max(1, workers);
		this.#idleWorkerMs = idleWorkerMs;
	}

	/** Worker threads running now: none soon after every card is done. */
	get workerCount(): number {
		return this.#workers.size;
	}

	/** Starts rendering the card, after those queued before it, unless it is on its way already. */
	queue(card: CardRequest): void {
		void this.#add(card);
	}

	/**
	 * Renders the card and resolves once it is in its file. Urgent (the
	 * default: a page waits for it), it goes first unless a worker has it
	 * already; otherwise it keeps its place in the queue, which is what a
	 * caller awaiting every card wants (moving each to the front would cost
	 * a scan of the queue per card).
	 */
	render(card: CardRequest, { urgent = true }: { urgent?: boolean } = {}): Promise<void> {
		const pending = this.#add(card);
		if (!pending.awaited) {
			pending.awaited = true;
			this.#awaited++;
		}
		if (urgent) {
			const index = this.#queue.indexOf(pending);
			if (index > 0) this.#queue.unshift(...this.#queue.splice(index, 1));
		}
		this.#pump();
		return pending.done;
	}

	/** Stops every worker; cards not yet done fail. */
	async close(): Promise<void> {
		clearTimeout(this.#idleTimer);
		const stopping = [...this.#workers].map((worker) => this.#stop(worker));
		this.#queue.length = 0;
		for (const card of this.#pending.values()) this.#settle(card, 'the card pool was closed');
		await Promise.all(stopping);
	}

	#add(card: CardRequest): PendingCard {
		const existing = this.#pending.get(card.file);
		if (existing) return existing;
		let resolve!: () => void;
		let reject!: (error: Error) => void;
		const done = new Promise<void>((onDone, onError) => {
			resolve = onDone;
			reject = onError;
		});
		// A card queued ahead may fail before anyone awaits it; whoever awaits it later still gets the error.
		done.catch(() => {});
		const pending: PendingCard = { ...card, id: this.#nextId++, done, resolve, reject, awaited: false };
		this.#pending.set(card.file, pending);
		this.#queue.push(pending);
		this.#pump();
		return pending;
	}

	/** Hands queued cards to workers with room in their inbox, starting workers as needed. */
	#pump(): void {
		if (this.#workerUrl === undefined) {
			this.#loadWorkerUrl();
			return;
		}
		while (this.#queue.length > 0) {
			const worker = this.#nextWorker();
			if (!worker) break;
			const card = this.#queue.shift()!;
			worker.cards.set(card.id, card);
			worker.thread.postMessage({ id: card.id, card: card.card, file: card.file } satisfies CardJob);
		}
		if (this.#pending.size > 0) clearTimeout(this.#idleTimer);
		this.#keepAliveWhileAwaited();
	}

	/**
	 * An idle worker, else a new one, else the least busy with room in its inbox.
	 * While nobody awaits a card yet, the main thread is busy with the rest of
	 * the build (content sync, bundling), so cards rendered ahead leave it a
	 * core: with two cores, one worker until a page waits for its card.
	 */
	#nextWorker(): PoolWorker | undefined {
		const limit = this.#workerLimit();
		// The oldest workers first: those past the limit get no more cards, and stop once theirs are done.
		const workers = [...this.#workers].slice(0, limit).sort((a, b) => a.cards.size - b.cards.size);
		if (workers[0]?.cards.size === 0) return workers[0];
		if (workers.length < limit) return this.#start(this.#workerUrl!);
		return workers.find((worker) => worker.cards.size < INBOX_SIZE);
	}

	/**
	 * All workers while someone waits for a card; one fewer otherwise. The
	 * limit falls again once the waiting is over: a build that renders one
	 * card for a page (the site's own) must not leave the sheets' cards
	 * taking the main thread's core while it renders the other pages.
	 */
	#workerLimit(): number {
		return this.#awaited > 0 ? this.#maxWorkers : Math.max(1, this.#maxWorkers - 1);
	}

	#loadWorkerUrl(): void {
		this.#loadingWorker ??= import('./card-worker.ts').then(
			({ CARD_WORKER_URL }) => {
				this.#workerUrl = CARD_WORKER_URL;
				this.#pump();
			},
			(error: unknown) => this.#failQueued(new Error('The preview-card worker module could not be loaded', { cause: error })),
		);
	}

	#start(url: string): PoolWorker {
		const worker: PoolWorker = { thread: new Worker(new URL(url), { workerData: CARD_WORKER_DATA }), cards: new Map(), finished: 0 };
		this.#workers.add(worker);
		worker.thread.on('message', (message: CardJobDone) => this.#finished(worker, message));
		worker.thread.on('error', (error) => this.#lost(worker, error));
		worker.thread.on('exit', (code) => this.#lost(worker, new Error(`The preview-card worker stopped (exit code ${code})`)));
		return worker;
	}

	#finished(worker: PoolWorker, { id, error }: CardJobDone): void {
		const card = worker.cards.get(id);
		if (!card) return;
		worker.cards.delete(id);
		worker.finished++;
		this.#settle(card, error);
		this.#pump();
		this.#stopSurplus(worker);
		this.#stopWhenIdle();
	}

	/** A worker crashed or stopped by itself: its cards fail, and so does every queued card if it never finished one (it could not start). */
	#lost(worker: PoolWorker, error: Error): void {
		if (!this.#workers.delete(worker)) return;
		for (const card of worker.cards.values()) this.#settle(card, error.message, error);
		if (worker.finished === 0) this.#failQueued(error);
		this.#pump();
		this.#stopWhenIdle();
	}

	#failQueued(error: Error): void {
		for (const card of this.#queue.splice(0)) this.#settle(card, error.message, error);
	}

	/** The card is in its file, or failed: `reason` is the worker's stack trace, or why no worker got that far. */
	#settle(card: PendingCard, reason?: string, cause?: Error): void {
		this.#pending.delete(card.file);
		if (card.awaited) this.#awaited--;
		if (reason === undefined) card.resolve();
		else card.reject(new Error(`The preview card of "${card.name}" could not be rendered: ${reason}`, { cause }));
	}

	/** A worker beyond the limit with nothing left to do stops at once: it would take no more cards. */
	#stopSurplus(worker: PoolWorker): void {
		if (worker.cards.size > 0 || !this.#workers.has(worker)) return;
		if ([...this.#workers].indexOf(worker) >= this.#workerLimit()) void this.#stop(worker);
	}

	/**
	 * Idle workers are stopped after a moment, not kept: they hold memory the
	 * rest of the build can use. The moment spares a card asked for soon after
	 * (the site's own card, after the sheets') the 250 ms a new worker takes
	 * to start.
	 */
	#stopWhenIdle(): void {
		if (this.#pending.size > 0) return;
		clearTimeout(this.#idleTimer);
		this.#idleTimer = setTimeout(() => {
			for (const worker of this.#workers) void this.#stop(worker);
		}, this.#idleWorkerMs).unref();
	}

	async #stop(worker: PoolWorker): Promise<void> {
		this.#workers.delete(worker);
		await worker.thread.terminate();
	}

	/**
	 * Workers keep the process alive only while someone awaits a card. An
	 * awaited promise alone would not: the process would exit with the page
	 * unwritten. Cards queued ahead and never awaited (the build failed
	 * elsewhere) must not hold it open.
	 */
	#keepAliveWhileAwaited(): void {
		for (const worker of this.#workers) {
			if (this.#awaited > 0) worker.thread.ref();
			else worker.thread.unref();
		}
	}
}
