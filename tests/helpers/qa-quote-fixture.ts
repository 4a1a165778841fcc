/**
 * The valid fixture with what the quote-at-claim tests need (issue 16): a
 * quote over the collapse threshold, a second source without a publisher and
 * with an inferred date, a fact citing both, a quote that opens with its own
 * quote mark, and a fact whose statement names its claimant.
 */
import type { FixtureChanges } from './fixture-site.ts';
import { sha256Of } from './project.ts';

export const LONG_PARAGRAPH =
	'The survey team counted every flooded home street by street over three weeks, working with volunteers from the harbour villages, the fire service and the port authority, and it checked each address twice against the council register before adding it to the count that the Acme Institute now publishes each March for anyone who asks for it.';

export const BULLETIN = `Tide Bulletin: harbour notes
Engineers at the Acme Institute warned that the harbour wall will not hold another winter. Jane Doe agreed.`;

export const BULLETIN_SOURCE = `title: "Tide Bulletin: harbour notes"
publisher: null
published:
  status: inferred
  date: "2026-03-01"
  reason: Fixture text.
retrieved:
  status: unknown
  reason: Fixture text.
language: en
text: seeds/tide-bulletin.txt
sha256: ${sha256Of(BULLETIN)}
`;

/** The changes to tests/fixtures/valid. */
export function quoteFixtureChanges(): FixtureChanges {
	let article = '';
	return {
		'seeds/harbour-report.txt': (text) => (article = text.replace('walked every flooded street.', `walked every flooded street.\n\n${LONG_PARAGRAPH}`)),
		'content/sources/harbour-report.yaml': (text) => text.replace(/sha256: \w+/, () => `sha256: ${sha256Of(article)}`),
		'seeds/tide-bulletin.txt': BULLETIN,
		'content/sources/tide-bulletin.yaml': BULLETIN_SOURCE,
		'content/sheets/organisations/acme-institute.md': (text) =>
			text.replace(
				'---\n\nIts director',
				`  - id: survey-method
    statement: The institute checked each flooded address twice against the council register.
    citations:
      - source: harbour-report
        quote: ${LONG_PARAGRAPH}
  - id: wall-warning-two-sources
    statement: The institute warned that the harbour wall will not hold another winter.
    citations:
      - source: tide-bulletin
        quote: Engineers at the Acme Institute warned that the harbour wall will not hold another winter.
      - source: harbour-report
        quote: '"the harbour wall will not hold another winter"'
  - id: engineers-warning
    statement: Engineers at the institute warned that the wall would fail.
    claimant:
      party: engineers
    citations:
      - source: tide-bulletin
        quote: Engineers at the Acme Institute warned that the harbour wall will not hold another winter.
---

Its director`,
			),
	};
}
