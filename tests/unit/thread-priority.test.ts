import { spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { threadNiceness } from '../helpers/threads.ts';

const modulePath = JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../src/lib/og/thread-priority.ts')).href);

describe.runIf(process.platform === 'linux')('lowerThreadPriority', () => {
	it('lowers the worker thread that calls it to the lowest priority, and no other thread of the process', async () => {
		const before = threadNiceness();
		// Eval'd code's module type is Node's guess; an async function with getBuiltinModule runs as either.
		const worker = new Worker(
			`(async () => {
				const { parentPort } = process.getBuiltinModule('node:worker_threads');
				const { lowerThreadPriority } = await import(${modulePath});
				parentPort.postMessage(lowerThreadPriority());
				// Stay until told, so that the threads' priorities can be read meanwhile.
				parentPort.once('message', () => parentPort.close());
			})();`,
			{ eval: true },
		);
		try {
			const lowered = await new Promise<boolean>((resolve, reject) => {
				worker.once('message', resolve);
				worker.once('error', reject);
			});
			expect(lowered).toBe(true);
			const after = threadNiceness();
			const changed = [...after].filter(([thread, nice]) => nice !== (before.get(thread) ?? 0));
			// One thread changed, the worker's (new since `before`), and to the lowest priority.
			expect(changed.map(([, nice]) => nice)).toEqual([constants.priority.PRIORITY_LOW]);
			expect(before.has(changed[0]![0])).toBe(false);
		} finally {
			await worker.terminate();
		}
	});

	it('leaves a process\'s main thread alone: lowering it would lower the thread the build runs on', () => {
		const script = `const { readFileSync } = process.getBuiltinModule('node:fs');
			const { lowerThreadPriority } = await import(${modulePath});
			const nice = () => readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ')[16];
			const before = nice();
			console.log(JSON.stringify({ lowered: lowerThreadPriority(), before, after: nice() }));`;
		const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
		expect(result.status, result.stderr).toBe(0);
		const { lowered, before, after } = JSON.parse(result.stdout) as { lowered: boolean; before: string; after: string };
		expect(lowered).toBe(false);
		expect(after).toBe(before);
	});
});
