/** A rectangle in a chart's coordinates: its top-left corner and its size. */
export interface Box {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

/** Whether two boxes share any area, counting `gap` of clear space around each as part of it. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
	return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** Whether `inner` lies wholly inside `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
	return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/**
 * Rough advance widths in em of a sans-serif face (the chart is set in the
 * reader's system-ui face, src/styles/site.css, `.chart text`), by class of
 * character, kept on the wide side: a build has no fonts to measure with, so
 * two labels judged clear of each other must be clear in whatever face the
 * reader's system has. The browser test (tests/e2e/fig-charts.test.ts)
 * measures the drawn labels.
 */
const NARROW = /[ .,;:'’!|ijlIft()[\]-]/u;
const WIDE = /[mwMW@%]/u;
const UPPER = /[A-Z0-9&]/u;

/** The width a text takes at `fontSize` CSS pixels, estimated from its characters (see the widths above). */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += NARROW.test(char) ? 0.34 : WIDE.test(char) ? 0.92 : UPPER.test(char) ? 0.7 : 0.6;
	return ems * fontSize;
}

/**
 * Breaks a text into lines no wider than `maxWidth`, at spaces. A word wider
 * than a line stands on a line of its own, whole: a label is wrapped, never cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/u).filter(Boolean)) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (line !== '' && textWidth(candidate, fontSize) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line !== '') lines.push(line);
	return lines;
}
