import {
	actionLabel,
	changeText,
	describeChange,
	entityLabel,
	formatTimestampNumeric,
	PEOPLE_ENTITY_TYPES,
	stockholmDate
} from '../domain/audit.ts';
import { AuditQuery } from '../schema.ts';
import type { County } from '../../counties/index.ts';
import type { Actor } from '../../../core/actor.ts';
import { canManageUsers } from '../../accounts/index.ts';
import { canReadAudit } from '../domain/permissions.ts';
import { canReadInternal } from '../../../core/permissions.ts';
import { findCounty } from '../../counties/index.server.ts';
import { csvStream, type CsvColumn } from '../../../platform/csv.ts';
import type { Db } from '../../../platform/db/client.ts';
import {
	fieldErrors,
	forbidden,
	invalid,
	notFound,
	ok,
	type Outcome
} from '../../../core/outcome.ts';
import * as q from './queries.ts';

/**
 * Reading the audit log: administrators browse, filter and export the
 * county's log; the history of one item is open to everyone who may read the
 * county's internal content, since it shows who changed the public record.
 * There is no use case that changes or removes an entry, and the database
 * refuses it too (migration 0003).
 */

export const PAGE_SIZE = 50;

export type AuditEntry = q.AuditRow;

export interface AuditPage {
	county: County;
	filter: AuditQuery;
	entries: AuditEntry[];
	total: number;
	page: number;
	pageCount: number;
	pageSize: number;
	/** the actions and item types that occur in the county's log */
	facets: { actions: string[]; entityTypes: string[] };
}

export interface ItemHistory {
	county: County;
	entityType: string;
	entityId: string;
	entries: AuditEntry[];
}

async function countyBy(db: Db, codeOrSlug: string): Promise<Outcome<County>> {
	const found = /^\d{2}$/.test(codeOrSlug)
		? await findCounty(db, { code: codeOrSlug })
		: await findCounty(db, { slug: codeOrSlug });
	return found ? ok(found) : notFound(`Länet ${codeOrSlug} finns inte.`);
}

const noAccess = 'Bara länets administratörer får läsa loggen.';

function parseQuery(raw: Record<string, unknown>): Outcome<AuditQuery> {
	const given = Object.fromEntries(
		Object.entries(raw).filter(([, v]) => v !== undefined && v !== null && v !== '')
	);
	const parsed = AuditQuery.safeParse(given);
	if (!parsed.success) {
		return invalid('Filtret för loggen är ogiltigt.', fieldErrors(parsed.error.issues));
	}
	return ok(parsed.data);
}

const toFilter = (countyCode: string, f: AuditQuery): q.AuditFilter => ({
	countyCode,
	actor: f.actor || undefined,
	entityType: f.entityType,
	action: f.action,
	from: f.from,
	to: f.to
});

/** Opens the county (by code or slug), checks that the actor may read its log, and parses the filter. */
async function prepare(
	db: Db,
	actor: Actor,
	countyCodeOrSlug: string,
	rawQuery: Record<string, unknown>
): Promise<Outcome<{ county: County; filter: AuditQuery }>> {
	const county = await countyBy(db, countyCodeOrSlug);
	if (county.kind !== 'ok') return county;
	if (!canReadAudit(actor, county.value.code)) return forbidden(noAccess);
	const filter = parseQuery(rawQuery);
	if (filter.kind !== 'ok') return filter;
	return ok({ county: county.value, filter: filter.value });
}

/**
 * One page (50 entries) of the county's log, newest first, filtered by who
 * (part of the name or e-mail), item type, action and dates (Swedish time).
 */
export async function browse(
	db: Db,
	actor: Actor,
	countyCodeOrSlug: string,
	rawQuery: Record<string, unknown>
): Promise<Outcome<AuditPage>> {
	const prepared = await prepare(db, actor, countyCodeOrSlug, rawQuery);
	if (prepared.kind !== 'ok') return prepared;
	const { county, filter } = prepared.value;
	const [{ rows, total }, facets] = await Promise.all([
		q.listEntries(db, toFilter(county.code, filter), {
			limit: PAGE_SIZE,
			offset: (filter.page - 1) * PAGE_SIZE
		}),
		q.facets(db, county.code)
	]);
	return ok({
		county,
		filter,
		entries: rows,
		total,
		page: filter.page,
		pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		pageSize: PAGE_SIZE,
		facets
	});
}

const csvColumns: CsvColumn<AuditEntry>[] = [
	{ header: 'Tid (svensk tid)', value: (e) => formatTimestampNumeric(e.at) },
	{ header: 'Vem', value: (e) => e.actorLabel },
	{ header: 'Användar-id', value: (e) => e.actorUserId },
	{ header: 'Händelse', value: (e) => actionLabel(e.action, e.entityType) },
	{ header: 'Typ', value: (e) => entityLabel(e.entityType) },
	{ header: 'Id', value: (e) => e.entityId },
	{ header: 'Ändring', value: (e) => changeText(describeChange(e.before, e.after)) },
	{ header: 'Före (JSON)', value: (e) => (e.before == null ? null : JSON.stringify(e.before)) },
	{ header: 'Efter (JSON)', value: (e) => (e.after == null ? null : JSON.stringify(e.after)) },
	{ header: 'Post', value: (e) => e.id }
];

/**
 * The county's log with the same filters as `browse`, every page, as a CSV
 * file for Swedish Excel (see csv.ts), newest first.
 */
export async function exportCsv(
	db: Db,
	actor: Actor,
	countyCodeOrSlug: string,
	rawQuery: Record<string, unknown>,
	now: Date = new Date()
): Promise<Outcome<{ fileName: string; body: ReadableStream<Uint8Array> }>> {
	// the export is every page
	const prepared = await prepare(db, actor, countyCodeOrSlug, { ...rawQuery, page: undefined });
	if (prepared.kind !== 'ok') return prepared;
	const { county, filter } = prepared.value;
	return ok({
		fileName: `nara-logg-${county.slug}-${stockholmDate(now)}.csv`,
		body: csvStream(csvColumns, q.entriesInBatches(db, toFilter(county.code, filter)))
	});
}

/**
 * Everything recorded about one item of the county, oldest first. People and
 * their access (accounts, roles, API keys) are not public records: their
 * history is for those who manage people or read the log.
 */
export async function history(
	db: Db,
	actor: Actor,
	countyCodeOrSlug: string,
	entityType: string,
	entityId: string
): Promise<Outcome<ItemHistory>> {
	const county = await countyBy(db, countyCodeOrSlug);
	if (county.kind !== 'ok') return county;
	const code = county.value.code;
	const mayRead = PEOPLE_ENTITY_TYPES.includes(entityType)
		? canManageUsers(actor, code) || canReadAudit(actor, code)
		: canReadInternal(actor, code);
	if (!mayRead) {
		return forbidden(
			PEOPLE_ENTITY_TYPES.includes(entityType)
				? 'Bara länets administratörer får se historiken för personer och behörigheter.'
				: 'Historiken visas för den som har en roll i länet.'
		);
	}
	if (!/^[a-z][a-z0-9_]{0,49}$/.test(entityType) || !entityId || entityId.length > 100) {
		return notFound('Det finns ingen sådan uppgift.');
	}
	const entries = await q.itemHistory(db, code, entityType, entityId);
	return ok({ county: county.value, entityType, entityId, entries });
}
