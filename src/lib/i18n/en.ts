/**
 * The reader-facing interface in English: every string a page, the feed or a
 * preview card shows that is not content. `{name}` is a placeholder filled in
 * by `t(key, { name })`; a message with plural forms (`one`, `other`, and any
 * of `zero`, `two`, `few`, `many` a language needs) is chosen by its `count`
 * with Intl.PluralRules. Keys are grouped by page or component. Every other
 * built-in language (fr.ts) has exactly these keys and placeholders, and a
 * site may override any string in its options (`strings`).
 */
export const en = {
	// The header, footer and navigation of every page (src/layouts/Base.astro).
	'site.skipLink': 'Skip to content',
	'site.imageAlt': '{site}: cited fact sheets',
	'site.feedTitle': '{site}: sheets and sources',
	'site.navLabel': 'Main',
	'site.searchLabel': 'Search names, facts and sources',
	'site.searchPlaceholder': 'Search',
	'site.searchButton': 'Search',
	'site.footerPromise': 'Every statement on this site cites the article it comes from, with the words that support it.',
	'site.footerFeed': 'Atom feed',
	'site.footerData': 'Data downloads',
	'site.footerSearch': 'Search',
	'site.license': 'Content licence: {license}',
	'site.corrections': 'Report a correction',
	'nav.people': 'People',
	'nav.organisations': 'Organisations',
	'nav.sources': 'Sources',
	'nav.timeline': 'Timeline',
	'nav.figures': 'Figures',
	'nav.names': 'Names A–Z',
	'nav.network': 'Network',

	// Counts, used inside other messages.
	'count.sheets': { one: '{count} sheet', other: '{count} sheets' },
	'count.facts': { one: '{count} fact', other: '{count} facts' },
	'count.citedFacts': { one: '{count} cited fact', other: '{count} cited facts' },
	'count.sources': { one: '{count} source', other: '{count} sources' },
	'count.articles': { one: '{count} article', other: '{count} articles' },
	'count.names': { one: '{count} name', other: '{count} names' },
	'count.links': { one: '{count} link', other: '{count} links' },
	'count.relationsAndRoles': { one: '{count} relation or role', other: '{count} relations and roles' },

	// The home page (src/pages/index.astro).
	'home.title': 'Home',
	'home.summary': '{sheets} hold {facts} drawn from {sources}; every fact cites the words that support it.',
	'home.empty': 'There are no fact sheets here yet.',
	'home.about': 'About this site',
	'home.findSheet': 'Find a sheet with the {search} or the {names}, or browse by kind below.',
	'home.findSheetSearch': 'search',
	'home.findSheetNames': 'names A–Z',

	// The sections and kinds of sheets.
	'section.people': 'People',
	'section.organisations': 'Organisations',
	'section.peopleDescription': 'Every person with a fact sheet on this site.',
	'section.organisationsDescription': 'Every organisation with a fact sheet on this site.',
	'kinds.title': 'Kinds',
	'kinds.heading': 'Browse by kind',
	'kinds.description': 'Browse the sheets by kind of actor.',
	'kinds.eyebrow': 'Kind',
	'kinds.kindDescription': 'Every sheet of kind “{kind}”.',
	'kinds.byLetter': { one: '{count} sheet, by the first letter of its name.', other: '{count} sheets, by the first letter of their name.' },
	'kinds.letterTitle': '{kind}: {letter}',
	'kinds.letterDescription': 'Every sheet of kind “{kind}” whose name is filed under {letter}.',
	'letters.label': 'Letters',
	// A letter with more entries than one page holds is cut into numbered pages (src/lib/site/letter-pages.ts).
	'letters.pagedTitle': '{title}, page {page} of {pages}',
	'letters.pagesLabel': 'Pages of {letter}',
	'letters.range': '{first} – {last}',

	// A sheet's page (src/components/SheetPage.astro and the components it uses).
	'sheet.imageAlt': '{name}: {kind}. {description}',
	'sheet.aliases': 'Also written: {aliases}',
	'sheet.pseudonym':
		"This name is a pseudonym: the source says it was changed to protect this person's safety. This sheet holds only what the source says.",
	'sheet.roles': 'Roles',
	'sheet.relations': 'Relations',
	'sheet.facts': 'Facts',
	'sheet.history': 'Earlier reports',
	'sheet.historyIntro': 'These were reported earlier and later updated; they are kept with their dates.',
	'sheet.timeline': 'Timeline',
	'sheet.claims': 'Claims by {name}',
	'sheet.claimsIntro': 'Statements on other sheets that the sources attribute to {name}.',
	'sheet.claimOn': '(on {name})',
	'sheet.figures': 'Figures reported',
	'sheet.mentions': 'Mentioned on',
	'sheet.graph': 'Connections',
	'sheet.graphTitle': { one: '{name} and the sheet it is related to', other: '{name} and the {count} sheets it is related to' },
	'sheet.graphDescription':
		'Each circle links to a sheet related to {name} by a relation or a role; the lists of roles and relations above give the same links with their sources.',
	'sheet.movedTo': 'This sheet has a new address: {link}.',
	'role.former': 'former {title}',
	'role.from': 'from {date}',
	'role.until': 'until {date}',
	'note.subject': "Editors' note on the source's wording: {note}",
	'note.subjectAside': "(editors' note on the source's wording: {note})",
	'identifiers.text': "Identified by the editors as {links} (an editors' link, not a cited fact).",
	'cite.sheet': 'Cite this sheet',
	'cite.source': 'Cite this source',
	'cite.link': 'Link',
	'cite.text': 'Text',
	'cite.plainFact': '“{statement}” In “{sheet}”. {site}, version of {date}. {url}',
	'cite.plainSheet': '“{sheet}”. {site}, version of {date}. {url}',
	'cite.plainSource': '“{title}.” {publisher}, {date}.',
	'cite.republished': '{publisher} (originally published by {original})',
	'cite.dateNotStated': 'date not stated',

	// A fact (src/components/FactItem.astro).
	'fact.accordingTo': 'According to {who}:',
	'fact.accordingToCiting': 'According to {who}, citing {citing}:',
	'fact.permalink': 'Link to this fact ({id})',
	'fact.date': 'Date',
	'fact.expected': '{date} (expected)',
	'fact.asOf': 'As of',
	'fact.figure': 'Figure',
	'fact.dateNote': 'Date: {note}',
	'fact.supersededBy': 'Superseded by {reports}.',
	'fact.laterReport': 'a later report',
	'fact.supersedes': 'Updates {report}.',
	'fact.earlierReport': 'an earlier report',

	// Dates and figures (src/lib/site/format.ts).
	'date.inferred': '{date} or later (inferred)',
	'date.unknown': 'unknown',
	'figure.at-least': 'at least {number}',
	'figure.more-than': 'more than {number}',
	'figure.as-many-as': 'as many as {number}',
	'figure.about': 'about {number}',
	'figure.nearly': 'nearly {number}',
	'figure.dozens': 'dozens',
	'figure.hundreds': 'hundreds',
	'figure.thousands': 'thousands',
	'figure.tens-of-thousands': 'tens of thousands',
	// A figure with the unit of its metric (content/metrics.yaml): "at least 7,002 deaths", "119 per cent".
	'figure.withUnit': '{value} {unit}',

	// The references of a sheet (src/components/References.astro) and the reference marks.
	'references.title': 'References',
	// {n} is the mark's own number, written as the mark shows it ("[3]"), so that the link's name contains its visible text.
	'references.mark': 'Source {n}',
	'references.backlink': 'Back to the cited item {n}',
	'references.deepLink': 'Original article, at the quoted words',
	'references.archived': 'archived copies',
	'references.noAddress': 'Original address not known.',

	// Sources (src/pages/sources/).
	'sources.title': 'Sources',
	'sources.description': 'The articles every fact on this site is drawn from.',
	'sources.intro': 'Every fact on this site cites one of these articles. Each page lists the facts drawn from it.',
	'sources.published': 'published {date}',
	'source.eyebrow': 'Source',
	'source.description': 'Source: {title}. Its details and every fact on this site that cites it.',
	'source.publisher': 'Publisher',
	'source.publisherNotStated': 'Publisher not stated',
	'source.publisherNotInText': 'Not stated in the stored text',
	'source.originally': '(originally {publisher})',
	'source.originalPublisher': 'Originally published by',
	'source.publishedOn': 'Published',
	'source.retrieved': 'Retrieved',
	'source.statedAs': 'stated as “{text}”',
	'source.address': 'Address',
	'source.addressUnknown': 'Not known',
	'source.language': 'Language',
	'source.storedText': 'Stored text',
	'source.articleOnly': '(only the article within it can be cited)',
	'source.sha256': 'SHA-256 of the stored text',
	'source.sha256Note': "(of the file's bytes, as verified by the build: any change to the text fails it)",
	'source.citedOn': { one: 'Cited on {count} sheet', other: 'Cited on {count} sheets' },
	'source.role': 'Role: {title}',
	'source.relation': 'Relation: {relation} {name}',

	// The timeline (src/components/TimelinePageView.astro, TimelineList.astro).
	'timeline.title': 'Timeline',
	'timeline.pagedTitle': 'Timeline, page {page} of {pages}: {range}',
	'timeline.range': '{first} – {last}',
	'timeline.description': 'Every dated fact on the site, oldest first, each linking to its sheet and its source.',
	'timeline.pagedDescription': 'Dated facts from {range} (page {page} of {pages} of the timeline), each linking to its sheet and its source.',
	'timeline.intro':
		'Every dated fact on the site, oldest first ({facts}). A date is shown only as precisely as the source gives it; “as of” marks the date a figure or state was reported. Facts the sources do not date are not here.',
	'timeline.perPage': '{facts}, {size} to a page',
	'timeline.pagesLabel': 'Timeline pages',
	'timeline.asOf': 'As of {date}',
	'timeline.source': '[source]',
	'timeline.sourceLabel': 'Source: {title}',

	// Figures (src/pages/figures/, src/components/FigureChart.astro).
	'figures.title': 'Figures',
	'figures.indexDescription': 'Every number the sources report, by what it counts: who reported it and when.',
	'figures.indexIntro': 'Numbers the sources report, grouped by what they count. Values that differ by source or date are all kept.',
	'figures.reportedValues': { one: '{count} reported value', other: '{count} reported values' },
	'figures.eyebrow': 'Figures',
	'figures.description': '{description} Every reported value, with who reported it and when.',
	'figures.unit': '{description} Unit: {unit}.',
	'figures.chartTitle': '{metric}: reported values over time',
	'figures.chartDescription': {
		one: '{count} reported value plotted by the date it was reported as true, labelled with its claimant.',
		other: '{count} reported values plotted by the date each was reported as true; each claimant’s values are joined by a line, the last one labelled with the claimant’s name.',
	},
	'figures.chartVague': {
		one: '{count} vague count (such as “hundreds”) cannot be plotted and appears only in the table.',
		other: '{count} vague counts (such as “hundreds”) cannot be plotted and appear only in the table.',
	},
	'figures.chartMonths': 'A value known only to the month or the year is drawn as a bar across it, with a hollow dot.',
	'figures.chartCaption': '{description} The table below gives every value with its source.',
	'figures.point': '{value} ({label})',
	'figures.tableCaption': 'Every reported value of {metric}, oldest first',
	'figures.asOf': 'As of',
	'figures.value': 'Value',
	'figures.reportedBy': 'Reported by',
	'figures.fact': 'Fact',
	'figures.source': 'Source',
	'figures.claimantUnknown': 'unknown',
	'figures.citing': ', citing {citing}',

	// The network (src/pages/graph.astro, src/components/Graph.astro).
	'graph.title': 'Network',
	'graph.description': 'Every sheet related to another, and how: a map of the whole network, each circle a link to its sheet.',
	'graph.introAll': 'The {sheets} linked to at least one other by a relation or a role, and the {links} between them.',
	'graph.introBest':
		'The {drawn} best-connected of the {sheets} linked to another by a relation or a role, and the {links} between them; every sheet shows its own connections.',
	'graph.introHelp': 'Each circle leads to its sheet, where every link is listed with its source. Scroll sideways on a small screen.',
	'graph.figureTitle': 'The network of sheets',
	'graph.figureDescription': '{sheets} joined by {links}.',
	'graph.edge': '{from} — {relation} — {to}',
	// Graph legend and link list (helper GR: src/components/Graph.astro).
	'graph.legend': 'Key to the drawing',
	'graph.legendFocus': 'this sheet',
	'graph.legendPerson': 'a person',
	'graph.legendOrganisation': 'an organisation or another body',
	'graph.legendRelation': 'a relation, pointing away from the sheet that states it',
	'graph.legendRole': 'a role held at an organisation (dashed)',
	'graph.links': { one: 'The link in the drawing, as a list', other: 'The {count} links in the drawing, as a list' },
	'graph.listNote': 'Every link drawn is also listed below the drawing.',

	// Names A–Z (src/pages/names/, src/components/NameList.astro).
	'names.title': 'Names A–Z',
	'names.description': 'Every name and alternative spelling on the site, each leading to its sheet.',
	'names.intro': 'Every name and every alternative spelling the sources use. An alternative spelling leads to the sheet it belongs to.',
	'names.letterTitle': 'Names A–Z: {letter}',
	'names.letterDescription': 'Every name and alternative spelling on the site filed under {letter}.',
	'names.letterIntro': {
		one: '{count} name or alternative spelling. An alternative spelling leads to the sheet it belongs to.',
		other: '{count} names and alternative spellings. An alternative spelling leads to the sheet it belongs to.',
	},
	'names.aliasOf': '→ {name}',

	// Search (src/pages/search.astro and its script).
	'search.title': 'Search',
	'search.description': 'Search every sheet and source by any spelling of a name, or by the words of a fact.',
	'search.intro': 'Search every sheet and source by name (any spelling the sources use), or by the words of a fact. Each result says what kind of page it is.',
	'search.noScript': 'Search needs JavaScript. Without it, find a sheet by any of its names in {names}, or browse {people} and {organisations}.',
	'search.notBuilt': 'The search index is made when the site is built: run `npm run build`, then `npm run preview`.',

	// Data downloads (src/pages/data/index.astro).
	'data.title': 'Data downloads',
	'data.description': 'Everything on this site as JSON, CSV, FollowTheMoney, SQLite and citations, with JSON Schemas, for reuse and analysis.',
	'data.intro':
		"Everything on this site, as data. Each file carries its format's version (now {version}); lists are in a fixed order, so two versions of a file can be compared line by line. Every statement keeps its citations: the source and the quoted words.",
	'data.gzip':
		'The files are gzip-compressed (.gz): most tools read them as they are (pandas, DuckDB, jq with zcat), and `gunzip` restores the original.',
	'data.sheets': 'Every sheet: names, aliases, kind, description, identifiers, roles and relations, each with its citations.',
	'data.facts': 'Every fact with its citations, claimant, dates and figure, and the metrics figures count.',
	'data.factsCsv': 'The facts as a table, one row per fact, for spreadsheets.',
	'data.sources': 'Every source article: publisher, dates and how they are known, address when known.',
	'data.ftm': 'Every actor, article, role, relation and fact as FollowTheMoney entities, one per line, for Aleph and OpenSanctions tools (ftm).',
	'data.statementsCsv': 'Every value of those entities with the source and quote it rests on, one row per value and citation.',
	'data.sqlite': 'Sources, sheets, facts, citations, roles, relations and figures as one SQLite database with full-text search, ready for Datasette.',
	'data.cslJson': 'Every source, sheet and fact as CSL-JSON, for Zotero, Mendeley or pandoc.',
	'data.bibtex': 'The same citations as biblatex entries.',
	'data.schema': 'JSON Schema',

	// The page for unknown addresses (src/pages/404.astro).
	'notFound.title': 'Page not found',
	'notFound.text': 'There is no page at this address.',
	'notFound.help':
		'If you followed a link to a sheet, look for its name in {names} (every spelling the sources use is there) or {search} the site. The {home} lists {what}.',
	'notFound.search': 'search',
	'notFound.home': 'home page',
	'notFound.everySheet': 'every sheet',
	'notFound.everyKind': 'every kind of sheet',
	'notFound.suggestions': 'Perhaps you meant:',

	// The feed (src/lib/feed/) and the preview cards (src/lib/og/sheet-card.ts).
	'feed.sourceTitle': 'Source: {title}',
	'feed.sourceCategory': 'Source',
	'card.siteEyebrow': 'Fact sheets',
	'card.sheetFooter': '{site} · {facts} from {sources}',
	'card.siteFooter': '{sheets} · {facts} · {sources}',

	// Helper KB (issue 16): the key-facts box and the contents of a sheet (KeyFacts.astro, TableOfContents.astro),
	// the wording of "Mentioned on", and the About page (src/pages/about.astro) with its footer link.
	'keyFacts.title': 'Key facts',
	'keyFacts.kind': 'Kind',
	'keyFacts.roles': 'Current roles',
	'keyFacts.moreRelations': { one: 'and {count} more relation', other: 'and {count} more relations' },
	'keyFacts.figures': 'Latest figures',
	'keyFacts.figure': '{metric}: {value}, as of {date}',
	'keyFacts.figureClaimed': '{metric}: {value}, as of {date}, according to {who}',
	'contents.title': 'On this page',
	'sheet.mentionsIntro': 'Other sheets whose text names {name}, each with its sentence: the curators’ words, not a source’s.',
	'site.footerAbout': 'About this site',
	'about.title': 'About this site',
	'about.description': 'How the fact sheets on {site} are made and checked, and how to report a mistake.',
	'about.methodHeading': 'How facts are checked',
	'about.method':
		'Every fact, role and relation on this site cites the source it comes from, with the words that support it. Before the site is built, every quoted passage is checked, word for word, against the text of its source as stored with the site, and every value, qualifier, claimant and date against its quotes; if any check fails, nothing is published.',
	'about.claimantHeading': 'Claimants',
	'about.claimant':
		'The claimant of a fact is whoever the source says made the statement or gave the figure, shown as “According to …”. The site reports that they said it, not that it is true.',
	'about.supersededHeading': 'Superseded figures',
	'about.superseded':
		'When a later report updates a figure (a new count, say), the later figure is shown as current and the earlier one is kept under “Earlier reports”, with its date. Nothing reported is deleted.',
	'about.singleSourceHeading': 'Single source',
	'about.singleSource':
		'A fact marked “single source” rests on one source alone: no other source on this site confirms it independently.',
	'about.licenseHeading': 'Licence',
	'about.license': 'The content of this site is published under {license}.',
	'about.noLicense': 'This site names no licence for its content.',
	'about.correctionsHeading': 'Corrections',
	'about.correctionsIntro': 'If a fact says more than its quote, or a name or date is wrong, please say so: {contact}',
	'about.correctionsEmail': 'write to {address}.',
	'about.correctionsPage': '{link}.',
	'about.noCorrections':
		'This site names no contact for corrections yet. Every fact links to its source and the quoted words, so a mistake can be checked there.',

	// The quote at the claim, the short source labels and how well a fact is supported (helper QA:
	// src/components/SupportingWords.astro, src/lib/site/source-label.ts, src/lib/site/support.ts).
	'sourceLabel.label': '{name}, {date}',
	'sourceLabel.title': '“{title}”',
	'sourceLabel.onOrAfter': 'on or after {date}',
	'sourceLabel.undated': 'undated',
	'support.longQuote': { one: 'Supporting words ({count} word)', other: 'Supporting words ({count} words)' },
	'support.sources': { one: 'Single source', other: '{count} sources' },
	'support.ageDay': { one: 'Dated {count} day before the newest source ({source}).', other: 'Dated {count} days before the newest source ({source}).' },
	'support.ageWeek': { one: 'Dated {count} week before the newest source ({source}).', other: 'Dated {count} weeks before the newest source ({source}).' },
	'support.ageMonth': { one: 'Dated {count} month before the newest source ({source}).', other: 'Dated {count} months before the newest source ({source}).' },
	'support.ageYear': { one: 'Dated {count} year before the newest source ({source}).', other: 'Dated {count} years before the newest source ({source}).' },

	// Helper SRC (issue 16): a source page's quoted passages, in context, by sheet (src/pages/sources/[id].astro).
	'sourcePage.intro':
		'Each passage of the article quoted on this site appears once, under the first sheet that cites it, with the sentence before and after it from the stored text. The quoted words are underlined; beneath each passage are the items that cite it.',
	'sourcePage.jumpLabel': 'Sheets citing this source',
	'sourcePage.excerpt': 'Excerpt',
	'sourcePage.inOriginal': 'In the original, at these words',
	'sourcePage.cut': '[…]',
	'sourcePage.citedBy': 'Items citing this passage',
	'sourcePage.alsoOn': 'Also cited on {sheets}.',
	'sourcePage.shownUnder': '(quoted under {sheet})',

	// Helper FIG (issue 16): one timeline entry per event (src/lib/site/timeline.ts, TimelineList.astro), and the chart legend.
	'timeline.alsoOn': '(also on {sheets})',
	'timeline.alsoStated': '(also stated: {facts})',
	'figures.legend': 'Claimants on the chart',
} as const;
