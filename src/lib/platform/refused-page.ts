const escape = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);

/**
 * A small Swedish error page for a request refused before it reaches a route
 * (an address with invalid text): what was wrong, and the way back.
 */
export function refusedPage(status: number, message: string): Response {
	const html = `<!doctype html>
<html lang="sv">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<title>Adressen går inte att använda – Nära</title>
	</head>
	<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
		<main>
			<h1>Adressen går inte att använda</h1>
			<p>${escape(message)}</p>
			<p>Kontrollera adressen, eller börja om från startsidan.</p>
			<p><a href="/">Till startsidan</a></p>
		</main>
	</body>
</html>
`;
	return new Response(html, {
		status,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'cache-control': 'no-store',
			'content-security-policy':
				"default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
		}
	});
}
