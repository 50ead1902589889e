/**
 * Open Graph tags for a page, from the page's own title: a link shared in a
 * chat or an e-mail shows the page's title and address, not just "Nära".
 * The site-wide tags (site name, type, locale) are in app.html.
 */

/** The page's <title> (as SvelteKit escaped it) repeated as og:title, and its address as og:url. */
export function withShareTags(html: string, url: URL): string {
	// only the head's title: a chart's SVG in the body has titles of its own
	const head = html.indexOf('</head>');
	const match = /<title>([^<]*)<\/title>/.exec(html);
	if (!match || head < 0 || match.index > head) return html;
	const attribute = (text: string) => text.replace(/"/g, '&quot;');
	const tags =
		`<meta property="og:title" content="${attribute(match[1]!)}">` +
		`<meta property="og:url" content="${attribute(escapeText(url.origin + url.pathname))}">`;
	const end = match.index + match[0].length;
	return html.slice(0, end) + tags + html.slice(end);
}

function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
