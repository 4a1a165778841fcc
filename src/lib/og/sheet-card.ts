import { citedSourceIds } from '../site/cited-sources.ts';
import type { Site, SiteSheet } from '../site/model.ts';
import type { Ui } from '../i18n/ui.ts';
import type { CardText } from './card.ts';

/** A sheet's preview card: its kind, name, description, and how much the sources say; `siteTitle` is the options' title, `ui` the site's language. */
export function sheetCard(sheet: Pick<SiteSheet, 'data' | 'kind'>, siteTitle: string, ui: Ui): CardText {
	const { data } = sheet;
	return {
		eyebrow: sheet.kind.label,
		title: data.name,
		description: data.description,
		footer: ui.t('card.sheetFooter', {
			site: siteTitle,
			facts: ui.t('count.citedFacts', { count: data.facts.length }),
			sources: ui.t('count.sources', { count: citedSourceIds(data).length }),
		}),
		...(ui.dir === 'rtl' && { direction: 'rtl' as const }),
	};
}

/** The card of every other page: the site's title and description (its options) over what it holds. */
export function siteCard(site: Site, options: { readonly title: string; readonly description: string }, ui: Ui): CardText {
	const facts = site.sheetList.reduce((count, sheet) => count + sheet.data.facts.length, 0);
	return {
		eyebrow: ui.t('card.siteEyebrow'),
		title: options.title,
		description: options.description,
		footer: ui.t('card.siteFooter', {
			sheets: ui.t('count.sheets', { count: site.sheetList.length }),
			facts: ui.t('count.citedFacts', { count: facts }),
			sources: ui.t('count.sources', { count: site.sourceList.length }),
		}),
		...(ui.dir === 'rtl' && { direction: 'rtl' as const }),
	};
}
