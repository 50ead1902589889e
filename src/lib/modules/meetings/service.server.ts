import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { createdAudited, updateAudited, type Edited } from '../../platform/editing.ts';
import { isRowId } from '../../platform/ids.ts';
import { ActionOwner } from '../actions/index.ts';
import { actionChoices, insertAction, ownerErrors } from '../actions/index.server.ts';
import { isInCounty } from '../barriers/index.server.ts';
import { organisations } from '../counties/tables.ts';
import { createDecision } from '../decisions/index.server.ts';
import { groups } from '../groups/tables.ts';
import { indicators } from '../followup/tables.ts';
import { canRecordMeetings } from './domain/permissions.ts';
import { aboutChoices, nextPosition } from './queries.server.ts';
import { AgendaItemInput, DecisionPart, MeetingInput, MeetingUpdate } from './schema.ts';
import { agendaItems, meetingParticipants, meetings } from './tables.ts';
import type { AgendaLink } from './domain/vocabulary.ts';

/**
 * Recording the meetings of the county's bodies: the meeting, then its
 * agenda items one by one, each with its outcome. A decision becomes a
 * Decision of the decisions module, an action an Action owned by a person;
 * the item, its decision or action and the meeting's new revision are
 * written together or not at all. Every write is audited.
 */

type Row = typeof meetings.$inferSelect;

async function participantsOf(tx: Tx, id: number): Promise<number[]> {
	const rows = await tx
		.select({ id: meetingParticipants.organisationId })
		.from(meetingParticipants)
		.where(eq(meetingParticipants.meetingId, id));
	return rows.map((r) => r.id).sort((a, b) => a - b);
}

async function itemsOf(tx: Tx, id: number) {
	return tx
		.select({
			title: agendaItems.title,
			outcome: agendaItems.outcome,
			decisionId: agendaItems.decisionId,
			actionId: agendaItems.actionId
		})
		.from(agendaItems)
		.where(eq(agendaItems.meetingId, id))
		.orderBy(agendaItems.position);
}

const plain = (row: Row) => ({
	groupId: row.groupId,
	title: row.title,
	heldOn: row.heldOn,
	endsOn: row.endsOn,
	place: row.place,
	notes: row.notes,
	visibility: row.visibility
});

const MEETING = {
	table: meetings,
	entityType: 'meeting',
	fields: async (row: Row, tx: Tx) => ({
		...plain(row),
		participants: await participantsOf(tx, row.id),
		agenda: await itemsOf(tx, row.id)
	}),
	editable: async (row: Row, tx: Tx) => ({
		id: row.id,
		revision: row.revision,
		...plain(row),
		participants: (await participantsOf(tx, row.id)).join(',')
	}),
	notFound: () => notFound<never>('Mötet finns inte.'),
	conflict:
		'Någon annan har sparat en ändring av mötet medan du skrev. Ingenting har skrivits över; se mötet som det är nu.'
} satisfies Edited<Row, unknown>;

export type SavedMeeting = Awaited<ReturnType<typeof MEETING.editable>>;

/** What the meeting forms offer: bodies, organisations, people, and what items may be about. */
export async function meetingChoices(db: Db, actor: Actor, countyCode: string) {
	if (!canRecordMeetings(actor, countyCode)) return forbidden();
	const [bodies, owners, about] = await Promise.all([
		db
			.select({ id: groups.id, name: groups.name })
			.from(groups)
			.where(and(eq(groups.countyCode, countyCode), isNull(groups.archivedAt)))
			.orderBy(groups.position),
		actionChoices(db, actor, countyCode),
		aboutChoices(db, countyCode)
	]);
	if (owners.kind !== 'ok') return owners;
	return ok({ groups: bodies, ...owners.value, about });
}

