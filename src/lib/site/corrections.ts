/** How a reader reaches the site's corrections contact (the `corrections` option): an address to write to, or a page. */
export type CorrectionsContact = { readonly kind: 'email'; readonly href: string; readonly address: string } | { readonly kind: 'page'; readonly href: string };

/**
 * The `corrections` option (a full https:// or mailto: address, checked by
 * the options schema) as the About page names it: a mailto: address by the
 * address itself, so a reader without a mail program can copy it; a web
 * page by a link. Nothing when the site names no contact.
 */
export function correctionsContact(corrections: string | undefined): CorrectionsContact | undefined {
	if (corrections === undefined) return undefined;
	const url = new URL(corrections);
	if (url.protocol !== 'mailto:') return { kind: 'page', href: corrections };
	// `mailto:a@b.org?subject=…`: the address is the path, percent-decoded.
	return { kind: 'email', href: corrections, address: decodeURIComponent(url.pathname) };
}
