/**
 * The real site as it is published: built once per test run (by
 * tests/global-setup.ts) under the base path a GitHub Pages project site
 * gets, so that every gate checks the base-path case, where links break.
 */
import { join } from 'node:path';
import { PROJECT_ROOT } from './fixture-site.ts';

export const PUBLISHED_BASE = '/fact-sheets/';
export const PUBLISHED_DIST = join(PROJECT_ROOT, 'tests/fixtures/.tmp/published');
