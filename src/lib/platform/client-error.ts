import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Node answers a request it cannot parse itself, before Nära sees it: 431
 * when the headers are over its limit (16 kB), 400 for a broken request, 408
 * for one too slow. By default that answer has no body at all. This listener
 * of the server's 'clientError' answers instead, in the API's error shape
 * when the request line names a path under /api/, and with a short Swedish
 * text otherwise, then closes the connection as Node would.
 */
export function answerClientError(
	error: Error & { code?: string; rawPacket?: Buffer },
	socket: Socket
): void {
	const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
	if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
		socket.destroy(error);
		return;
	}
	const [status, reason, code, message] =
		error.code === 'HPE_HEADER_OVERFLOW'
			? [
					431,
					'Request Header Fields Too Large',
					'headers_too_large',
					'Anropets rubriker är för stora (högst 16 kB tillsammans).'
				]
			: error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
				? [408, 'Request Timeout', 'invalid', 'Anropet kom inte fram i tid.']
				: [400, 'Bad Request', 'invalid', 'Anropet kunde inte läsas: det följer inte HTTP.'];
	const requestLine = error.rawPacket?.subarray(0, 2048).toString('latin1') ?? '';
	const api = /^[A-Z]+ \/api(?:[/?#\s]|$)/.test(requestLine);
	const body = api ? JSON.stringify({ error: { code, message } }) : `${message}\n`;
	socket.end(
		`HTTP/1.1 ${status} ${reason}\r\n` +
			`Content-Type: ${api ? 'application/json' : 'text/plain; charset=utf-8'}\r\n` +
			`Content-Length: ${Buffer.byteLength(body)}\r\n` +
			'Connection: close\r\n\r\n' +
			body
	);
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * SvelteKit refuses a form-like body (urlencoded, multipart or text/plain),
 * or since SvelteKit 3 no body type at all (a request a browser may send
 * cross-site without asking first), sent with POST, PUT, PATCH or DELETE
 * from another origin, before Nära's
 * request hook runs, with a plain-text 403 in English. Under /api/ the server
 * answers such a request itself, with the same 403 in the API's error shape;
 * whatever SvelteKit would let through (the same origin) goes on to it.
 * Returns whether it answered.
 */
export function answeredCrossSiteApiForm(
	req: IncomingMessage,
	res: ServerResponse,
	env: Record<string, string | undefined> = process.env
): boolean {
	if (!/^\/api(?:[/?]|$)/.test(req.url ?? '')) return false;
	if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method ?? '')) return false;
	const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
	if (type && !FORM_TYPES.includes(type)) return false;
	const origin = req.headers.origin;
	if (origin) {
		if (env.ORIGIN) {
			if (origin === env.ORIGIN.replace(/\/$/, '')) return false;
		} else {
			const hostHeader = env.HOST_HEADER?.toLowerCase();
			const host = (hostHeader && req.headers[hostHeader]) || req.headers.host;
			try {
				if (new URL(origin).host === host) return false;
			} catch {
				// not a URL: another origin
			}
		}
	}
	const body = JSON.stringify({
		error: {
			code: 'forbidden',
			message:
				'Ett formulär från en annan webbplats tas inte emot. Skicka JSON (Content-Type: application/json).'
		}
	});
	res.writeHead(403, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(body),
		'x-content-type-options': 'nosniff'
	});
	res.end(body);
	return true;
}
