import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { audit } from '../../platform/audit.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { isConflict, saveRevision } from '../../platform/editing.ts';
import { decisionsFor } from './domain/moderation.ts';
import { canAnswerStories, canAnswerStory, canModerateStories } from './domain/permissions.ts';
import { storyIn, tagOptions } from './queries.server.ts';
import { AnswerInput, ModerationInput, TagsInput } from './schema.ts';
import { auditedFields, ENTITY } from './service.server.ts';
import * as t from './tables.ts';

/**
 * The moderators' work: publish a story, publish it with identifying details
 * removed (the original stays internal), reject it with a reason, tag it; and
 * an organisation's public answer. Every step audited, never with the text.
 */

type Row = typeof t.stories.$inferSelect;
const noStory = () => notFound<never>('Berättelsen finns inte.');
const CONFLICT =
	'Någon annan har granskat berättelsen medan du läste den. Ingenting har ändrats; läs den igen.';

async function saveStory(
	tx: Tx,
	actor: Actor,
	countyCode: string,
	id: number,
	revision: number,
	action: string,
	values: Partial<Row>
): Promise<Outcome<{ id: number; status: Row['status'] }>> {
	const saved = await saveRevision<Row>(tx, t.stories, ENTITY, id, revision, values);
	if (!saved) return noStory();
	if (isConflict<Row>(saved)) return { kind: 'conflict', message: CONFLICT };
	await audit(tx, actor, {
		action,
		entityType: ENTITY,
		entityId: id,
		countyCode,
		before: auditedFields(saved.before),
		after: auditedFields(saved.after)
	});
	return ok({ id, status: saved.after.status });
}

/** A moderator's decision on a story: publish, publish edited, or reject with a reason. */
export async function moderateStory(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	values: Record<string, unknown>,
	now = new Date()
): Promise<Outcome<{ id: number; status: Row['status'] }>> {
	if (!canModerateStories(actor, countyCode)) return forbidden();
	const parsed = ModerationInput.safeParse(values);
	if (!parsed.success)
		return invalid('Granskningen kunde inte sparas.', fieldErrors(parsed.error.issues));
	const input = parsed.data;
	return db.transaction(async (tx) => {
		const found = await storyIn(tx, countyCode, id);
		if (!found) return noStory();
		const story = found.story;
		if (!decisionsFor(story.status).includes(input.decision))
			return invalid('Granskningen kunde inte sparas.', {
				decision: ['Berättelsen är avböjd och kan inte granskas igen.']
			});
		if (input.decision !== 'reject' && !story.consentPublish)
			return invalid('Berättelsen kan inte publiceras.', {
				decision: ['Författaren har inte samtyckt till att berättelsen publiceras på webbplatsen.']
			});
		const reviewed = { openReports: 0, moderatedAt: now };
		const published = {
			...reviewed,
			status: 'published' as const,
			publishedAt: story.publishedAt ?? now
		};
		switch (input.decision) {
			case 'publish':
				return saveStory(tx, actor, countyCode, id, input.revision, 'publish', published);
			case 'publish_edited':
				return saveStory(tx, actor, countyCode, id, input.revision, 'publish_edited', {
					...published,
					title: input.title,
					editedHappened: input.editedHappened,
					editedMattered: input.editedMattered
				});
			case 'reject':
				return saveStory(tx, actor, countyCode, id, input.revision, 'reject', {
					...reviewed,
					status: 'rejected',
					rejectionReason: input.rejectionReason
				});
		}
	});
}

/** A moderator tags a story with statements and shifts and links it to initiatives and processes. */
export async function tagStory(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	values: Record<string, unknown>
): Promise<Outcome<{ id: number; status: Row['status'] }>> {
	if (!canModerateStories(actor, countyCode)) return forbidden();
	const parsed = TagsInput.safeParse(values);
	if (!parsed.success)
		return invalid('Taggarna kunde inte sparas.', fieldErrors(parsed.error.issues));
	const input = parsed.data;
	return db.transaction(async (tx) => {
		const options = await tagOptions(tx, countyCode);
		const unknown: Record<string, string[]> = {};
		const check = (name: 'statements' | 'initiatives' | 'processes', label: string) => {
			const known = new Set(options[name].map((o) => o.id));
			if (input[name].some((v) => !known.has(v))) unknown[name] = [`Välj ${label} i listan.`];
		};
		check('statements', 'påståenden');
		check('initiatives', 'insatser');
		check('processes', 'processer');
		if (Object.keys(unknown).length) return invalid('Taggarna kunde inte sparas.', unknown);
		const before = await tagsOf(tx, id);
		if (!(await storyIn(tx, countyCode, id))) return noStory();
		const saved = await saveRevision<Row>(tx, t.stories, ENTITY, id, input.revision, {});
		if (!saved) return noStory();
		if (isConflict<Row>(saved)) return { kind: 'conflict', message: CONFLICT };
		await replaceTags(tx, id, input);
		await audit(tx, actor, {
			action: 'tag',
			entityType: ENTITY,
			entityId: id,
			countyCode,
			before,
			after: await tagsOf(tx, id)
		});
		return ok({ id, status: saved.after.status });
	});
}

