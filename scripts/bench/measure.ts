/**
 * Runs a build as a child process and measures it: wall time, CPU time,
 * the peak resident memory of the whole process tree (the build and any
 * process it starts, sampled from /proc), and how busy the rest of the
 * machine was meanwhile, since other work on a 2-core machine skews wall time.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';

export interface Measured {
	readonly seconds: number;
	/** User plus system CPU time of the build and every process it waited for. */
	readonly cpuSeconds: number | undefined;
	/** Peak of the summed RSS of the process tree, or of one process's own high-water mark if higher. */
	readonly peakRssMB: number;
	/** CPU time the rest of the machine used during the run: near 0 means the measurement is clean. */
	readonly foreignCpuSeconds: number;
	readonly status: number | null;
	/** The last lines of output, for error reports. */
	readonly tail: string;
}

const TIME = '/usr/bin/time';
const CLOCK_TICKS = 100;

/** Children of every process, from /proc/<pid>/stat. */
function childrenByParent(): Map<number, number[]> {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		let stat: string;
		try {
			stat = readFileSync(`/proc/${name}/stat`, 'utf8');
		} catch {
			continue;
		}
		// The command name may hold spaces and parentheses; fields after the last ")" are fixed.
		const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		const list = children.get(parent);
		if (list) list.push(Number(name));
		else children.set(parent, [Number(name)]);
	}
	return children;
}

function treeOf(root: number): number[] {
	const children = childrenByParent();
	const tree = [root];
	for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
	return tree;
}

/** A process's command name (`node`, `pagefind_exten…`), or `?` when it has gone. */
function nameOf(pid: number): string {
	try {
		return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
	} catch {
		return '?';
	}
}

/** Current RSS and high-water mark of a process, in bytes; zeros when it has gone. */
function memoryOf(pid: number): { rss: number; hwm: number } {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
		return { rss: kB('VmRSS'), hwm: kB('VmHWM') };
	} catch {
		return { rss: 0, hwm: 0 };
	}
}

/** CPU seconds the whole machine has spent busy since boot. */
function machineBusySeconds(): number {
	const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
	// user nice system idle iowait irq softirq steal: all but idle and iowait are busy.
	const busy = fields.reduce((sum, value, i) => (i === 3 || i === 4 || i > 7 ? sum : sum + value), 0);
	return busy / CLOCK_TICKS;
}

/**
 * Runs `command args` in `cwd`, writing its output to `logFile` and a memory
 * timeline (seconds, tree RSS in MB, processes, each process's RSS by name) to `logFile`.memory.csv. The
 * environment loses NODE_OPTIONS, so no raised heap limit (or anything else)
 * leaks into the measurement. Under /usr/bin/time when it exists, for exact CPU time.
 */
export function runMeasured(command: string, args: readonly string[], cwd: string, logFile: string, intervalMs = 50): Promise<Measured> {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
	delete env['NODE_OPTIONS'];
	const timeFile = `${logFile}.time`;
	rmSync(timeFile, { force: true });
	const timed = existsSync(TIME);
	const log = createWriteStream(logFile);
	const timeline = createWriteStream(`${logFile}.memory.csv`);
	timeline.write('seconds,treeRssMB,processes,byProcessMB\n');
	const busyBefore = machineBusySeconds();
	const started = performance.now();
	const child = timed
		? spawn(TIME, ['-f', '%U %S', '-o', timeFile, command, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
		: spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let tail: string[] = [];
	const keep = (chunk: Buffer) => {
		log.write(chunk);
		tail = [...tail, ...chunk.toString('utf8').split('\n')].slice(-40);
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	let peakTree = 0;
	let peakSingle = 0;
	let lastLogged = -1;
	const sample = () => {
		if (child.pid === undefined) return;
		let sum = 0;
		const tree = treeOf(child.pid);
		const byProcess: string[] = [];
		for (const pid of tree) {
			const { rss, hwm } = memoryOf(pid);
			sum += rss;
			peakSingle = Math.max(peakSingle, hwm);
			if (rss > 0) byProcess.push(`${nameOf(pid)}=${Math.round(rss / 1024 / 1024)}`);
		}
		peakTree = Math.max(peakTree, sum);
		const seconds = Math.floor((performance.now() - started) / 1000);
		if (seconds !== lastLogged) {
			lastLogged = seconds;
			timeline.write(`${seconds},${Math.round(sum / 1024 / 1024)},${tree.length},${byProcess.join(' ')}\n`);
		}
	};
	const timer = setInterval(sample, intervalMs);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (status) => {
			clearInterval(timer);
			const seconds = (performance.now() - started) / 1000;
			log.end();
			timeline.end();
			let cpuSeconds: number | undefined;
			if (timed && existsSync(timeFile)) {
				const [user, system] = (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
				if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = (user as number) + (system as number);
			}
			const busy = machineBusySeconds() - busyBefore;
			resolve({
				seconds,
				cpuSeconds,
				peakRssMB: Math.max(peakTree, peakSingle) / 1024 / 1024,
				// The sampler itself is ours too, but costs well under 1% of a core.
				foreignCpuSeconds: Math.max(0, cpuSeconds === undefined ? 0 : busy - cpuSeconds),
				status,
				tail: tail.join('\n'),
			});
		});
	});
}

export const CORES = cpus().length;
