import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'compression';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Smaller answers are sent as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Whether `nara serve` compresses this response (docs/decisions/0011-compression.md).
 * The `compression` package's own filter (a compressible Content-Type, no
 * `Cache-Control: no-transform`) decides, except: never server-sent events
 * (each event must reach the client when it is written), never a part of a
 * file (206, Content-Range: the range is of the plain bytes), never an
 * answer without a body (204, 304). An answer that already has a
 * Content-Encoding (adapter-node's precompressed static files) is left
 * alone by the package itself.
 */
export function shouldCompress(req: IncomingMessage, res: ServerResponse): boolean {
	if (res.statusCode === 204 || res.statusCode === 206 || res.statusCode === 304) return false;
	if (res.getHeader('content-range') !== undefined) return false;
	const type = String(res.getHeader('content-type') ?? '').toLowerCase();
	if (type.startsWith('text/event-stream')) return false;
	return compression.filter(
		req as Parameters<typeof compression.filter>[0],
		res as Parameters<typeof compression.filter>[1]
	);
}

/**
 * Compresses the server's dynamic answers (HTML, JSON, SVG, CSV, …) with
 * brotli or gzip as the client's Accept-Encoding asks (brotli first when both
 * are equally welcome), adds `Vary: Accept-Encoding` and drops Content-Length
 * when it compresses. Brotli at quality 4 and gzip at level 6: fast enough for
 * answers made per request.
 */
export function compressResponses(): Middleware {
	return compression({ threshold: COMPRESSION_THRESHOLD, filter: shouldCompress }) as Middleware;
}
