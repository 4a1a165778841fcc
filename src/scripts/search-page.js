// The search page's own script: starts Pagefind's UI (loaded before it) on #search.
// The page's Content-Security-Policy allows it by the hash of this exact text
// (src/lib/security/content-security-policy.ts), so it is inlined, never rewritten.
(() => {
	const element = document.getElementById('search');
	if (typeof PagefindUI === 'undefined') {
		element.textContent = element.dataset.notBuilt;
		return;
	}
	const ui = new PagefindUI({
		element: '#search',
		// A record is one short page of names and statements (src/lib/search/records.ts), with no sections to list under it.
		showSubResults: false,
		showImages: false,
		resetStyles: false,
		// Searched on the page itself, not in a Web Worker: the worker's script would add 12 KB to every search, and the index is small enough for the main thread.
		noWorker: true,
		// Pagefind's own strings follow <html lang>; the box's placeholder is the site's (src/lib/i18n/).
		translations: { placeholder: element.dataset.placeholder },
		// Keeps the address in step with the search, so a search can be shared.
		processTerm: (term) => {
			const url = new URL(location.href);
			if (term) url.searchParams.set('q', term);
			else url.searchParams.delete('q');
			history.replaceState(null, '', url);
			return term;
		},
	});
	// Pagefind's box is a text input; as a search input, assistive technology and phone keyboards know it for one.
	element.querySelector('input.pagefind-ui__search-input')?.setAttribute('type', 'search');
	// The header's search box is a plain form that sends ?q= here.
	const query = new URLSearchParams(location.search).get('q');
	if (query) ui.triggerSearch(query);
})();
