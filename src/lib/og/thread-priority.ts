/**
 * Lowers the calling worker thread's scheduling priority to the lowest, and
 * only that thread's (and that of any thread it starts later, which inherits
 * it). Returns whether it did.
 *
 * Node has no API for a thread's priority, and `os.setPriority` is documented
 * as the process's. But Linux keeps a nice value per thread, and
 * setpriority(2) asked for "the calling process" (0) sets the calling
 * thread's (see that page's notes). Elsewhere it would lower the whole
 * process, and on the main thread it would lower the thread the build runs
 * on, so both are left alone.
 */
import { constants, setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';

export function lowerThreadPriority(): boolean {
	if (process.platform !== 'linux' || isMainThread) return false;
	try {
		setPriority(0, constants.priority.PRIORITY_LOW);
		return true;
	} catch {
		// A system that refuses it: the thread runs at the priority it had.
		return false;
	}
}
