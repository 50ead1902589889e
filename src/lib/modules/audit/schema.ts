import { z } from '../../core/zod.ts';

/**
 * The filters of the audit log, from a query string (the log page and its CSV
 * export share them). Empty values mean "all". Messages are Swedish and say
 * what is wrong with the field.
 */

const dateFormat = 'Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2025-03-14.';
const date = (what: string) =>
	z
		.string()
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${what}: ${dateFormat}` })
		.pipe(z.iso.date({ error: `${what}: datumet finns inte i kalendern.` }));

const code = (message: string) =>
	z
		.string()
		.trim()
		.regex(/^[a-z][a-z0-9_]{0,49}$/, { error: message });

export const AuditQuery = z
	.object({
		actor: z
			.string()
			.trim()
			.max(200, { error: 'Vem: skriv högst 200 tecken.' })
			.optional()
			.openapi({ description: 'en del av namnet eller e-postadressen, utan hänsyn till versaler' }),
		entityType: code('Välj en typ i listan.').optional(),
		action: code('Välj en händelse i listan.').optional(),
		from: date('Från').optional().openapi({ description: 'från och med dagen (svensk tid)' }),
		to: date('Till').optional().openapi({ description: 'till och med dagen (svensk tid)' }),
		page: z.coerce
			.number({ error: 'Sidan ska vara ett heltal, 1 eller större.' })
			.int({ error: 'Sidan ska vara ett heltal, 1 eller större.' })
			.min(1, { error: 'Sidan ska vara ett heltal, 1 eller större.' })
			.max(1_000_000, { error: 'Sidan finns inte.' })
			.default(1)
	})
	.refine((q) => !q.from || !q.to || q.to >= q.from, {
		path: ['to'],
		error: 'Till: datumet kan inte vara före Från-datumet.'
	})
	.openapi('AuditQuery');

export type AuditQuery = z.infer<typeof AuditQuery>;

/** The query string's names (Swedish, as they show in the address) for each filter. */
export const AUDIT_PARAMS = {
	actor: 'vem',
	entityType: 'typ',
	action: 'handelse',
	from: 'fran',
	to: 'till',
	page: 'sida'
} as const satisfies Record<keyof AuditQuery, string>;

/** The filters as given in a query string, by field; missing ones are undefined. */
export function auditQueryFrom(
	params: URLSearchParams
): Record<keyof AuditQuery, string | undefined> {
	const get = (k: keyof AuditQuery) => params.get(AUDIT_PARAMS[k]) ?? undefined;
	return {
		actor: get('actor'),
		entityType: get('entityType'),
		action: get('action'),
		from: get('from'),
		to: get('to'),
		page: get('page')
	};
}

/** A query string for the filters (without the page unless given), e.g. "vem=anna&fran=2025-01-01". */
export function auditSearch(
	filter: Partial<Record<keyof AuditQuery, string | number | undefined>>
): string {
	const params = new URLSearchParams();
	for (const k of Object.keys(AUDIT_PARAMS) as (keyof AuditQuery)[]) {
		const v = filter[k];
		if (v !== undefined && v !== '') params.set(AUDIT_PARAMS[k], String(v));
	}
	return params.toString();
}
