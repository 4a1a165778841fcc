/**
 * The figures fixture (helper FIG, issue 16): the valid site plus a second
 * source whose values crowd one month the way the real protest-death counts
 * do — two claimants' counts near level (1,250 and 1,300, like 4,519 and
 * 5,000), a long claimant ("A group of volunteers gathering…"), a day's
 * value and the month's value that supersedes it — and one event (the pier
 * warning) written on two sheets.
 */
import { createHash } from 'node:crypto';
import { prepareFixture, type FixtureSite } from './fixture-site.ts';

export const TIDE_SURVEY = `Tide Times | Home | Harbour

Survey finds more flooded homes

The Acme Institute's survey was one of several counts. In March, harbour officials put the number of flooded homes at 1,300. The Daily Harbour reported 1,250 flooded homes in March. A group of volunteers gathering reports from their neighbours along the harbour believed as many as 2,400 homes had flooded in March.

By the end of March the Acme Institute had counted at least 1,390 flooded homes, more than its first count.

On 20 March 2026 the harbour board and the Acme Institute warned that the pier would close again if the tides kept rising.

© 2026 Tide Times
`;

const SOURCE = `title: Survey finds more flooded homes
publisher: Tide Times
published:
  status: stated
  date: "2026-04-02"
  statedAs: 2 April 2026
url: https://example.org/tide-survey
retrieved:
  status: unknown
  reason: Fixture text.
language: en
text: seeds/tide-survey.txt
sha256: ${createHash('sha256').update(TIDE_SURVEY).digest('hex')}
article:
  start: Survey finds more flooded homes
  end: if the tides kept rising.
`;

export const VOLUNTEERS = 'A group of volunteers gathering reports from their neighbours along the harbour';
const WARNING = 'On 20 March 2026 the harbour board and the Acme Institute warned that the pier would close again if the tides kept rising.';

const FIGURES = `  - id: officials-march
    statement: Harbour officials put the number of flooded homes at 1,300 in March.
    asOf: "2026-03"
    claimant:
      party: harbour officials
    figure:
      metric: flooded-homes
      value: 1300
      qualifier: exact
    citations:
      - source: tide-survey
        quote: In March, harbour officials put the number of flooded homes at 1,300.
  - id: daily-harbour-march
    statement: The Daily Harbour reported 1,250 flooded homes in March.
    asOf: "2026-03"
    claimant:
      party: The Daily Harbour
    figure:
      metric: flooded-homes
      value: 1250
      qualifier: exact
    citations:
      - source: tide-survey
        quote: The Daily Harbour reported 1,250 flooded homes in March.
  - id: volunteers-march
    statement: ${VOLUNTEERS} believed as many as 2,400 homes had flooded in March.
    asOf: "2026-03"
    claimant:
      party: ${VOLUNTEERS}
    figure:
      metric: flooded-homes
      value: 2400
      qualifier: as-many-as
    citations:
      - source: tide-survey
        quote: ${VOLUNTEERS} believed as many as 2,400 homes had flooded in March.
  - id: flooded-homes-march
    statement: By the end of March the institute had counted at least 1,390 flooded homes.
    asOf: "2026-03"
    supersedes: flooded-homes-2026-03-03
    claimant:
      sheet: acme-institute
    figure:
      metric: flooded-homes
      value: 1390
      qualifier: at-least
    citations:
      - source: tide-survey
        quote: By the end of March the Acme Institute had counted at least 1,390 flooded homes
  - id: pier-warning
    statement: The institute and the harbour board warned on 20 March 2026 that the pier would close again.
    date: "2026-03-20"
    citations:
      - source: tide-survey
        quote: ${WARNING}
`;

const HARBOUR_BOARD = `---
name: Harbour Board
kind: ngo
description: The board that runs the harbour.
facts:
  - id: pier-warning
    statement: The harbour board and the Acme Institute warned on 20 March 2026 that the pier would close again.
    date: "2026-03-20"
    citations:
      - source: tide-survey
        quote: On 20 March 2026 the harbour board and the Acme Institute warned that the pier would close again
---

The board runs the harbour, and warned with the [[acme-institute]] that the pier would close.
`;

/** The fixture, prepared (not built) under tests/fixtures/.tmp/NAME; NAME must start with `fig-`. */
export function prepareFigureFixture(name: `fig-${string}`): FixtureSite {
	return prepareFixture('valid', name, {
		'seeds/tide-survey.txt': TIDE_SURVEY,
		'content/sources/tide-survey.yaml': SOURCE,
		'content/sheets/organisations/harbour-board.md': HARBOUR_BOARD,
		'content/sheets/organisations/acme-institute.md': (text) => text.replace('facts:\n', `facts:\n${FIGURES}`),
	});
}
