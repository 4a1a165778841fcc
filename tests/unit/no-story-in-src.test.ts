/**
 * src/ is the generator; content/ is one story. Nothing under src/ may name
 * the story this project's content tells, not even as an example in a message
 * or a comment: a newsroom forking the project for its own story would find
 * another story's names in its error messages. Nor may the tests a fork
 * keeps (all but tests/site/, this site's own). The names come from the
 * content itself (tests/helpers/story-terms.ts says which and how they are
 * matched), so the test works for whatever story a site tells.
 */
import { describe, expect, it } from 'vitest';
import { readProjectFiles } from '../../src/lib/content/project-files.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { storyTerms, termsIn } from '../helpers/story-terms.ts';

const terms = storyTerms(PROJECT_ROOT);

describe('the generator holds no story', () => {
	it('reads the names of the content’s story', () => {
		// A content folder with sheets yields names; a new site's empty one yields none, and the scans below pass.
		if (readProjectFiles(PROJECT_ROOT).sheets.length > 0) expect(terms.size).toBeGreaterThan(0);
	});

	it('names no sheet, source or metric of the content in src/', () => {
		const found = termsIn(terms, PROJECT_ROOT, ['src']);
		expect(found, `Names from the content in src/ (use neutral examples such as "jane-doe", "harbour-report"):\n${found.join('\n')}`).toEqual([]);
	});

	it('names none in the tests a fork keeps: all but tests/site/ (this site’s own) and the fixture sites', () => {
		const found = termsIn(terms, PROJECT_ROOT, ['tests'], ['tests/site', 'tests/fixtures']);
		expect(found, `Names from the content in the generator's tests (use the fixture sites' names):\n${found.join('\n')}`).toEqual([]);
	});
});
