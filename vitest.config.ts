import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/fixtures/**', 'node_modules/**'],
		// Builds the real site once, under a base path, for every test that reads it.
		globalSetup: ['tests/global-setup.ts'],
		// Fixture builds run `astro build` in a child process; give them room on a 2-core machine.
		testTimeout: 300_000,
		hookTimeout: 300_000,
	},
});
