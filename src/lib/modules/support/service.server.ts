import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { DevelopmentArea } from '../../core/vocabulary.ts';
import { audit } from '../../platform/audit.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { createdAudited, updateAudited, type Edited } from '../../platform/editing.ts';
import { isRowId } from '../../platform/ids.ts';
import { keptParticipation } from './domain/participants.ts';
import { publishParticipantIndicators } from './indicators.server.ts';
import { groupErrors } from './domain/group-errors.ts';
import { canManageSupport, canRequestSupport } from './domain/permissions.ts';
import { countByStatus, handlingProblem, queueOrder } from './domain/requests.ts';
import type { RequestStatus } from './domain/vocabulary.ts';
import * as q from './queries.server.ts';
import {
	CourseRoundInput,
	type SupportRequest,
	SupportRequestHandling,
	SupportRequestInput
} from './schema.ts';
import { supportRequests } from './tables.ts';

/**
 * Requests for support and course rounds: a workplace asks the support
 * structure for support (anyone with a role in the county, for their
 * workplace); the structure's coordinators handle each request with a
 * status and notes until it is done, and record the rounds of its courses
 * with the participants of each organisation. Every write is audited.
 */

type Row = q.RequestRow;

function toRequest(r: NonNullable<q.RequestWithNames>): SupportRequest {
	const row = r.request;
	return {
		id: row.id,
		revision: row.revision,
		offerId: row.offerId,
		offer: r.offer,
		organisationId: row.organisationId,
		organisation: r.organisation,
		workplace: row.workplace,
		need: row.need,
		developmentAreas: row.developmentAreas as DevelopmentArea[],
		requestedBy: r.requestedByName,
		status: row.status,
		notes: row.notes,
		createdAt: row.createdAt.toISOString(),
		updatedAt: row.updatedAt.toISOString()
	};
}

const fields = (row: Row) => ({
	title: row.workplace,
	offerId: row.offerId,
	organisationId: row.organisationId,
	workplace: row.workplace,
	need: row.need,
	developmentAreas: row.developmentAreas,
	status: row.status,
	notes: row.notes
});

const noRequest = () => notFound<never>('Förfrågan finns inte.');

const REQUEST = {
	table: supportRequests,
	entityType: 'support_request',
	fields,
	editable: async (row: Row, tx: Tx) => toRequest((await q.requestIn(tx, row.countyCode, row.id))!),
	current: (row: Row) => ({ ...fields(row), revision: row.revision }),
	notFound: noRequest,
	conflict:
		'Någon annan har sparat en ändring av förfrågan medan du arbetade med den. Ingenting har skrivits över.'
} satisfies Edited<Row, SupportRequest>;

