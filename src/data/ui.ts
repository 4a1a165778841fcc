import options from 'virtual:fact-sheets/options';
import { createUi } from '../lib/i18n/ui.ts';

/**
 * The site's interface in its language (options `language` and `strings`):
 * every string a reader sees that is not content, and the formats of dates,
 * numbers and lists. Pages and components read it from here.
 */
export const ui = createUi(options);