async function replaceTags(
	tx: Tx,
	id: number,
	input: Pick<TagsInput, 'statements' | 'shifts' | 'initiatives' | 'processes'>
) {
	await tx.delete(t.storyStatements).where(eq(t.storyStatements.storyId, id));
	await tx.delete(t.storyShifts).where(eq(t.storyShifts.storyId, id));
	await tx.delete(t.storyInitiatives).where(eq(t.storyInitiatives.storyId, id));
	await tx.delete(t.storyProcesses).where(eq(t.storyProcesses.storyId, id));
	const rows = <T>(list: T[], make: (v: T) => object) => list.map(make);
	if (input.statements.length)
		await tx
			.insert(t.storyStatements)
			.values(rows(input.statements, (visionItemId) => ({ storyId: id, visionItemId })) as never);
	if (input.shifts.length)
		await tx
			.insert(t.storyShifts)
			.values(rows(input.shifts, (shift) => ({ storyId: id, shift })) as never);
	if (input.initiatives.length)
		await tx
			.insert(t.storyInitiatives)
			.values(rows(input.initiatives, (initiativeId) => ({ storyId: id, initiativeId })) as never);
	if (input.processes.length)
		await tx
			.insert(t.storyProcesses)
			.values(rows(input.processes, (processId) => ({ storyId: id, processId })) as never);
}

export { replaceTags };

async function tagsOf(tx: Tx, id: number) {
	const ids = async <T>(q: Promise<{ v: T }[]>) => (await q).map((r) => r.v);
	return {
		statements: await ids(
			tx
				.select({ v: t.storyStatements.visionItemId })
				.from(t.storyStatements)
				.where(eq(t.storyStatements.storyId, id))
		),
		shifts: await ids(
			tx.select({ v: t.storyShifts.shift }).from(t.storyShifts).where(eq(t.storyShifts.storyId, id))
		),
		initiatives: await ids(
			tx
				.select({ v: t.storyInitiatives.initiativeId })
				.from(t.storyInitiatives)
				.where(eq(t.storyInitiatives.storyId, id))
		),
		processes: await ids(
			tx
				.select({ v: t.storyProcesses.processId })
				.from(t.storyProcesses)
				.where(eq(t.storyProcesses.storyId, id))
		)
	};
}

/** An organisation answers a published story in public. */
export async function answerStory(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	values: Record<string, unknown>
): Promise<Outcome<{ id: number }>> {
	const parsed = AnswerInput.safeParse(values);
	if (!parsed.success) {
		if (!canAnswerStories(actor, countyCode)) return forbidden();
		return invalid('Svaret kunde inte sparas.', fieldErrors(parsed.error.issues));
	}
	if (!canAnswerStory(actor, countyCode, parsed.data.organisationId)) return forbidden();
	return db.transaction(async (tx) => {
		const found = await storyIn(tx, countyCode, id);
		if (!found || found.story.status !== 'published') return noStory();
		const [org] = await tx
			.select({ id: t.storyAnswers.organisationId })
			.from(t.storyAnswers)
			.where(
				and(
					eq(t.storyAnswers.storyId, id),
					eq(t.storyAnswers.organisationId, parsed.data.organisationId)
				)
			)
			.limit(1);
		if (org)
			return invalid('Svaret kunde inte sparas.', {
				organisationId: ['Organisationen har redan svarat på berättelsen.']
			});
		const [answer] = await tx
			.insert(t.storyAnswers)
			.values({
				storyId: id,
				organisationId: parsed.data.organisationId,
				body: parsed.data.body,
				answeredBy: actor.kind === 'user' ? actor.userId : null
			})
			.returning();
		await audit(tx, actor, {
			action: 'create',
			entityType: 'story_answer',
			entityId: answer!.id,
			countyCode,
			before: null,
			after: { storyId: id, organisationId: answer!.organisationId, body: answer!.body }
		});
		return ok({ id: answer!.id });
	});
}
