// @ts-check
import { defineConfig } from 'astro/config';
import { factSheetsConfig } from './src/integration/config.ts';

// --- site options: README "Options" describes each; `npm run new-site` rewrites this block ---
/** @type {import('./src/schemas/options.ts').SiteOptionsInput} */
const options = {
	title: 'Iran 2026: Fact Sheets',
	description:
		'Cited fact sheets about the people and organisations in the reporting on defections and the crackdown in Iran, January–February 2026.',
	home: {
		heading: 'Defections and crackdown in Iran, 2026',
		lede: "Fact sheets on the people and organisations in the reporting on defections from Iran's regime and its crackdown on the protests, January–February 2026.",
	},
	language: 'en-GB',
};
// --- end of site options ---

// Everything else lives in src/integration/config.ts, shared with the test fixture sites.
export default defineConfig(factSheetsConfig(options));
