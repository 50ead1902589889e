import { eq, inArray, or } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import { importJobs, jobFiles } from '../../platform/db/tables.ts';
import { actionDigestOptOuts, actions } from '../actions/tables.ts';
import { barrierSteps, barriers } from '../barriers/tables.ts';
import { scenarioVersions, scenarios } from '../benefit/tables.ts';
import { campaigns } from '../campaigns/tables.ts';
import { goodExamples } from '../good-examples/tables.ts';
import { participantAssignments, participantRequests } from '../lived-experience/tables.ts';
import { assessmentRounds } from '../self-assessment/tables.ts';

/**
 * What the other modules keep under an account holder's name: the things
 * they asked for, opened, own or recorded, for their data export. Only what
 * is about them: campaign answers are anonymous, and the people offered to
 * a request for participants are not theirs to see.
 */

/** How a benefit scenario's version names who saved it (actorLabel of the person). */
export const savedByLabel = (user: { name: string; email: string }) =>
	`${user.name} <${user.email}>`;

export async function ownWork(
	db: Db,
	userId: number,
	user: { name: string; email: string }
): Promise<Record<string, unknown>> {
	const [
		requests,
		assignments,
		opened,
		owned,
		optOut,
		raised,
		steps,
		nominated,
		rounds,
		madeScenarios,
		savedVersions,
		jobs
	] = await Promise.all([
		db
			.select({
				id: participantRequests.id,
				county: participantRequests.countyCode,
				processId: participantRequests.processId,
				initiativeId: participantRequests.initiativeId,
				task: participantRequests.task,
				careKind: participantRequests.careKind,
				wanted: participantRequests.wanted,
				at: participantRequests.createdAt
			})
			.from(participantRequests)
			.where(eq(participantRequests.createdBy, userId)),
		db
			.select({
				id: participantAssignments.id,
				requestId: participantAssignments.requestId,
				paid: participantAssignments.paid,
				terms: participantAssignments.terms,
				at: participantAssignments.createdAt
			})
			.from(participantAssignments)
			.where(eq(participantAssignments.createdBy, userId)),
		db
			.select({
				id: campaigns.id,
				county: campaigns.countyCode,
				question: campaigns.question,
				opensOn: campaigns.opensOn,
				closesOn: campaigns.closesOn,
				at: campaigns.createdAt
			})
			.from(campaigns)
			.where(eq(campaigns.createdBy, userId)),
		db
			.select({
				id: actions.id,
				county: actions.countyCode,
				title: actions.title,
				dueOn: actions.dueOn,
				status: actions.status,
				outcome: actions.outcome
			})
			.from(actions)
			.where(eq(actions.ownerUserId, userId)),
		db
			.select({ at: actionDigestOptOuts.optedOutAt })
			.from(actionDigestOptOuts)
			.where(eq(actionDigestOptOuts.userId, userId)),
		db
			.select({
				id: barriers.id,
				county: barriers.countyCode,
				title: barriers.title,
				raisedOn: barriers.raisedOn,
				status: barriers.status
			})
			.from(barriers)
			.where(eq(barriers.raisedByUserId, userId)),
		db
			.select({
				barrierId: barrierSteps.barrierId,
				status: barrierSteps.status,
				on: barrierSteps.on,
				note: barrierSteps.note
			})
			.from(barrierSteps)
			.where(eq(barrierSteps.byUserId, userId)),
		db
			.select({
				id: goodExamples.id,
				county: goodExamples.countyCode,
				initiativeId: goodExamples.initiativeId,
				status: goodExamples.status,
				nominatedBy: goodExamples.nominatedBy,
				reviewedBy: goodExamples.reviewedBy,
				reviewedAt: goodExamples.reviewedAt
			})
			.from(goodExamples)
			.where(or(eq(goodExamples.nominatedBy, userId), eq(goodExamples.reviewedBy, userId))),
		db
			.select({
				id: assessmentRounds.id,
				county: assessmentRounds.countyCode,
				workplace: assessmentRounds.workplace,
				opensOn: assessmentRounds.opensOn,
				closesOn: assessmentRounds.closesOn
			})
			.from(assessmentRounds)
			.where(eq(assessmentRounds.managerId, userId)),
		db
			.select({ id: scenarios.id, county: scenarios.countyCode, name: scenarios.name })
			.from(scenarios)
			.where(eq(scenarios.createdByUserId, userId)),
		db
			.select({
				scenarioId: scenarioVersions.scenarioId,
				version: scenarioVersions.version,
				at: scenarioVersions.createdAt
			})
			.from(scenarioVersions)
			.where(eq(scenarioVersions.createdBy, savedByLabel(user))),
		db
			.select({
				id: importJobs.id,
				kind: importJobs.kind,
				county: importJobs.countyCode,
				status: importJobs.status,
				message: importJobs.message,
				at: importJobs.createdAt,
				finishedAt: importJobs.finishedAt,
				fileKeptUntil: jobFiles.expiresAt
			})
			.from(importJobs)
			.leftJoin(jobFiles, eq(jobFiles.recordId, importJobs.id))
			.where(eq(importJobs.createdByUserId, userId))
	]);
	return {
		participantRequests: requests,
		participantAssignmentsRecorded: assignments,
		campaignsOpened: opened,
		actionsOwned: owned,
		actionDigestOptedOut: optOut[0]?.at ?? null,
		barriersRaised: raised,
		barrierStepsRecorded: steps,
		goodExamples: nominated.map(({ nominatedBy, reviewedBy, ...g }) => ({
			...g,
			nominated: nominatedBy === userId,
			reviewed: reviewedBy === userId
		})),
		selfAssessmentRoundsManaged: rounds,
		benefitScenariosCreated: madeScenarios,
		benefitScenarioVersionsSaved: savedVersions,
		jobsStarted: jobs
	};
}

/**
 * On erasure: the name and e-mail a benefit scenario's versions were saved
 * under are replaced (the other modules keep only the account's number,
 * which then names nobody); the digest setting and the files the person
 * ordered (reports, exports: theirs alone) go with the account.
 */
export async function eraseOwnWork(
	tx: Db | Tx,
	userId: number,
	user: { name: string; email: string },
	erasedName: string
): Promise<void> {
	await tx
		.update(scenarioVersions)
		.set({ createdBy: erasedName })
		.where(eq(scenarioVersions.createdBy, savedByLabel(user)));
	await tx.delete(actionDigestOptOuts).where(eq(actionDigestOptOuts.userId, userId));
	await tx
		.delete(jobFiles)
		.where(
			inArray(
				jobFiles.recordId,
				tx
					.select({ id: importJobs.id })
					.from(importJobs)
					.where(eq(importJobs.createdByUserId, userId))
			)
		);
}
