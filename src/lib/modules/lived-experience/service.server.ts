import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import { countyMunicipalities } from '../counties/index.server.ts';
import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, ok, type Outcome } from '../../core/outcome.ts';
import { audit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { initiatives } from '../initiatives/tables.ts';
import { guardSubmission } from '../privacy/index.server.ts';
import { processes } from '../processes/tables.ts';
import {
	canCoordinateLivedExperience,
	canRequestParticipants,
	canRequestParticipantsFor
} from './domain/permissions.ts';
import { OFFER_CONSENT } from './domain/vocabulary.ts';
import { AssignmentInput, OfferInput, RequestInput } from './schema.ts';
import * as t from './tables.ts';

/**
 * "Levande bibliotek": a person offers to take part (no account, behind the
 * form guard, with consent); a process or an initiative asks for
 * participants; a coordinator matches them and records the assignment and
 * whether it is paid. The audit log records these steps without the
 * person's name, contact or experience, so erasure leaves nothing behind.
 */

export const municipalities = countyMunicipalities;

/** The processes and initiatives of the county that may ask for participants. */
export async function subjects(db: Db, countyCode: string) {
	const [procs, inits] = await Promise.all([
		db
			.select({ id: processes.id, name: processes.title })
			.from(processes)
			.where(and(eq(processes.countyCode, countyCode), isNull(processes.archivedAt)))
			.orderBy(asc(processes.title)),
		db
			.select({
				id: initiatives.id,
				name: initiatives.title,
				leadOrganisationId: initiatives.leadOrganisationId
			})
			.from(initiatives)
			.where(and(eq(initiatives.countyCode, countyCode), isNull(initiatives.archivedAt)))
			.orderBy(asc(initiatives.title))
	]);
	return { processes: procs, initiatives: inits };
}

/** The processes and initiatives the actor may ask participants for (none: forbidden). */
export async function askableSubjects(db: Db, actor: Actor, countyCode: string) {
	if (!canRequestParticipants(actor, countyCode)) return forbidden();
	const known = await subjects(db, countyCode);
	const mayAsk = {
		processes: known.processes.filter(() =>
			canRequestParticipantsFor(actor, countyCode, { kind: 'process' })
		),
		initiatives: known.initiatives.filter((i) =>
			canRequestParticipantsFor(actor, countyCode, {
				kind: 'initiative',
				leadOrganisationId: i.leadOrganisationId
			})
		)
	};
	if (!mayAsk.processes.length && !mayAsk.initiatives.length) return forbidden();
	return ok(mayAsk);
}

/**
 * The actor's own requests and how far each is matched: how many are
 * assigned, never who (the people who offer are not shown outside the
 * coordinators' page).
 */
export async function ownRequests(db: Db, actor: Actor, countyCode: string) {
	if (actor.kind !== 'user') return [];
	const [rows, known] = await Promise.all([
		db
			.select({
				id: t.participantRequests.id,
				processId: t.participantRequests.processId,
				initiativeId: t.participantRequests.initiativeId,
				task: t.participantRequests.task,
				careKind: t.participantRequests.careKind,
				wanted: t.participantRequests.wanted,
				createdAt: t.participantRequests.createdAt,
				assigned: count(t.participantAssignments.id)
			})
			.from(t.participantRequests)
			.leftJoin(
				t.participantAssignments,
				eq(t.participantAssignments.requestId, t.participantRequests.id)
			)
			.where(
				and(
					eq(t.participantRequests.countyCode, countyCode),
					eq(t.participantRequests.createdBy, actor.userId)
				)
			)
			.groupBy(t.participantRequests.id)
			.orderBy(desc(t.participantRequests.createdAt), desc(t.participantRequests.id)),
		subjects(db, countyCode)
	]);
	return rows.map(({ processId, initiativeId, createdAt, ...r }) => ({
		...r,
		subject: subjectName(known, { processId, initiativeId }),
		askedOn: createdAt.toISOString().slice(0, 10)
	}));
}

function subjectName(
	known: Awaited<ReturnType<typeof subjects>>,
	r: { processId: number | null; initiativeId: number | null }
) {
	return r.processId !== null
		? `Process: ${known.processes.find((p) => p.id === r.processId)?.name ?? '–'}`
		: `Insats: ${known.initiatives.find((i) => i.id === r.initiativeId)?.name ?? '–'}`;
}

/** Anyone offers to take part. `address` serves the rate limit only; it is not stored. */
export async function offerToTakePart(
	db: Db,
	actor: Actor,
	countyCode: string,
	values: Record<string, string>,
	address: string,
	now = new Date()
): Promise<Outcome<{ id: number }>> {
	const parsed = OfferInput.safeParse(values);
	if (!parsed.success)
		return invalid('Anmälan kunde inte skickas.', fieldErrors(parsed.error.issues));
	const input = parsed.data;
	if (
		input.municipalityId !== undefined &&
		!(await municipalities(db, countyCode)).some((m) => m.id === input.municipalityId)
	)
		return invalid('Anmälan kunde inte skickas.', {
			municipalityId: ['Välj en kommun i listan.']
		});
	if (actor.kind !== 'system') {
		const refused = await guardSubmission(db, 'lived-experience', values, address, now.getTime());
		if (refused) return refused;
	}
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(t.livedExperienceOffers)
			.values({
				countyCode,
				name: input.name,
				contact: input.contact,
				experience: input.experience,
				careKind: input.careKind,
				municipalityId: input.municipalityId ?? null,
				consentTextVersion: OFFER_CONSENT.version,
				consentedAt: now,
				createdAt: now
			})
			.returning();
		await audit(tx, actor, {
			action: 'create',
			entityType: 'lived_experience_offer',
			entityId: row!.id,
			countyCode,
			before: null,
			after: { careKind: row!.careKind, consentTextVersion: row!.consentTextVersion }
		});
		return ok({ id: row!.id });
	});
}

