/**
 * Renders preview cards on worker threads (card-worker.ts), which write them
 * to the cache; whoever asked then reads the file. Cards are queued in the
 * order asked, so a build can queue them all before it renders any page and
 * have the workers finish them while the main thread renders other pages.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardText } from './card.ts';
import { CARD_WORKER_DATA, type CardJob, type CardJobDone, type CardWorkerData } from './card-job.ts';

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
	/** Queued with `handOutNow` (see queue()). */
	handOutNow: boolean;
}

interface PoolWorker {
	readonly thread: Worker;
	/** Cards posted to it and not yet done, by id. */
	readonly cards: Map<number, PendingCard>;
	finished: number;
	/** Its cards were posted to a second worker as well (#shareBacklog). */
	shared: boolean;
}

/**
 * How many cards a worker is sent ahead. Enough that it keeps working while
 * the main thread is busy with a long page (about half a second's worth),
 * few enough that a card someone waits for never sits behind many others;
 * but see queue()'s `handOutNow`.
 */
const INBOX_SIZE = 32;

/** How long workers wait for more cards before they stop. */
const IDLE_WORKER_MS = 1000;

/** One per core, but at most 4: each worker holds a few hundred MB, and the main thread has pages to render. */
export const defaultWorkerCount = () => Math.min(availableParallelism(), 4);

export class CardPool {
	readonly #maxWorkers: number;
	readonly #idleWorkerMs: number;
	readonly #workerData: CardWorkerData;
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
	#loadError: Error | undefined;
	#idleTimer: NodeJS.Timeout | undefined;

	/**
	 * `lowPriority` (the default): the workers run at the lowest priority the
	 * system gives a thread (on Linux; thread-priority.ts). A build waits for
	 * the sheets' cards only once its pages are done, but for its pages and
	 * its publishing thread all along: cards then take only the time those
	 * leave a core, rather than a third of both cores each.
	 */
	constructor({ workers = defaultWorkerCount(), idleWorkerMs = IDLE_WORKER_MS, lowPriority = true }: { workers?: number; idleWorkerMs?: number; lowPriority?: boolean } = {}) {
		this.#maxWorkers = Math.max(1, workers);
		this.#idleWorkerMs = idleWorkerMs;
		this.#workerData = { ...CARD_WORKER_DATA, lowPriority };
	}

	/** Worker threads running now: none soon after every card is done. */
	get workerCount(): number {
		return this.#workers.size;
	}

	/**
	 * Starts rendering the card, after those queued before it, unless it is
	 * on its way already. `handOutNow`: while nobody waits for a card, it goes
	 * to a worker at once however many that has, not a few at a time, for a
	 * caller that keeps this thread busy right after queueing (a build
	 * verifies its content), which could hand out no more meanwhile. A card
	 * asked for later waits behind those, so a server answering requests
	 * (`astro dev`) leaves it off.
	 */
	queue(card: CardRequest, { handOutNow = false }: { handOutNow?: boolean } = {}): void {
		const pending = this.#add(card);
		if (handOutNow) pending.handOutNow = true;
		this.#pump();
	}

	/**
	 * Resolves once cards can be handed to workers as they are queued. Until
	 * then they wait in the queue for the worker module to load, which takes
	 * the main thread's event loop: a caller about to keep that thread busy
	 * (a build verifying its content) awaits this first, so that the cards it
	 * queues meanwhile start rendering at once. Never rejects: a module that
	 * cannot load fails the cards instead, those queued before and after.
	 */
	async ready(): Promise<void> {
		this.#loadWorkerUrl();
		await this.#loadingWorker;
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
		// Handed out once it counts as awaited, when it may start a worker of its own (#workerLimit).
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
		const pending: PendingCard = { ...card, id: this.#nextId++, done, resolve, reject, awaited: false, handOutNow: false };
		this.#pending.set(card.file, pending);
		this.#queue.push(pending);
		return pending;
	}

	/** Hands queued cards to workers with room in their inbox, starting workers as needed. */
	#pump(): void {
		if (this.#loadError) return this.#failQueued(this.#loadError);
		if (this.#workerUrl === undefined) {
			this.#loadWorkerUrl();
			return;
		}
		while (this.#queue.length > 0) {
			const worker = this.#nextWorker(this.#queue[0]!);
			if (!worker) break;
			this.#post(worker, this.#queue.shift()!);
		}
		if (this.#queue.length === 0 && this.#awaited > 0) this.#shareBacklog();
		if (this.#pending.size > 0) clearTimeout(this.#idleTimer);
		this.#keepAliveWhileAwaited();
	}

	#post(worker: PoolWorker, card: PendingCard): void {
		worker.cards.set(card.id, card);
		worker.thread.postMessage({ id: card.id, card: card.card, file: card.file } satisfies CardJob);
	}

	/**
	 * Cards handed out at once (`handOutNow`) may all be with one worker when
	 * someone starts waiting for them (a build, once its pages are done), and
	 * nothing is left in the queue for a second. A worker started then is
	 * sent the same cards, last first; each worker skips a card already in
	 * the cache (card-worker.ts), so the two meet in the middle, and the first
	 * to finish a card settles it.
	 */
	#shareBacklog(): void {
		if (this.#workers.size >= this.#workerLimit()) return;
		const busiest = [...this.#workers].filter((worker) => !worker.shared).sort((a, b) => b.cards.size - a.cards.size)[0];
		if (!busiest || busiest.cards.size <= INBOX_SIZE) return;
		busiest.shared = true;
		const helper = this.#start(this.#workerUrl!);
		helper.shared = true;
		for (const card of [...busiest.cards.values()].reverse()) this.#post(helper, card);
	}

	/**
	 * An idle worker, else a new one, else the least busy with room in its inbox.
	 * While nobody awaits a card yet, the main thread is busy with the rest of
	 * the build (verification, content sync, bundling), so cards rendered
	 * ahead leave it a core: with two cores, one worker until a page waits for
	 * its card.
	 */
	#nextWorker(card: PendingCard): PoolWorker | undefined {
		const limit = this.#workerLimit();
		// The oldest workers first: those past the limit get no more cards, and stop once theirs are done.
		const workers = [...this.#workers].slice(0, limit).sort((a, b) => a.cards.size - b.cards.size);
		if (workers[0]?.cards.size === 0) return workers[0];
		if (workers.length < limit) return this.#start(this.#workerUrl!);
		const inbox = card.handOutNow && this.#awaited === 0 ? Number.POSITIVE_INFINITY : INBOX_SIZE;
		return workers.find((worker) => worker.cards.size < inbox);
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
			(error: unknown) => {
				// Kept, so that cards queued later fail too rather than wait for a worker that never comes.
				this.#loadError = new Error('The preview-card worker module could not be loaded', { cause: error });
				this.#failQueued(this.#loadError);
			},
		);
	}

	#start(url: string): PoolWorker {
		const worker: PoolWorker = { thread: new Worker(new URL(url), { workerData: this.#workerData }), cards: new Map(), finished: 0, shared: false };
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

	/**
	 * The card is in its file, or failed: `reason` is the worker's stack
	 * trace, or why no worker got that far. Only once: a card two workers
	 * hold (#shareBacklog) is settled by the first that finishes it.
	 */
	#settle(card: PendingCard, reason?: string, cause?: Error): void {
		if (this.#pending.get(card.file) !== card) return;
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
