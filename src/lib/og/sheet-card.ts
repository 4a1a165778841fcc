import { SHEET_KINDS } from '../../schemas/index.ts';
import { citedSourceIds } from '../site/cited-sources.ts';
import type { Site, SiteSheet } from '../site/model.ts';
import type { CardText } from './card.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** A sheet's preview card: its kind, name, description, and how much the sources say; `siteTitle` is the options' title. */
export function sheetCard(sheet: Pick<SiteSheet, 'data'>, siteTitle: string): CardText {
	const { data } = sheet;
	const facts = plural(data.facts.length, 'cited fact', 'cited facts');
	const sources = plural(citedSourceIds(data).length, 'source', 'sources');
	return {
		eyebrow: SHEET_KINDS[data.kind].label,
		title: data.name,
		description: data.description,
		footer: `${siteTitle} · ${facts} from ${sources}`,
	};
}

/** The card of every other page: the site's title and description (its options) over what it holds. */
export function siteCard(site: Site, options: { readonly title: string; readonly description: string }): CardText {
	const facts = site.sheetList.reduce((count, sheet) => count + sheet.data.facts.length, 0);
	return {
		eyebrow: 'Fact sheets',
		title: options.title,
		description: options.description,
		footer: `${plural(site.sheetList.length, 'sheet', 'sheets')} · ${plural(facts, 'cited fact', 'cited facts')} · ${plural(site.sourceList.length, 'source', 'sources')}`,
	};
}
