/**
 * Lighthouse's phone profile slows the CPU down 4× on the assumption that the
 * host is a fast desktop (a benchmark index of about 1,533), so that the page
 * is timed as a mid-range phone would run it. On a slower host the same 4×
 * emulates a slower phone, and Lighthouse says so itself ("The tested device
 * appears to have a slower CPU than Lighthouse expects", below an index of
 * 1,000). Its throttling guide (docs/throttling.md, "CPU throttling") has the
 * multiplier calibrated to the host's index; this is that calculator's table
 * (patrickhulce/lighthouse-cpu-throttling-calculator), written out because
 * Lighthouse does not ship it as a function.
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number | undefined {
	if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < 150) return undefined;
	// 1,300 = 3×, 1,533 = 4×, 1,766 = 5×, 2,000 = 6×
	if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
	// 800 = 2×, 1,300 = 3×
	if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
	// 150 = 1×, 800 = 2×
	return 1 + (benchmarkIndex - 150) / 650;
}

/**
 * The slowdown for a rerun on a host whose index the last run measured: the
 * calibrated one when the profile's own (`configured`) over-throttles this
 * host, never more lenient than the phone Lighthouse means to emulate, and
 * never stricter than the profile asks (a fast host keeps the profile's 4×).
 */
export function rerunCpuSlowdown(configured: number, benchmarkIndex: number): number {
	const calibrated = calibratedCpuSlowdown(benchmarkIndex);
	return calibrated === undefined ? configured : Math.min(configured, calibrated);
}
