import { and, eq, sql } from 'drizzle-orm';
import { beforeAll } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { auditOf } from '../../../../tests/kit/audit.ts';
import { castForFile, FIVE, organisationId } from '../../../../tests/kit/cast.ts';
import { anonymous, type Actor } from '../../core/actor.ts';
import * as groupsTables from '../groups/tables.ts';
import * as initiativesTables from '../initiatives/tables.ts';
import { createProcess, listProcesses } from './service.server.ts';

const t = { ...groupsTables, ...initiativesTables };

/**
 * What the process service's database tests share (service.db.test.ts,
 * service-changes.db.test.ts): importing this file gives the test file its
 * own database, the cast, Värmland's organisations and a network body, four
 * initiatives, and readers of what a write left behind. The values are set
 * before the file's first test; read them inside tests.
 */

export const database = databaseForFile();
export const { coordinator, otherCoordinator, admin, reader, editor, dalarnaCoordinator } =
	castForFile(database, ...FIVE, 'admin');
export let arvika: number;
export let karlstad: number;
export let falun: number;
export let networkId: number;
/** initiatives of Värmland: public, internal, archived; and one of Dalarna */
export const initiative = { public: 0, internal: 0, archived: 0, dalarna: 0 };

export async function addInitiative(
	countyCode: string,
	title: string,
	extra: Partial<typeof t.initiatives.$inferInsert> = {}
): Promise<number> {
	const [row] = await database.db
		.insert(t.initiatives)
		.values({ countyCode, title, level: 'local', phase: 'running', ...extra })
		.returning({ id: t.initiatives.id });
	return row!.id;
}

beforeAll(async () => {
	arvika = await organisationId(database.db, 'Arvika kommun');
	karlstad = await organisationId(database.db, 'Karlstads kommun');
	falun = await organisationId(database.db, 'Faluns kommun');
	const [network] = await database.db
		.select({ id: t.groups.id })
		.from(t.groups)
		.where(and(eq(t.groups.countyCode, '17'), sql`${t.groups.name} like 'Strategiska nätverk%'`));
	networkId = network!.id;
	initiative.public = await addInitiative('17', 'Balansträning i hemmet');
	initiative.internal = await addInitiative('17', 'Intern pilot med sensorer', {
		visibility: 'internal'
	});
	initiative.archived = await addInitiative('17', 'Avslutad och arkiverad', {
		archivedAt: new Date()
	});
	initiative.dalarna = await addInitiative('20', 'Dalarnas insats');
});

export const body = () => ({
	title: 'Trygg hemgång i Fryksdalen',
	level: 'subregional',
	goal: 'Färre onödiga förflyttningar för äldre i Fryksdalen.',
	description: 'Kommunerna i Fryksdalen och regionen tillsammans.',
	ownerGroupId: networkId,
	status: 'planned',
	goalAreas: ['minskade-forflyttningar', 'aldre'],
	participants: [karlstad, arvika],
	initiatives: [initiative.public],
	coverage: {
		proactive: {
			state: 'worked_through',
			how: 'Hembesök efter utskrivning.',
			evidence: 'Plan 2024'
		},
		person_centred: { state: 'considered', how: 'Frågar vad som är viktigt.', evidence: '' },
		bridging: { state: 'not_considered', how: '', evidence: '' },
		digital: { state: 'not_considered', how: '', evidence: '' }
	},
	visibility: 'public'
});

export const auditEntries = (entityId: number) => auditOf(database.db, 'process', entityId);

/** Rows in every table a process write touches, and the audit log. */
export async function counts() {
	const [row] = await database.db.execute<Record<string, number>>(sql`select
		(select count(*)::int from processes) processes,
		(select count(*)::int from process_participants) participants,
		(select count(*)::int from process_initiatives) initiatives,
		(select count(*)::int from process_coverage) coverage,
		(select count(*)::int from audit_log) audit`);
	return row;
}

export async function overview(who: Actor = anonymous, county = '17') {
	const o = await listProcesses(database.db, who, county);
	if (o.kind !== 'ok') throw new Error(o.kind);
	return o.value;
}

export async function created(
	who: Actor = coordinator.actor,
	raw: Record<string, unknown> = body()
) {
	const c = await createProcess(database.db, who, '17', raw);
	if (c.kind !== 'ok') throw new Error(JSON.stringify(c));
	return c.value;
}
