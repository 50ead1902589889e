import type { RequestHandler } from './$types';
import { safeFileName } from '#lib/platform/csv.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { orderedFileBytes } from '#lib/platform/jobs/files.ts';
import { requireUser } from '#lib/platform/request.ts';

/** The file an ordered job made, downloaded by the person who ordered it. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	requireUser(locals, url);
	const f = unwrap(await orderedFileBytes(locals.db, locals.actor, formId(params.id)));
	return new Response(new Uint8Array(f.bytes), {
		headers: {
			'content-type': f.contentType,
			'content-disposition': `attachment; filename="${safeFileName(f.fileName)}"`,
			'cache-control': 'private, no-store'
		}
	});
};