/** A workplace asks for support. */
export async function requestSupport(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<SupportRequest>> {
	if (!canRequestSupport(actor, countyCode) || actor.kind !== 'user')
		return forbidden('Logga in med en roll i länet för att be om stöd.');
	const parsed = SupportRequestInput.safeParse(raw);
	const refused = (f: Record<string, string[]>) =>
		invalid<never>('Förfrågan kunde inte skickas.', f);
	if (!parsed.success) return refused(groupErrors(fieldErrors(parsed.error.issues)));
	const input = parsed.data;
	return db.transaction(async (tx): Promise<Outcome<SupportRequest>> => {
		const errors: Record<string, string[]> = {};
		if (!(await q.knownOrganisations(tx, countyCode, [input.organisationId])).size)
			errors.organisationId = ['Välj en organisation i länet.'];
		if (
			input.offerId !== undefined &&
			!(await q.offerIn(tx, countyCode, input.offerId, ['public', 'internal']))
		)
			errors.offerId = ['Välj ett stöd i länets katalog, eller "Annat stöd".'];
		if (Object.keys(errors).length) return refused(errors);
		const [row] = await tx
			.insert(supportRequests)
			.values({
				countyCode,
				offerId: input.offerId ?? null,
				organisationId: input.organisationId,
				workplace: input.workplace,
				need: input.need,
				developmentAreas: [...new Set(input.developmentAreas)],
				requestedBy: actor.userId,
				visibility: 'internal'
			})
			.returning();
		return createdAudited(tx, actor, REQUEST, row!, countyCode);
	});
}

/** The support structure handles a request: its status and notes, on the revision it read. */
export async function handleRequest(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<SupportRequest>> {
	if (!canManageSupport(actor, countyCode)) return forbidden();
	const parsed = SupportRequestHandling.safeParse(raw);
	if (!parsed.success)
		return invalid('Förfrågan kunde inte sparas.', fieldErrors(parsed.error.issues));
	const problem = handlingProblem(parsed.data.status, parsed.data.notes);
	if (problem) return invalid('Förfrågan kunde inte sparas.', { notes: [problem] });
	if (!isRowId(id)) return noRequest();
	return db.transaction(async (tx): Promise<Outcome<SupportRequest>> => {
		const row = await q.requestRowIn(tx, countyCode, id);
		if (!row || row.archivedAt) return noRequest();
		return updateAudited(
			tx,
			actor,
			REQUEST,
			{ id, countyCode, revision: parsed.data.revision },
			{ status: parsed.data.status, notes: parsed.data.notes }
		);
	});
}

/** One request: for the support structure, or for the person who made it. */
export async function getRequest(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<SupportRequest & { canHandle: boolean }>> {
	if (!canRequestSupport(actor, countyCode)) return forbidden();
	if (!isRowId(id)) return noRequest();
	const found = await q.requestIn(db, countyCode, id);
	if (!found || found.request.archivedAt) return noRequest();
	const canHandle = canManageSupport(actor, countyCode);
	const own = actor.kind === 'user' && found.request.requestedBy === actor.userId;
	if (!canHandle && !own) return noRequest();
	return ok({ ...toRequest(found), canHandle });
}

/**
 * The requests the actor may see: all of the county's for the support
 * structure, one's own for anyone else with a role; open first.
 */
export async function listRequests(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<
	Outcome<{ requests: SupportRequest[]; counts: Record<RequestStatus, number>; all: boolean }>
> {
	if (!canRequestSupport(actor, countyCode))
		return forbidden('Logga in med en roll i länet för att se förfrågningar om stöd.');
	const all = canManageSupport(actor, countyCode);
	const by = all || actor.kind !== 'user' ? null : actor.userId;
	const rows = (await q.countyRequests(db, countyCode, by)).filter((r) => !r.request.archivedAt);
	const requests = queueOrder(rows.map(toRequest));
	return ok({ requests, counts: countByStatus(requests.map((r) => r.status)), all });
}

/** What the request form offers: the county's organisations. */
export async function requestChoices(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<{ organisations: { id: number; name: string }[] }>> {
	if (!canRequestSupport(actor, countyCode))
		return forbidden('Logga in med en roll i länet för att be om stöd.');
	return ok({ organisations: await q.countyOrganisations(db, countyCode) });
}

/** The support structure records a round of a course of the catalogue, with participants per organisation. */
export async function addCourseRound(
	db: Db,
	actor: Actor,
	countyCode: string,
	offerId: number,
	raw: Record<string, unknown>
): Promise<Outcome<{ id: number; offerId: number }>> {
	if (!canManageSupport(actor, countyCode)) return forbidden();
	const parsed = CourseRoundInput.safeParse(raw);
	const refused = (f: Record<string, string[]>) => invalid<never>('Omgången kunde inte sparas.', f);
	if (!parsed.success) return refused(fieldErrors(parsed.error.issues));
	if (!isRowId(offerId)) return notFound('Stödet finns inte.');
	const input = parsed.data;
	const participation = keptParticipation(input.participation);
	return db.transaction(async (tx): Promise<Outcome<{ id: number; offerId: number }>> => {
		const offer = await q.offerIn(tx, countyCode, offerId, ['public', 'internal']);
		if (!offer) return notFound('Stödet finns inte.');
		if (offer.kind !== 'course' && offer.kind !== 'programme')
			return refused({ startsOn: ['Omgångar finns bara för utbildningar och program.'] });
		const known = await q.knownOrganisations(
			tx,
			countyCode,
			participation.map((p) => p.organisationId)
		);
		if (participation.some((p) => !known.has(p.organisationId)))
			return refused({ participation: ['Välj organisationer i länet.'] });
		const row = await q.insertRound(
			tx,
			{
				offerId,
				countyCode,
				startsOn: input.startsOn,
				endsOn: input.endsOn,
				place: input.place
			},
			participation
		);
		await audit(tx, actor, {
			action: 'create',
			entityType: 'course_round',
			entityId: row.id,
			countyCode,
			before: null,
			after: {
				title: `${offer.title} ${input.startsOn}`,
				offerId,
				startsOn: input.startsOn,
				endsOn: input.endsOn,
				place: input.place,
				participation
			}
		});
		// a round of a public offer feeds the indicators of the prerequisites it serves
		if (offer.visibility === 'public')
			await publishParticipantIndicators(tx, actor, countyCode, offer.prerequisites);
		return ok({ id: row.id, offerId });
	});
}
