import { safeFileName } from '../csv.ts';

/** The response that downloads a PDF report. */
export function pdfResponse(bytes: Uint8Array, fileName: string): Response {
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${safeFileName(fileName)}"`,
			'cache-control': 'no-store'
		}
	});
}

/** Today's date (UTC) as YYYY-MM-DD, for the foot of a report. */
export function todayIso(now = new Date()): string {
	return now.toISOString().slice(0, 10);
}
