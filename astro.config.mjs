// @ts-check
import { defineConfig } from 'astro/config';
import { factSheetsConfig } from './src/integration/config.ts';

// Everything lives in src/integration/config.ts, shared with the test fixture sites.
export default defineConfig(factSheetsConfig());
