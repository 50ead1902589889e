import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import { actions } from '../actions/tables.ts';
import { users } from '../accounts/tables.ts';
import { choicesOf } from '../barriers/index.server.ts';
import { organisations } from '../counties/tables.ts';
import { shownInCounty, type Visible } from '../counties/index.server.ts';
import { decisions } from '../decisions/tables.ts';
import { indicators } from '../followup/tables.ts';
import { groups } from '../groups/tables.ts';
import type { AgendaLink } from './domain/vocabulary.ts';
import type { Meeting } from './schema.ts';
import { agendaItems, meetingParticipants, meetings } from './tables.ts';

type Choice = { id: number; name: string };

/** The indicators a county's agenda item may be about: Kolada's and the county's own. */
export function indicatorChoices(db: Db | Tx, countyCode: string): Promise<Choice[]> {
	return db
		.select({ id: indicators.id, name: indicators.title })
		.from(indicators)
		.where(
			and(
				isNull(indicators.archivedAt),
				or(isNull(indicators.countyCode), eq(indicators.countyCode, countyCode))
			)
		)
		.orderBy(sql`${indicators.title} collate "sv-x-icu"`, asc(indicators.id));
}

/** Everything an agenda item may be about, by kind. */
export async function aboutChoices(
	db: Db | Tx,
	countyCode: string
): Promise<Record<Exclude<AgendaLink, 'none'>, Choice[]>> {
	const [indicator, initiative, process, barrier] = await Promise.all([
		indicatorChoices(db, countyCode),
		choicesOf(db, countyCode, 'initiative'),
		choicesOf(db, countyCode, 'process'),
		choicesOf(db, countyCode, 'barrier')
	]);
	return { indicator, initiative, process, barrier };
}

/** The county's meetings the viewer may see, newest first, each with its items. */
export async function countyMeetings(
	db: Db | Tx,
	countyCode: string,
	visible: Visible,
	id?: number
): Promise<Meeting[]> {
	const rows = await db
		.select({ m: meetings, groupName: groups.name })
		.from(meetings)
		.innerJoin(groups, eq(groups.id, meetings.groupId))
		.where(
			and(
				shownInCounty(meetings, countyCode, visible),
				id === undefined ? undefined : eq(meetings.id, id)
			)
		)
		.orderBy(desc(meetings.heldOn), desc(meetings.id));
	const ids = rows.map((r) => r.m.id);
	if (!ids.length) return [];
	const [participants, items] = await Promise.all([
		db
			.select({
				meetingId: meetingParticipants.meetingId,
				id: organisations.id,
				name: organisations.name
			})
			.from(meetingParticipants)
			.innerJoin(organisations, eq(organisations.id, meetingParticipants.organisationId))
			.where(inArray(meetingParticipants.meetingId, ids))
			.orderBy(asc(organisations.kind), sql`${organisations.name} collate "sv-x-icu"`),
		db
			.select({
				i: agendaItems,
				decisionTitle: decisions.title,
				actionTitle: actions.title,
				actionDueOn: actions.dueOn,
				actionOwner: users.name
			})
			.from(agendaItems)
			.leftJoin(decisions, eq(decisions.id, agendaItems.decisionId))
			.leftJoin(actions, eq(actions.id, agendaItems.actionId))
			.leftJoin(users, eq(users.id, actions.ownerUserId))
			.where(inArray(agendaItems.meetingId, ids))
			.orderBy(asc(agendaItems.position), asc(agendaItems.id))
	]);
	const names = await aboutNames(
		db,
		countyCode,
		items.map((r) => r.i)
	);
	return rows.map(({ m, groupName }) => ({
		id: m.id,
		revision: m.revision,
		group: { id: m.groupId, name: groupName },
		title: m.title,
		heldOn: m.heldOn,
		endsOn: m.endsOn,
		place: m.place,
		notes: m.notes,
		participants: participants
			.filter((p) => p.meetingId === m.id)
			.map((p) => ({ id: p.id, name: p.name })),
		items: items
			.filter((r) => r.i.meetingId === m.id)
			.map(({ i, ...r }) => ({
				id: i.id,
				position: i.position,
				title: i.title,
				notes: i.notes,
				about:
					i.link !== 'none' && i.linkId !== null
						? { link: i.link, id: i.linkId, name: names.get(`${i.link}:${i.linkId}`) ?? null }
						: null,
				outcome: i.outcome,
				decision:
					i.decisionId !== null && r.decisionTitle !== null
						? { id: i.decisionId, name: r.decisionTitle }
						: null,
				action:
					i.actionId !== null && r.actionTitle !== null && r.actionDueOn !== null
						? {
								id: i.actionId,
								name: r.actionTitle,
								dueOn: r.actionDueOn,
								owner: r.actionOwner ?? ''
							}
						: null
			})),
		source: m.source,
		sourcePassage: m.sourcePassage,
		visibility: m.visibility
	}));
}

/** The names of what the items are about, "process:12" → its title. */
async function aboutNames(
	db: Db | Tx,
	countyCode: string,
	items: { link: AgendaLink; linkId: number | null }[]
): Promise<Map<string, string>> {
	if (!items.some((i) => i.link !== 'none')) return new Map();
	const all = await aboutChoices(db, countyCode);
	return new Map(
		Object.entries(all).flatMap(([link, list]) => list.map((c) => [`${link}:${c.id}`, c.name]))
	);
}

/** The next position on a meeting's agenda. */
export async function nextPosition(tx: Tx, meetingId: number): Promise<number> {
	const [row] = await tx
		.select({ max: sql<number>`coalesce(max(${agendaItems.position}), 0)` })
		.from(agendaItems)
		.where(eq(agendaItems.meetingId, meetingId));
	return Number(row?.max ?? 0) + 1;
}