/** A process or an initiative asks for participants (its editors, the county's coordinators). */
export async function requestParticipants(
	db: Db,
	actor: Actor,
	countyCode: string,
	values: Record<string, string>
): Promise<Outcome<{ id: number }>> {
	if (!canRequestParticipants(actor, countyCode)) return forbidden();
	const parsed = RequestInput.safeParse(values);
	if (!parsed.success)
		return invalid('Förfrågan kunde inte sparas.', fieldErrors(parsed.error.issues));
	const input = parsed.data;
	const [kind, raw] = input.subject.split(':') as ['process' | 'initiative', string];
	const subjectId = Number(raw);
	const known = await subjects(db, countyCode);
	const process = kind === 'process' && known.processes.find((s) => s.id === subjectId);
	const initiative = kind === 'initiative' && known.initiatives.find((s) => s.id === subjectId);
	if (!process && !initiative)
		return invalid('Förfrågan kunde inte sparas.', {
			subject: ['Välj processen eller insatsen som behöver deltagare.']
		});
	const subject = initiative
		? ({ kind: 'initiative', leadOrganisationId: initiative.leadOrganisationId } as const)
		: ({ kind: 'process' } as const);
	if (!canRequestParticipantsFor(actor, countyCode, subject))
		return forbidden('Du kan inte be om deltagare för den här processen eller insatsen.');
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(t.participantRequests)
			.values({
				countyCode,
				processId: kind === 'process' ? subjectId : null,
				initiativeId: kind === 'initiative' ? subjectId : null,
				task: input.task,
				careKind: input.careKind ?? null,
				wanted: input.wanted,
				createdBy: actor.kind === 'user' ? actor.userId : null
			})
			.returning();
		await audit(tx, actor, {
			action: 'create',
			entityType: 'participant_request',
			entityId: row!.id,
			countyCode,
			before: null,
			after: {
				processId: row!.processId,
				initiativeId: row!.initiativeId,
				task: row!.task,
				wanted: row!.wanted
			}
		});
		return ok({ id: row!.id });
	});
}

