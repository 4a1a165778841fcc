/**
 * An Atom feed (RFC 4287) as text. Entries come in the order given; the
 * feed's `updated` is the newest entry's.
 */
export interface AtomEntry {
	/** A permanent id: the entry's absolute address. */
	readonly id: string;
	readonly title: string;
	readonly url: string;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: Atom's date-time is built from it. */
	readonly updated: string;
	readonly summary: string;
	readonly category: string;
}

export interface AtomFeed {
	/** The feed's language, a BCP 47 tag: its `xml:lang`. */
	readonly language: string;
	readonly title: string;
	readonly subtitle: string;
	/** The feed's own absolute address. */
	readonly selfUrl: string;
	readonly homeUrl: string;
	readonly entries: readonly AtomEntry[];
}

const escapeXml = (text: string) =>
	text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);

/** `2026-02` → `2026-02-01T00:00:00Z`: the earliest instant the partial date allows. */
export function atomDate(date: string): string {
	const [year, month = '01', day = '01'] = date.split('-');
	return `${year}-${month}-${day}T00:00:00Z`;
}

export function atomFeed(feed: AtomFeed): string {
	const updated = feed.entries.reduce((newest, entry) => (atomDate(entry.updated) > newest ? atomDate(entry.updated) : newest), '1970-01-01T00:00:00Z');
	const entries = feed.entries.map(
		(entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <updated>${atomDate(entry.updated)}</updated>
    <category term="${escapeXml(entry.category)}"/>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">
  <id>${escapeXml(feed.homeUrl)}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>
  <author><name>${escapeXml(feed.title)}</name></author>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}
