import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../src/lib/platform/db/client.ts';
import * as t from '../src/lib/app/tables.ts';
import { organisationId, testUser } from '../tests/kit/cast.ts';
import { api, form, type MatrixCase, type Who } from './permission-kit.ts';

/**
 * The permission matrix's cases for the Dialogguide, for
 * e2e/permissions.spec.ts: opening a round (page and API, for the editors'
 * own organisation and for another), closing it and saving its consensus and
 * next step (a round of someone else's, and the caller's own), and the
 * coordinators' template changes (add, reword, retire a statement). Each acts
 * on a fresh round, or a fresh statement of the matrix's own template, made
 * directly in the database. The single-use codes are made when a round is
 * opened with codes (the codes page only shows them), so opening covers them.
 *
 * Not here: answering a round. It is public by design (a link or a code, no
 * account), and an answer has no audit entry – an audit entry carries a time
 * and an actor, and an answer must carry neither – so it fits neither side of
 * the matrix (allowed writes are audited, refused ones are refused). Its
 * rules are tested in e2e/self-assessment.spec.ts and the service's db tests.
 * The personal test (testa) stores nothing.
 *
 * `userOf` gives the matrix's person (none for anonymous), for the rounds the
 * caller opened themselves.
 */

const unique = () => Math.random().toString(36).slice(2, 8);