/** A coordinator matches a person to a request and records whether the assignment is paid. */
export async function assignParticipant(
	db: Db,
	actor: Actor,
	countyCode: string,
	values: Record<string, string>
): Promise<Outcome<{ id: number }>> {
	if (!canCoordinateLivedExperience(actor, countyCode)) return forbidden();
	const parsed = AssignmentInput.safeParse(values);
	if (!parsed.success)
		return invalid('Uppdraget kunde inte sparas.', fieldErrors(parsed.error.issues));
	const input = parsed.data;
	return db.transaction(async (tx) => {
		const [request] = await tx
			.select({ id: t.participantRequests.id })
			.from(t.participantRequests)
			.where(
				and(
					eq(t.participantRequests.id, input.requestId),
					eq(t.participantRequests.countyCode, countyCode)
				)
			);
		const [offer] = await tx
			.select({ id: t.livedExperienceOffers.id })
			.from(t.livedExperienceOffers)
			.where(
				and(
					eq(t.livedExperienceOffers.id, input.offerId),
					eq(t.livedExperienceOffers.countyCode, countyCode)
				)
			);
		const errors: Record<string, string[]> = {};
		if (!request) errors.requestId = ['Välj en förfrågan i listan.'];
		if (!offer) errors.offerId = ['Välj en person i listan.'];
		if (Object.keys(errors).length) return invalid('Uppdraget kunde inte sparas.', errors);
		const [row] = await tx
			.insert(t.participantAssignments)
			.values({
				requestId: input.requestId,
				offerId: input.offerId,
				paid: input.paid,
				terms: input.terms,
				createdBy: actor.kind === 'user' ? actor.userId : null
			})
			.onConflictDoNothing()
			.returning();
		if (!row)
			return invalid('Uppdraget kunde inte sparas.', {
				offerId: ['Personen har redan det här uppdraget.']
			});
		await audit(tx, actor, {
			action: 'create',
			entityType: 'participant_assignment',
			entityId: row.id,
			countyCode,
			before: null,
			after: {
				requestId: row.requestId,
				// the offer of a person (not the support structure's offerId, another thing)
				participantOfferId: row.offerId,
				paid: row.paid,
				terms: row.terms
			}
		});
		return ok({ id: row.id });
	});
}

/** What the coordinators see: every offer (with contact), every request and its assignments. */
export async function coordination(db: Db, actor: Actor, countyCode: string) {
	if (!canCoordinateLivedExperience(actor, countyCode)) return forbidden();
	const [offers, requests, assignments, known, munis] = await Promise.all([
		db
			.select()
			.from(t.livedExperienceOffers)
			.where(eq(t.livedExperienceOffers.countyCode, countyCode))
			.orderBy(desc(t.livedExperienceOffers.createdAt)),
		db
			.select()
			.from(t.participantRequests)
			.where(eq(t.participantRequests.countyCode, countyCode))
			.orderBy(desc(t.participantRequests.createdAt)),
		db
			.select({
				id: t.participantAssignments.id,
				requestId: t.participantAssignments.requestId,
				offerId: t.participantAssignments.offerId,
				paid: t.participantAssignments.paid,
				terms: t.participantAssignments.terms
			})
			.from(t.participantAssignments)
			.innerJoin(
				t.participantRequests,
				eq(t.participantRequests.id, t.participantAssignments.requestId)
			)
			.where(eq(t.participantRequests.countyCode, countyCode)),
		subjects(db, countyCode),
		municipalities(db, countyCode)
	]);
	return ok({
		offers: offers.map((o) => ({
			id: o.id,
			name: o.name,
			contact: o.contact,
			experience: o.experience,
			careKind: o.careKind,
			municipality: munis.find((m) => m.id === o.municipalityId)?.name ?? null,
			offeredOn: o.createdAt.toISOString().slice(0, 10)
		})),
		requests: requests.map((r) => ({
			id: r.id,
			subject: subjectName(known, r),
			task: r.task,
			careKind: r.careKind,
			wanted: r.wanted,
			assignments: assignments
				.filter((a) => a.requestId === r.id)
				.map((a) => ({
					...a,
					name: offers.find((o) => o.id === a.offerId)?.name ?? '–'
				}))
		})),
		subjects: known
	});
}
