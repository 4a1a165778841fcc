import type { DateClaim, Figure } from '../../schemas/index.ts';
import type { Ui } from '../i18n/ui.ts';

/** A source's publication or retrieval date, saying how it is known. */
export function formatDateClaim(claim: DateClaim, ui: Ui): string {
	switch (claim.status) {
		case 'stated':
			return ui.format.date(claim.date);
		case 'inferred':
			return ui.t('date.inferred', { date: ui.format.date(claim.date) });
		case 'unknown':
			return ui.t('date.unknown');
	}
}

/** `6,961`, `at least 2,063`, `hundreds` — the figure in the source's own terms. */
export function formatFigureValue(figure: Figure, ui: Ui): string {
	const { qualifier, value } = figure;
	// The schema gives a value exactly when the qualifier is not a vague count.
	if (value === undefined) return ui.t(`figure.${qualifier as 'dozens' | 'hundreds' | 'thousands' | 'tens-of-thousands'}`);
	if (qualifier === 'exact') return ui.format.number(value);
	return ui.t(`figure.${qualifier as 'at-least' | 'more-than' | 'as-many-as' | 'about' | 'nearly'}`, { number: value });
}

/**
 * The figure with its metric's unit (content/metrics.yaml), as every page
 * shows it: `at least 7,002 deaths`, `119 per cent`. A vague count
 * ("hundreds") has no number for the unit to follow, and is shown alone.
 */
export function formatFigureWithUnit(figure: Figure, unit: string | undefined, ui: Ui): string {
	const value = formatFigureValue(figure, ui);
	return unit && figure.value !== undefined ? ui.t('figure.withUnit', { value, unit }) : value;
}

/**
 * A role's title as a page shows it: "former" once, whether the curator wrote
 * it into the title ("former head of research", as the source has it) or
 * only set `former` (the word is the interface's `role.former`, the part
 * before `{title}`). `start` capitalises it, for a title that begins a line.
 */
export function formatRoleTitle(role: { readonly title: string; readonly former: boolean }, ui: Ui, { start = false } = {}): string {
	if (!role.former) return role.title;
	const [before = '', after = ''] = ui.t('role.former', { title: '\u0000' }).split('\u0000');
	const lower = (text: string) => text.toLocaleLowerCase(ui.language);
	const stated = before.trim() !== '' && lower(role.title).startsWith(lower(before)) ? role.title.slice(before.length) : role.title;
	const title = `${before}${stated}${after}`;
	return start ? title.charAt(0).toLocaleUpperCase(ui.language) + title.slice(1) : title;
}
