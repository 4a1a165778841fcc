/**
 * The publishing thread (src/integration/publish.ts) when it cannot publish:
 * a corpus file whose bytes are not those verification wrote is refused, the
 * failure is heard at once (onFailure) and the build's wait for the thread
 * (finish) fails with the same message; nothing is moved into the site.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSiteOptions } from '../../src/integration/options.ts';
import { Publishing } from '../../src/integration/publish.ts';

describe('the publishing thread, failing', () => {
	it('says at once that the corpus changed after verification, then fails the build with it, publishing nothing', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'publish-failure-'));
		const file = join(folder, 'corpus.v8');
		writeFileSync(file, 'not the bytes verification wrote');
		const heard: Error[] = [];
		const publishing = new Publishing({
			corpus: { file, sha256: '0'.repeat(64) },
			options: parseSiteOptions({ title: 'Harbour Watch' }),
			site: 'https://example.org/',
			base: '/',
			stagingRoot: join(folder, 'staging'),
			gzip: false,
			onFailure: (error) => heard.push(error),
		});
		const dist = join(folder, 'dist');
		await expect(publishing.finish(dist)).rejects.toThrow(/^The search index and data exports could not be written: Error: The verified content \(.*corpus\.v8\) changed after it was verified/);
		expect(heard).toHaveLength(1);
		expect(heard[0]?.message).toMatch(/changed after it was verified: its SHA-256 is [0-9a-f]{64}, verification wrote 0{64}\. Nothing is published from it; build again\./);
		expect(existsSync(join(dist, 'pagefind'))).toBe(false);
		expect(existsSync(join(dist, 'data'))).toBe(false);
	});
});
