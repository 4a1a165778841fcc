// The 404 page's own script: suggests the sheets whose address is closest to
// the one asked for (a surname alone, or a slug with a typo, finds the sheet).
// Without JavaScript the page still links to the names A–Z and the search.
// The page's Content-Security-Policy allows it by the hash of this exact
// text (src/lib/security/content-security-policy.ts), so it is inlined, never rewritten.
(() => {
	const box = document.getElementById('suggestions');
	if (!box) return;
	const { base, paths } = box.dataset;
	// The last segment of the address, the part a reader types or mistypes: "doe" in /people/doe/.
	const path = location.pathname.slice(base.length);
	let decoded = path;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		// A malformed escape ("%E0%A4") is compared as written.
	}
	const wanted = decoded.toLowerCase().replace(/\.html$/, '').split('/').filter(Boolean).pop() || '';
	if (wanted.length < 3) return;
	// Edits (insert, delete, replace a character) that turn a into b.
	const distance = (a, b) => {
		let row = Array.from({ length: b.length + 1 }, (_, i) => i);
		for (let i = 1; i <= a.length; i += 1) {
			const next = [i];
			for (let j = 1; j <= b.length; j += 1) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			row = next;
		}
		return row[b.length];
	};
	// A slug is compared whole and by its words, so a surname alone finds its sheet.
	const closeness = (slug) => Math.min(distance(wanted, slug), ...slug.split('-').map((word) => distance(wanted, word)));
	// At most one edit in four characters, so "doe" finds "doe" but not "lee".
	const allowed = Math.floor(wanted.length / 4);
	fetch(paths)
		.then((response) => (response.ok ? response.json() : []))
		.then((sheets) => {
			const scored = sheets.map((sheet) => ({ sheet, score: closeness(sheet.slug) })).filter(({ score }) => score <= allowed);
			const best = Math.min(...scored.map(({ score }) => score));
			const list = box.querySelector('ul');
			for (const { sheet } of scored.filter(({ score }) => score === best).slice(0, 5)) {
				const link = document.createElement('a');
				link.href = base + sheet.path;
				link.textContent = sheet.name;
				list.append(document.createElement('li'));
				list.lastChild.append(link);
			}
			if (list.childElementCount > 0) box.hidden = false;
		})
		.catch(() => {});
})();