export function selfAssessmentCases(
	db: () => Db,
	userOf: (who: Who) => number | undefined
): MatrixCase[] {
	const county: Who[] = ['coordinator', 'admin'];
	/** a manager: an editor of the workplace's organisation (Arvika, the matrix's editor's) */
	const managers: Who[] = ['editor', ...county];

	/** the county's template, which rounds are opened on (never changed here) */
	const countyTemplate = async () => {
		const [row] = await db()
			.select()
			.from(t.assessmentTemplates)
			.where(
				and(eq(t.assessmentTemplates.countyCode, '17'), isNull(t.assessmentTemplates.archivedAt))
			)
			.orderBy(asc(t.assessmentTemplates.id))
			.limit(1);
		return row!;
	};
	const roundInput = async (organisation = 'Arvika kommun') => ({
		templateId: (await countyTemplate()).id,
		organisationId: await organisationId(db(), organisation),
		workplace: `Matrisens arbetsplats ${unique()}`,
		closesOn: '2099-12-31',
		mode: 'codes',
		codeCount: 5
	});

	/** the manager of "someone else's" rounds: an editor of Arvika who is none of the matrix's people */
	let other: number | undefined;
	const otherManager = async () => (other ??= (await testUser(db(), 'editor')).actor.userId);
	/**
	 * A round of Arvika opened by `managerId`: open, or (`closed`) past its
	 * closing date, as the consensus is saved after a round.
	 */
	const freshRound = async (managerId: number, closed = false) => {
		const [row] = await db()
			.insert(t.assessmentRounds)
			.values({
				countyCode: '17',
				templateId: (await countyTemplate()).id,
				templateVersion: (await countyTemplate()).version,
				organisationId: await organisationId(db(), 'Arvika kommun'),
				workplace: `Matrisens arbetsplats ${unique()}`,
				managerId,
				mode: 'codes',
				token: randomBytes(18).toString('base64url'),
				opensOn: '2020-01-01',
				closesOn: closed ? '2020-06-30' : '2099-12-31'
			})
			.returning();
		return row!;
	};
	/**
	 * The caller's own round; anonymous has none, so theirs is someone
	 * else's. A reader, a moderator or Dalarna's coordinator cannot open one
	 * in Värmland: theirs stands for a manager who has since lost the editor's
	 * role, and the round is then the county's coordinators' alone.
	 */
	const ownRound = async (who: Who, closed = false) =>
		freshRound(userOf(who) ?? (await otherManager()), closed);
	const othersRound = async (closed = false) => freshRound(await otherManager(), closed);

	const consensus = async (revision: number) => {
		const [dimension] = await db()
			.select({ key: t.assessmentDimensions.key })
			.from(t.assessmentDimensions)
			.where(eq(t.assessmentDimensions.templateId, (await countyTemplate()).id))
			.orderBy(asc(t.assessmentDimensions.position))
			.limit(1);
		return {
			revision,
			[`score.${dimension!.key}`]: 3,
			[`note.${dimension!.key}`]: 'Matrisens anteckning.',
			nextWhat: 'Matrisens nästa steg',
			nextOwner: 'Matrisens chef',
			nextDue: '2099-06-30'
		};
	};

	/**
	 * The matrix's own template in Värmland (made once; the county's current
	 * template stays the first, so no other page changes): each change makes
	 * a version of it.
	 */
	let template: { id: number; dimensionId: number } | undefined;
	const matrixTemplate = async () => {
		if (template) return template;
		const [row] = await db()
			.insert(t.assessmentTemplates)
			.values({ countyCode: '17', title: 'Matrisens mall', visibility: 'internal' })
			.returning();
		const [dimension] = await db()
			.insert(t.assessmentDimensions)
			.values({
				templateId: row!.id,
				key: 'matris',
				kind: 'nara_concept',
				title: 'Matrisens dimension',
				position: 1
			})
			.returning();
		return (template = { id: row!.id, dimensionId: dimension!.id });
	};
	const templateVersion = async (id: number) => {
		const [row] = await db()
			.select({ version: t.assessmentTemplates.version })
			.from(t.assessmentTemplates)
			.where(eq(t.assessmentTemplates.id, id));
		return row!.version;
	};
	/** a statement in the template's current version, to reword or retire */
	const freshStatement = async () => {
		const { id, dimensionId } = await matrixTemplate();
		const version = await templateVersion(id);
		const [row] = await db()
			.insert(t.assessmentStatements)
			.values({
				templateId: id,
				dimensionId,
				text: `Matrisens påstående ${unique()}`,
				position: 1,
				addedInVersion: version
			})
			.returning();
		return { templateId: id, statementId: row!.id, version };
	};
	const templatePage = (id: number, action: string) =>
		`/lan/varmland/dialogguide/mall/${id}?/${action}`;

	return [
		{
			name: 'dialogguiden: öppna en omgång (Arvika)',
			allowed: managers,
			request: async () => form('/lan/varmland/dialogguide/omgangar/ny', await roundInput())
		},
		{
			// the matrix's editor is Arvika's: another organisation's workplace is the county's
			name: 'dialogguiden: öppna en omgång (Karlstads)',
			allowed: county,
			request: async () =>
				form('/lan/varmland/dialogguide/omgangar/ny', await roundInput('Karlstads kommun'))
		},
		{
			name: 'dialogguiden: stäng en omgång (någon annans)',
			allowed: county,
			request: async () => {
				const r = await othersRound();
				return form(`/lan/varmland/dialogguide/omgangar/${r.id}?/close`, {
					revision: r.revision
				});
			}
		},
		{
			name: 'dialogguiden: stäng en omgång (den egna)',
			allowed: managers,
			request: async (who) => {
				const r = await ownRound(who);
				return form(`/lan/varmland/dialogguide/omgangar/${r.id}?/close`, {
					revision: r.revision
				});
			}
		},
		{
			name: 'dialogguiden: gemensam skattning och nästa steg (någon annans)',
			allowed: county,
			request: async () => {
				const r = await othersRound(true);
				return form(
					`/lan/varmland/dialogguide/omgangar/${r.id}?/consensus`,
					await consensus(r.revision)
				);
			}
		},
		{
			name: 'dialogguiden: gemensam skattning och nästa steg (den egna)',
			allowed: managers,
			request: async (who) => {
				const r = await ownRound(who, true);
				return form(
					`/lan/varmland/dialogguide/omgangar/${r.id}?/consensus`,
					await consensus(r.revision)
				);
			}
		},
		{
			name: 'dialogguiden: mallen, lägg till ett påstående',
			allowed: county,
			request: async () => {
				const { id } = await matrixTemplate();
				return form(templatePage(id, 'add'), {
					version: await templateVersion(id),
					dimensionKey: 'matris',
					text: `Matrisens nya påstående ${unique()}`,
					source: '',
					quote: ''
				});
			}
		},
		{
			name: 'dialogguiden: mallen, ändra ett påstående',
			allowed: county,
			request: async () => {
				const s = await freshStatement();
				return form(templatePage(s.templateId, 'edit'), {
					version: s.version,
					statementId: s.statementId,
					text: `Matrisens nya formulering ${unique()}`,
					source: '',
					quote: ''
				});
			}
		},
		{
			name: 'dialogguiden: mallen, ta bort ett påstående',
			allowed: county,
			request: async () => {
				const s = await freshStatement();
				return form(templatePage(s.templateId, 'retire'), {
					version: s.version,
					statementId: s.statementId
				});
			}
		},
		{
			name: 'dialogguiden: API POST omgång (Arvika)',
			allowed: managers,
			request: async () =>
				api('POST', '/api/counties/17/self-assessment/rounds', await roundInput())
		},
		{
			name: 'dialogguiden: API POST omgång (Karlstads)',
			allowed: county,
			request: async () =>
				api('POST', '/api/counties/17/self-assessment/rounds', await roundInput('Karlstads kommun'))
		}
	];
}
