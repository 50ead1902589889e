import { expect, test } from 'vitest';
import { withShareTags } from './share-tags.ts';

const url = new URL('https://nara.example.se/lan/varmland/malbild?x=1');

test('the title is repeated as og:title and the address (without its query) as og:url', () => {
	const html = '<head><title>Målbild – Värmland – Nära</title></head>';
	expect(withShareTags(html, url)).toBe(
		'<head><title>Målbild – Värmland – Nära</title>' +
			'<meta property="og:title" content="Målbild – Värmland – Nära">' +
			'<meta property="og:url" content="https://nara.example.se/lan/varmland/malbild"></head>'
	);
});

test('quotes in a title cannot end the attribute; escaped text stays escaped', () => {
	const out = withShareTags('<title>"Vad är viktigt" &amp; &lt;b&gt;</title></head>', url);
	expect(out).toContain('content="&quot;Vad är viktigt&quot; &amp; &lt;b&gt;"');
});

test('a page without a title in its head is left as it is (an SVG title in the body is not the page’s)', () => {
	expect(withShareTags('<head></head><p>ingen titel</p>', url)).toBe(
		'<head></head><p>ingen titel</p>'
	);
	const body = '<head></head><svg><title>Diagram</title></svg>';
	expect(withShareTags(body, url)).toBe(body);
	expect(withShareTags('<svg><title>Diagram</title></svg>', url)).toBe(
		'<svg><title>Diagram</title></svg>'
	);
});