async function meetingErrors(tx: Tx, countyCode: string, input: MeetingInput) {
	const errors: Record<string, string[]> = {};
	const [group] = await tx
		.select({ id: groups.id })
		.from(groups)
		.where(
			and(
				eq(groups.id, input.groupId),
				eq(groups.countyCode, countyCode),
				isNull(groups.archivedAt)
			)
		);
	if (!group) errors.groupId = ['Välj ett organ i länet.'];
	if (input.participants.length) {
		const found = await tx
			.select({ id: organisations.id })
			.from(organisations)
			.where(
				and(inArray(organisations.id, input.participants), eq(organisations.countyCode, countyCode))
			);
		if (found.length !== new Set(input.participants).size)
			errors.participants = ['Välj organisationer i länet.'];
	}
	return errors;
}

const columnsOf = (input: MeetingInput) => ({
	groupId: input.groupId,
	title: input.title,
	heldOn: input.heldOn,
	endsOn: input.endsOn ?? null,
	place: input.place,
	notes: input.notes,
	visibility: input.visibility
});

async function setParticipants(tx: Tx, id: number, participants: number[]) {
	await tx.delete(meetingParticipants).where(eq(meetingParticipants.meetingId, id));
	const unique = [...new Set(participants)];
	if (unique.length)
		await tx
			.insert(meetingParticipants)
			.values(unique.map((organisationId) => ({ meetingId: id, organisationId })));
}

