import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/fixtures/**', 'node_modules/**'],
		// Fixture builds run `astro build` in a child process; give them room on a 2-core machine.
		testTimeout: 300_000,
		hookTimeout: 300_000,
	},
});
