/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length] as number;
}

/**
 * The candidate closest to `value`, for "did you mean" hints; undefined when
 * even the closest differs in more than half its letters (a hint that far
 * off would mislead more than help).
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
	const wanted = value.toLowerCase();
	let best: string | undefined;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const candidate of candidates) {
		const distance = editDistance(wanted, candidate.toLowerCase());
		if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
			best = candidate;
			bestDistance = distance;
		}
	}
	if (best === undefined) return undefined;
	return bestDistance <= Math.ceil(Math.max(wanted.length, best.length) / 2) ? best : undefined;
}

/** ` Did you mean "x"?` or an empty string. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
	const match = closestMatch(value, candidates);
	return match === undefined ? '' : ` Did you mean "${match}"?`;
}