export async function createMeeting(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<SavedMeeting>> {
	if (!canRecordMeetings(actor, countyCode)) return forbidden();
	const parsed = MeetingInput.safeParse(raw);
	if (!parsed.success) return invalid('Mötet kunde inte sparas.', fieldErrors(parsed.error.issues));
	return db.transaction(async (tx) => {
		const errors = await meetingErrors(tx, countyCode, parsed.data);
		if (Object.keys(errors).length) return invalid('Mötet kunde inte sparas.', errors);
		const [row] = await tx
			.insert(meetings)
			.values({ ...columnsOf(parsed.data), countyCode })
			.returning();
		await setParticipants(tx, row!.id, parsed.data.participants);
		return createdAudited(tx, actor, MEETING, row!, countyCode);
	});
}

async function meetingIn(db: Db | Tx, countyCode: string, id: number): Promise<Row | undefined> {
	if (!isRowId(id)) return undefined;
	const [row] = await db
		.select()
		.from(meetings)
		.where(
			and(eq(meetings.id, id), eq(meetings.countyCode, countyCode), isNull(meetings.archivedAt))
		);
	return row;
}

/** A meeting as its edit form shows it. */
export async function getMeeting(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<SavedMeeting>> {
	if (!canRecordMeetings(actor, countyCode)) return forbidden();
	const row = await meetingIn(db, countyCode, id);
	if (!row) return MEETING.notFound();
	return ok(await db.transaction((tx) => MEETING.editable(row, tx)));
}

export async function updateMeeting(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<SavedMeeting>> {
	if (!canRecordMeetings(actor, countyCode)) return forbidden();
	const parsed = MeetingUpdate.safeParse(raw);
	if (!parsed.success) return invalid('Mötet kunde inte sparas.', fieldErrors(parsed.error.issues));
	return db.transaction(async (tx) => {
		if (!(await meetingIn(tx, countyCode, id))) return MEETING.notFound();
		const errors = await meetingErrors(tx, countyCode, parsed.data);
		if (Object.keys(errors).length) return invalid('Mötet kunde inte sparas.', errors);
		return updateAudited(
			tx,
			actor,
			MEETING,
			{ id, countyCode, revision: parsed.data.revision },
			columnsOf(parsed.data),
			(t) => setParticipants(t, id, parsed.data.participants)
		);
	});
}

/** A refusal found inside the transaction: thrown to roll it back, then returned. */
class Refused extends Error {
	constructor(readonly outcome: Outcome<never>) {
		super(outcome.kind);
	}
}

/** The decision's refusal as the agenda item's fields. */
function asItemRefusal(outcome: Outcome<unknown>): Outcome<never> {
	if (outcome.kind !== 'invalid') return outcome as Outcome<never>;
	const rename: Record<string, string> = {
		organisationId: 'decisionOrganisationId',
		decidedOn: 'decisionOrganisationId',
		description: 'notes'
	};
	const fields: Record<string, string[]> = {};
	for (const [k, v] of Object.entries(outcome.fields)) (fields[rename[k] ?? k] ??= []).push(...v);
	return invalid('Punkten kunde inte sparas.', fields);
}

async function aboutExists(
	tx: Tx,
	countyCode: string,
	link: AgendaLink,
	id: number
): Promise<boolean> {
	if (link === 'indicator') {
		const [row] = await tx
			.select({ id: indicators.id })
			.from(indicators)
			.where(eq(indicators.id, id));
		return Boolean(row);
	}
	return link !== 'none' && isInCounty(tx, countyCode, link, id);
}

/**
 * Adds an agenda item to a meeting, on the meeting's revision: its outcome
 * is information, a decision of the body (a Decision, for the organisation
 * named, dated the day of the meeting) or an action (an Action with its
 * owner and due date). One audit entry for the meeting, and one for the
 * decision or action.
 */
export async function addAgendaItem(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<SavedMeeting>> {
	if (!canRecordMeetings(actor, countyCode)) return forbidden();
	const parsed = AgendaItemInput.safeParse(raw);
	const errors = parsed.success ? {} : fieldErrors(parsed.error.issues);
	const decision = DecisionPart.safeParse(raw);
	const owner = ActionOwner.safeParse(raw);
	if (raw.outcome === 'decision' && !decision.success)
		Object.assign(errors, fieldErrors(decision.error.issues));
	if (raw.outcome === 'action' && !owner.success)
		Object.assign(errors, fieldErrors(owner.error.issues));
	if (!parsed.success || Object.keys(errors).length)
		return invalid('Punkten kunde inte sparas.', errors);
	const item = parsed.data;
	const [link, linkId] = item.about
		? (item.about.split(':') as [AgendaLink, string])
		: (['none', null] as const);
	try {
		return await db.transaction(async (tx) => {
			const meeting = await meetingIn(tx, countyCode, id);
			if (!meeting) return MEETING.notFound();
			if (linkId !== null && !(await aboutExists(tx, countyCode, link, Number(linkId))))
				return invalid('Punkten kunde inte sparas.', { about: ['Välj något i länet i listan.'] });
			if (item.outcome === 'action' && owner.success) {
				const wrong = await ownerErrors(tx, countyCode, owner.data);
				if (Object.keys(wrong).length) return invalid('Punkten kunde inte sparas.', wrong);
			}
			return updateAudited(
				tx,
				actor,
				MEETING,
				{ id, countyCode, revision: item.revision },
				{},
				async (t) => {
					let decisionId: number | null = null;
					let actionId: number | null = null;
					if (item.outcome === 'decision' && decision.success) {
						const made = await createDecision(t as unknown as Db, actor, countyCode, {
							organisationId: decision.data.decisionOrganisationId,
							groupId: meeting.groupId,
							subject: 'other',
							title: item.title,
							decidedOn: meeting.heldOn,
							datePrecision: 'day',
							description: item.notes,
							visibility: meeting.visibility
						});
						if (made.kind !== 'ok') throw new Refused(asItemRefusal(made));
						decisionId = made.value.id;
					}
					if (item.outcome === 'action' && owner.success) {
						const made = await insertAction(
							t,
							actor,
							countyCode,
							{ ...owner.data, title: item.title, description: item.notes, visibility: 'internal' },
							{ origin: 'meeting', originId: id }
						);
						actionId = made.id;
					}
					await t.insert(agendaItems).values({
						meetingId: id,
						position: await nextPosition(t, id),
						title: item.title,
						notes: item.notes,
						link,
						linkId: linkId === null ? null : Number(linkId),
						outcome: item.outcome,
						decisionId,
						actionId
					});
				}
			);
		});
	} catch (e) {
		if (e instanceof Refused) return e.outcome;
		throw e;
	}
}
