import { createUi } from '../../src/lib/i18n/ui.ts';

/** The interface in British English, as the fixture sites have it (site-options.json `language: "en-GB"`). */
export const englishUi = createUi({ language: 'en-GB' });
