import type { PartialDate, SourceData } from '../../schemas/index.ts';
import type { Ui } from '../i18n/ui.ts';

/** A headline shortened for a label keeps at most this many characters: about five words, one line under a fact on a phone. */
const SHORT_TITLE_MAX = 48;

/**
 * A headline's first clause, for naming a source whose publisher is unknown:
 * up to the first colon, comma, dash or bar ("Dam Fails, Town Floods: Report"
 * → "Dam Fails"), cut at a word and marked "…" when still long. A clause of a
 * single word says too little, so the headline is cut by length instead.
 */
export function shortTitle(title: string): string {
	const clause = title.split(/\s*(?:[:,;|]|\s[–—-]\s)\s*/u)[0]?.trim() ?? title;
	const base = clause.includes(' ') ? clause : title;
	if (base.length <= SHORT_TITLE_MAX) return base;
	const cut = base.slice(0, SHORT_TITLE_MAX + 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, SHORT_TITLE_MAX)).replace(/[\s,.;:–—-]+$/u, '')}…`;
}

/** A day with a short month ("11 Feb 2026"); a month or a year alone at its own precision. */
export function shortDate(date: PartialDate, ui: Ui): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
	if (m === undefined || d === undefined) return ui.format.date(date);
	const at = new Date(Date.UTC(y, m - 1, d));
	at.setUTCFullYear(y);
	return ui.format.shortDay(at);
}

/**
 * The short name of a source wherever a page names it in passing: under a
 * fact, in the references, on the timeline. Its `label` when the curator gave
 * one; else the publisher, or the headline's first clause in quotes when the
 * stored text names no publisher, and the publication date as far as it is
 * known: "Daily Harbour, 4 Mar 2026", "“Dam Fails”, on or after 20 Jan 2026",
 * "Daily Harbour, undated". Nothing is invented: an inferred date is the
 * earliest the text allows, so it is said as such.
 */
export function sourceLabel(source: Pick<SourceData, 'label' | 'publisher' | 'title' | 'published'>, ui: Ui): string {
	if (source.label) return source.label;
	let labels = labelsByUi.get(ui);
	if (!labels) labelsByUi.set(ui, (labels = new WeakMap()));
	let label = labels.get(source);
	if (label === undefined) labels.set(source, (label = composeLabel(source, ui)));
	return label;
}

/**
 * Each source's label, composed once per interface: a site has a few sources and names one under every quote of
 * every sheet (formatting the date each time was ~0.3 s of a 1,000-sheet build). Keyed by the source's data
 * object, which the site model shares between pages.
 */
const labelsByUi = new WeakMap<Ui, WeakMap<object, string>>();

function composeLabel(source: Pick<SourceData, 'publisher' | 'title' | 'published'>, ui: Ui): string {
	const name = source.publisher ?? ui.t('sourceLabel.title', { title: shortTitle(source.title) });
	const { published } = source;
	const date =
		published.status === 'stated'
			? shortDate(published.date, ui)
			: published.status === 'inferred'
				? ui.t('sourceLabel.onOrAfter', { date: shortDate(published.date, ui) })
				: ui.t('sourceLabel.undated');
	return ui.t('sourceLabel.label', { name, date });
}
