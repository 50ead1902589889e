import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import {
	InitiativeImportError,
	InitiativeImportPreview
} from '#lib/modules/initiatives/io-schema.ts';
import { apiResponse } from '#lib/platform/http.ts';
import { XLSX_TYPE } from '#lib/modules/initiatives/export.server.ts';
import { importInitiatives, importPreviewBody } from '#lib/modules/initiatives/import.server.ts';

/**
 * Imports a file of initiatives (the body: CSV or XLSX, as the template).
 * ?dryRun=true checks it and answers with the preview; otherwise all rows
 * are written, or none: 400 lists every bad row.
 */
export const POST: RequestHandler = async ({ locals, params, request, url }) => {
	const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	if (
		type === 'application/json' ||
		type === 'application/x-www-form-urlencoded' ||
		type.startsWith('multipart/')
	)
		return json(
			{
				error: {
					code: 'invalid',
					message: `Skicka filen som den är i anropets kropp, med Content-Type text/csv eller ${XLSX_TYPE}.`
				}
			},
			{ status: 415 }
		);
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await request.arrayBuffer());
	} catch (e) {
		// the adapter refuses a body over BODY_SIZE_LIMIT (512 kB) while it is read
		if ((e as { status?: number }).status === 413)
			return json(
				{
					error: {
						code: 'invalid',
						message: 'Filen är för stor (högst 512 kB). Dela upp den i flera filer.'
					}
				},
				{ status: 413 }
			);
		throw e;
	}
	const fileName =
		url.searchParams.get('fileName')?.slice(0, 200) ||
		(type === XLSX_TYPE ? 'import.xlsx' : 'import.csv');
	const outcome = await importInitiatives(
		locals.db,
		locals.actor,
		params.code,
		{ name: fileName, bytes },
		{ dryRun: url.searchParams.get('dryRun') === 'true' }
	);
	if (outcome.kind !== 'ok') return apiResponse(outcome, InitiativeImportPreview);
	const run = outcome.value;
	const body = importPreviewBody(run);
	if (run.status === 'invalid') {
		const n = body.errors.length + body.moreErrors;
		return json(
			InitiativeImportError.parse({
				error: {
					code: 'invalid',
					message: `${n} fel i filen: ingenting har lästs in. Rätta raderna och försök igen.`,
					rows: body.errors
				},
				preview: body
			}),
			{ status: 400 }
		);
	}
	return json(InitiativeImportPreview.parse(body), { status: run.status === 'done' ? 201 : 200 });
};
