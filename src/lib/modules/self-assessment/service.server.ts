import { randomBytes } from 'node:crypto';
import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { audit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { isRowId } from '../../platform/ids.ts';
import {
	codeFrom,
	isClosed,
	isOpen,
	normaliseCode,
	type Consensus,
	type NextStep
} from './domain/round.ts';
import { canManageRound, canOpenRound } from './domain/permissions.ts';
import * as q from './queries.server.ts';
import { answerSchema, CloseInput, ConsensusInput, RoundInput } from './schema.ts';

/**
 * The Dialogguide's writes: opening and closing a round, answering it
 * (anonymously), the workplace's consensus and next step, and the
 * coordinators' changes to a template (template-changes.server.ts). Every write is one transaction;
 * every write by a signed-in person has its audit entry. An answer has none:
 * an audit entry carries a time and an actor, and an answer must carry neither.
 */

const ROUND = 'assessment_round';
const noRound = () => notFound<never>('Omgången finns inte.');

export interface OpenedRound {
	id: number;
	token: string;
	codes: string[];
}

export async function openRound(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>,
	today: string
): Promise<Outcome<OpenedRound>> {
	if (actor.kind !== 'user') return forbidden('Logga in för att starta en omgång.');
	const parsed = RoundInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Omgången kunde inte startas.', fieldErrors(parsed.error.issues));
	const input = parsed.data;
	if (!canOpenRound(actor, countyCode, input.organisationId))
		return forbidden('Du kan bara starta omgångar för arbetsplatser i din egen organisation.');
	if (input.closesOn <= today)
		return invalid('Omgången kunde inte startas.', {
			closesOn: ['Sista svarsdag ska vara efter i dag.']
		});
	return db.transaction(async (tx) => {
		const template = await q.template(tx, countyCode, input.templateId);
		if (!template || template.archivedAt)
			return invalid<OpenedRound>('Omgången kunde inte startas.', {
				templateId: ['Välj en mall i länet.']
			});
		const organisation = await q.organisationOf(tx, countyCode, input.organisationId);
		if (!organisation)
			return invalid<OpenedRound>('Omgången kunde inte startas.', {
				organisationId: ['Välj en organisation i länet.']
			});
		const round = await q.insertRound(tx, {
			countyCode,
			templateId: template.id,
			templateVersion: template.version,
			organisationId: organisation.id,
			workplace: input.workplace,
			managerId: actor.userId,
			mode: input.mode,
			token: randomBytes(18).toString('base64url'),
			opensOn: today,
			closesOn: input.closesOn
		});
		const codes =
			input.mode === 'codes'
				? [
						...new Set(Array.from({ length: input.codeCount * 2 }, () => codeFrom(randomBytes(8))))
					].slice(0, input.codeCount)
				: [];
		if (codes.length) await q.insertCodes(tx, round.id, codes);
		await audit(tx, actor, {
			action: 'create',
			entityType: ROUND,
			entityId: round.id,
			countyCode,
			before: null,
			after: {
				workplace: round.workplace,
				organisationId: round.organisationId,
				templateId: round.templateId,
				templateVersion: round.templateVersion,
				mode: round.mode,
				closesOn: round.closesOn,
				codes: codes.length
			}
		});
		return ok({ id: round.id, token: round.token, codes });
	});
}

export async function closeRound(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>,
	today: string
): Promise<Outcome<{ id: number }>> {
	if (!isRowId(id)) return noRound();
	const parsed = CloseInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Omgången kunde inte stängas.', fieldErrors(parsed.error.issues));
	return db.transaction(async (tx) => {
		const found = await q.round(tx, countyCode, id);
		if (!found) return noRound();
		if (!canManageRound(actor, countyCode, found.round)) return forbidden();
		if (found.round.revision !== parsed.data.revision)
			return {
				kind: 'conflict',
				message: 'Omgången har ändrats sedan du öppnade sidan. Ladda om och försök igen.'
			};
		if (isClosed(found.round, today))
			return invalid<{ id: number }>('Omgången är redan stängd.', {
				form: ['Omgången är redan stängd.']
			});
		await q.updateRound(tx, id, { closedOn: today });
		await audit(tx, actor, {
			action: 'update',
			entityType: ROUND,
			entityId: id,
			countyCode,
			before: { closedOn: null },
			after: { closedOn: today }
		});
		return ok({ id });
	});
}

/** What a person sees after answering. */
export interface Answered {
	workplace: string;
}

const notTaken = (message: string) => invalid<never>(message, { form: [message] });

/**
 * One anonymous answer to a round: the round must be open today, the code
 * (in a round with codes) one of its own and unused, and every statement
 * scored 1–5 or "vet inte". Nothing is written otherwise. The answer keeps
 * the date only; the code is marked used without saying by which answer.
 */
export async function submitAnswer(
	db: Db,
	token: string,
	raw: Record<string, string>,
	today: string,
	opts: { alreadyAnswered?: boolean } = {}
): Promise<Outcome<Answered>> {
	return db.transaction(async (tx) => {
		const round = await q.roundByToken(tx, token, true);
		if (!round || round.archivedAt)
			return notFound<Answered>('Omgången finns inte. Kontrollera länken.');
		if (!isOpen(round, today))
			return notTaken(
				isClosed(round, today)
					? 'Omgången är stängd och tar inte emot fler svar.'
					: 'Omgången har inte öppnat än.'
			);
		const statements = await q.statements(tx, round.templateId, round.templateVersion);
		const parsed = answerSchema(statements.map((s) => s.id)).safeParse(raw);
		if (!parsed.success)
			return invalid<Answered>(
				'Svaren kunde inte tas emot. Rätta det som är markerat.',
				fieldErrors(parsed.error.issues)
			);
		if (round.mode === 'codes') {
			const code = normaliseCode(raw.code ?? '');
			if (!code)
				return invalid<Answered>('Skriv din kod.', { code: ['Skriv koden du fick av din chef.'] });
			if (!(await q.useCode(tx, round.id, code)))
				return invalid<Answered>('Koden går inte att använda.', {
					code: [
						'Koden är redan använd eller hör inte till den här omgången. Varje kod kan användas en gång.'
					]
				});
		} else if (opts.alreadyAnswered) {
			return notTaken('Du har redan svarat i den här omgången från den här webbläsaren.');
		}
		const scores = statements.map((s) => ({
			statementId: s.id,
			score: (parsed.data as Record<string, number | null>)[`s${s.id}`] ?? null
		}));
		await q.insertAnswer(tx, round.id, today, scores);
		return ok({ workplace: round.workplace });
	});
}

/** The workplace's agreed score per dimension with a note, and its next step. */
export async function saveConsensus(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>,
	today: string
): Promise<Outcome<{ id: number }>> {
	if (!isRowId(id)) return noRound();
	return db.transaction(async (tx) => {
		const found = await q.round(tx, countyCode, id);
		if (!found) return noRound();
		if (!canManageRound(actor, countyCode, found.round)) return forbidden();
		if (!isClosed(found.round, today))
			return invalid<{ id: number }>('Den gemensamma skattningen görs när omgången är stängd.', {
				form: ['Omgången är inte stängd än.']
			});
		const keys = (await q.dimensions(tx, found.round.templateId)).map((d) => d.key);
		const parsed = ConsensusInput(keys).safeParse(raw);
		if (!parsed.success)
			return invalid<{ id: number }>(
				'Det gick inte att spara. Rätta det som är markerat.',
				fieldErrors(parsed.error.issues)
			);
		const data = parsed.data as Record<string, unknown> & {
			revision: number;
			nextWhat: string;
			nextOwner: string;
			nextDue?: string;
		};
		if (found.round.revision !== data.revision)
			return {
				kind: 'conflict',
				message:
					'Någon annan har sparat omgången sedan du öppnade sidan. Ladda om och försök igen.',
				current: found.round
			};
		const consensus: Consensus = {};
		for (const k of keys) {
			const score = data[`score.${k}`] as number | undefined;
			if (score !== undefined) consensus[k] = { score, note: String(data[`note.${k}`] ?? '') };
		}
		const nextSteps: NextStep[] = data.nextWhat
			? [{ what: data.nextWhat, owner: data.nextOwner, dueOn: data.nextDue! }]
			: [];
		await q.updateRound(tx, id, { consensus, nextSteps });
		await audit(tx, actor, {
			action: 'update',
			entityType: ROUND,
			entityId: id,
			countyCode,
			before: { consensus: found.round.consensus, nextSteps: found.round.nextSteps },
			after: { consensus, nextSteps }
		});
		return ok({ id });
	});
}

export { addStatement, retireStatement, rewordStatement } from './template-changes.server.ts';
