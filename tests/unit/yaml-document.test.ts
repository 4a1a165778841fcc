import { CORE_SCHEMA, load } from 'js-yaml';
import { parseDocument } from 'yaml';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSheetFile } from '../../src/lib/content/frontmatter.ts';
import { parseLocatedYaml } from '../../src/lib/content/yaml-document.ts';

// Counts the positioned `yaml` Documents the module builds; the tests' own reference parses use the real one.
vi.mock('yaml', async (importOriginal) => {
	const yaml = await importOriginal<typeof import('yaml')>();
	return { ...yaml, parseDocument: vi.fn(yaml.parseDocument) };
});
const { parseDocument: referenceParse } = await vi.importActual<typeof import('yaml')>('yaml');
const documentsBuilt = () => vi.mocked(parseDocument).mock.calls.length;
beforeEach(() => {
	vi.mocked(parseDocument).mockClear();
});

/** What `yaml` alone reads: the data and the first line of each error, as the verifier always did. */
function yamlReading(text: string) {
	const document = referenceParse(text, { prettyErrors: false, uniqueKeys: true });
	return {
		data: document.errors.length > 0 ? undefined : document.toJS(),
		errors: document.errors.map((error) => error.message.split('\n')[0]),
	};
}

/** Every kind of value a sheet or a source holds, in the styles authors write. */
const SAMPLE = `# A comment
name: "Ann Lee"
plain: plain words, with a comma, a colon:without a space, and a # not a comment
single: 'it''s "quoted"'
double: "tab\\there, \\u00e9, \\U0001F600 and a \\"quote\\""
unicode: Harbour’s “rulers” — 😀
empty: ""
date: 2026-02-08
month: 2026-02
year: "2026"
time: 2026-02-08T10:00:00Z
integers: [0, 7, -3, +12, 012, 0o17, 0x1f]
floats: [1.5, -0.25, .5, 1e3, 2.50, .inf, -.Inf, .nan]
booleans: [true, True, FALSE, yes, no, on, off]
nulls: [~, null, Null, NULL]
absent:
literal: |
  first line
    indented line

  after a blank line
folded: >-
  one
  two

  three
kept: |+
  trailing

multi-line plain: this value
  runs over
  three lines
nested:
  list:
    - id: first
      former: true
      figure: { metric: deaths, value: 6961, qualifier: at-least }
    - id: second
      citations:
        - source: daily
          quote: "At least ... dead"
`;

describe('parseLocatedYaml', () => {
	it('reads a varied sample as yaml does, with js-yaml, and builds no yaml Document', () => {
		const located = parseLocatedYaml(SAMPLE);
		expect(located.syntaxErrors).toEqual([]);
		expect(located.data).toEqual(yamlReading(SAMPLE).data);
		// js-yaml's own CORE_SCHEMA agrees on every value of the sample too.
		expect(load(SAMPLE, { schema: CORE_SCHEMA })).toEqual(yamlReading(SAMPLE).data);
		expect(located.data).toMatchObject({ date: '2026-02-08', month: '2026-02', time: '2026-02-08T10:00:00Z', absent: null });
		expect(documentsBuilt()).toBe(0);
	});

	it.each([
		['binary and signed hexadecimal and octal stay text', 'a: [0b101, -0x1F, +0o7]\n'],
		['signed fractions without a leading digit are numbers', 'a: [-.5, +.5]\n'],
		['out-of-range numbers are Infinity', `a: [1e400, ${'9'.repeat(400)}]\n`],
		['minus zero keeps its sign', 'a: -0\n'],
	])('reads scalars where js-yaml and yaml differ as yaml does: %s', (_name, text) => {
		expect(parseLocatedYaml(text).data).toStrictEqual(yamlReading(text).data);
		expect(documentsBuilt()).toBe(0);
	});

	it('reads an empty document as null, as yaml does', () => {
		expect(parseLocatedYaml('').data).toBeNull();
		expect(parseLocatedYaml('# nothing\n').data).toBeNull();
	});

	it.each([
		['a syntax error', 'a: "unclosed\nb: 1\n'],
		['a duplicate key', 'a: 1\nb: 2\na: 3\n'],
		['keys js-yaml writes alike', '1: a\n"1": b\n'],
		['an unknown tag', 'a: !custom x\n'],
		['a standard tag', 'a: !!int 0b11\n'],
		['anchors and aliases', 'a: &x {b: 1}\nc: *x\n'],
		['a null key', '~: x\nnull: y\n'],
		['a collection as a key', '[a, b]: c\n'],
		['a key over 1,024 characters', `${'k'.repeat(1100)}: v\n`],
		['a flow collection over too few columns', 'a:\n  b: [x,\n  y]\n'],
		['a quoted scalar over too few columns', 'a:\n  - b: "one\ntwo"\n'],
		['a comment touching a quote', 'a: "x"#comment\n'],
		['a lone carriage return', 'a: 1\rb: 2\r'],
		['a directive', '%YAML 1.1\n---\na: yes\n'],
		['a node on the document start line', '--- a: 1\n'],
	])('falls back to yaml, with its data and errors, for %s', (_name, text) => {
		// yaml warns about collections as keys; the verifier always let it.
		const warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
		const located = parseLocatedYaml(text);
		expect(documentsBuilt()).toBe(1);
		const reference = yamlReading(text);
		expect(located.data).toStrictEqual(reference.data);
		expect(located.syntaxErrors.map((error) => error.message)).toEqual(reference.errors);
		warnings.mockRestore();
	});

	it('gives syntax errors their positions, offset by the first line', () => {
		expect(parseLocatedYaml('a: 1\nb: 2\na: 3\n', 2).syntaxErrors).toEqual([
			{ message: 'Map keys must be unique', position: { line: 4, column: 1 } },
		]);
	});
});

describe('locate', () => {
	const SHEET = `---
name: "Ann Lee"
kind: person
facts:
  - id: first
    statement: "One."
  - id: second
    citations:
      - source: daily
        quote: "Two."
---

Body.
`;

	it('builds the positioned document on the first call only, and counts lines from the top of the file', () => {
		const sheet = parseSheetFile(SHEET);
		expect(documentsBuilt()).toBe(0);
		expect(sheet.locate(['kind'])).toEqual({ line: 3, column: 7 });
		expect(sheet.locate(['facts', 1, 'id'])).toEqual({ line: 7, column: 9 });
		expect(sheet.locate(['facts', 1, 'citations', 0, 'quote'])).toEqual({ line: 10, column: 16 });
		expect(documentsBuilt()).toBe(1);
	});

	it('gives the nearest ancestor that exists', () => {
		const sheet = parseSheetFile(SHEET);
		expect(sheet.locate(['facts', 0, 'date'])).toEqual({ line: 5, column: 5 });
		expect(sheet.locate(['facts', 9])).toEqual({ line: 5, column: 3 });
		expect(sheet.locate(['nope'])).toEqual({ line: 2, column: 1 });
	});

	it('finds values in a file that fell back to yaml', () => {
		const located = parseLocatedYaml('a: &x 1\nb:\n  c: *x\n', 5);
		expect(located.data).toEqual({ a: 1, b: { c: 1 } });
		expect(located.locate(['b', 'c'])).toEqual({ line: 7, column: 6 });
	});
});
