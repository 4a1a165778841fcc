import { readdirSync, readFileSync } from 'node:fs';

/** The nice value of each of this process's threads (Linux, from /proc), by thread id. */
export function threadNiceness(): Map<string, number> {
	return new Map(readdirSync('/proc/self/task').map((thread) => [thread, Number(readFileSync(`/proc/self/task/${thread}/stat`, 'utf8').split(') ')[1]!.split(' ')[16])]));
}
