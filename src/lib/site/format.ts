import { FIGURE_QUALIFIERS, type DateClaim, type Figure, type PartialDate } from '../../schemas/index.ts';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** `2026-02-08` → `8 February 2026`; `2026-01` → `January 2026`; `2025` → `2025`. */
export function formatDate(date: PartialDate): string {
	const [year, month, day] = date.split('-');
	if (month === undefined) return year ?? date;
	const monthName = MONTHS[Number(month) - 1];
	return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** A source's publication or retrieval date, saying how it is known. */
export function formatDateClaim(claim: DateClaim): string {
	switch (claim.status) {
		case 'stated':
			return formatDate(claim.date);
		case 'inferred':
			return `${formatDate(claim.date)} or later (inferred)`;
		case 'unknown':
			return 'unknown';
	}
}

/** `6,961`, `at least 2,063`, `hundreds` — the figure in the source's own terms. */
export function formatFigureValue(figure: Figure): string {
	const qualifier = FIGURE_QUALIFIERS[figure.qualifier];
	if (figure.value === undefined) return qualifier;
	const number = figure.value.toLocaleString('en-GB');
	return qualifier ? `${qualifier} ${number}` : number;
}

/**
 * A role's title as a page shows it: "former" once, whether the curator wrote
 * it into the title ("former head of research", as the source has it) or
 * only set `former`. `start` capitalises it, for a title that begins a line.
 */
export function formatRoleTitle(role: { readonly title: string; readonly former: boolean }, { start = false } = {}): string {
	const title = role.former ? `former ${role.title.replace(/^former\s+/i, '')}` : role.title;
	return start && role.former ? `F${title.slice(1)}` : title;
}
