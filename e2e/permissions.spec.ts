import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../src/lib/core/actor.ts';
import type { Db } from '../src/lib/platform/db/client.ts';
import * as t from '../src/lib/app/tables.ts';
import { STAGED_KIND } from '../src/lib/modules/initiatives/import.server.ts';
import { rowCount } from '../tests/kit/audit.ts';
import { organisationId, testUser, type TestUser } from '../tests/kit/cast.ts';
import { baseUrl, closeServerDatabase, serverDatabase } from '../tests/kit/browser.ts';
import { leadershipCases } from './permissions-leadership.ts';
import { livedExperienceCases } from './permissions-lived-experience.ts';
import { milestoneCases } from './permissions-milestones.ts';
import { yearlyReportCases } from './permissions-yearly-report.ts';
import { reflectionCases } from './permissions-reflections.ts';
import { selfAssessmentCases } from './permissions-self-assessment.ts';
import { supportCases } from './permissions-support.ts';

/**
 * The permission matrix: every writing page action and API endpoint, called
 * as every role (and anonymously) against the built server. The allowed ones
 * succeed; the others are refused with 403 (or, for anonymous visitors of a
 * page, a redirect to sign-in) and write nothing — the audit log, which every
 * write adds to, does not grow.
 */

type Who = 'anonymous' | Role | 'coordinator-dalarna';
const everyone: Who[] = [
	'anonymous',
	'reader',
	'editor',
	'moderator',
	'coordinator',
	'admin',
	'coordinator-dalarna'
];
const county: Who[] = ['coordinator', 'admin'];
const signedIn: Who[] = [
	'reader',
	'editor',
	'moderator',
	'coordinator',
	'admin',
	'coordinator-dalarna'
];

let db: Db;
const people = new Map<Who, TestUser>();

beforeAll(async () => {
	db = (await serverDatabase()).db;
	for (const who of everyone) {
		if (who === 'anonymous') continue;
		people.set(
			who,
			who === 'coordinator-dalarna'
				? await testUser(db, 'coordinator', '20')
				: await testUser(db, who)
		);
	}
});
afterAll(() => closeServerDatabase());

const auditCount = () => rowCount(db);

/** Waits until no job is waiting or running in the queue, so none writes during a later case. */
async function queueSettled() {
	for (let i = 0; i < 120; i++) {
		const [row] = await db.execute<{ n: number }>(
			sql`select count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active') and start_after <= now()`
		);
		if (row!.n === 0) return;
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error('the job queue did not settle within 30 seconds');
}

/** Fresh items to act on, so an allowed call never depends on an earlier one. */
async function freshEvent(): Promise<{ id: number; revision: number }> {
	const [row] = await db
		.insert(t.timelineEvents)
		.values({
			countyCode: '17',
			level: 'county',
			year: 2025,
			periodLabel: '2025',
			title: `Matris ${Math.random()}`,
			body: '',
			position: 1
		})
		.returning();
	return row!;
}
async function freshGroup(): Promise<{ id: number; revision: number }> {
	const [row] = await db
		.insert(t.groups)
		.values({
			countyCode: '17',
			name: `Matrisgrupp ${Math.random()}`,
			level: 'county',
			composition: '',
			mandate: '',
			position: 99
		})
		.returning();
	return row!;
}
async function freshDecision(): Promise<{ id: number; revision: number }> {
	const [row] = await db
		.insert(t.decisions)
		.values({
			countyCode: '17',
			organisationId: await organisationId(db, 'Arvika kommun'),
			subject: 'other',
			title: `Matrisbeslut ${Math.random()}`,
			decidedOn: nextDate(),
			description: ''
		})
		.returning();
	return row!;
}
async function freshInitiative(): Promise<{ id: number; revision: number }> {
	const [row] = await db
		.insert(t.initiatives)
		.values({
			countyCode: '17',
			title: `Matrisinsats ${Math.random()}`,
			leadOrganisationId: await organisationId(db, 'Arvika kommun'),
			level: 'local',
			phase: 'pilot'
		})
		.returning();
	return row!;
}
async function freshRoadmapItem(): Promise<{ id: number; revision: number }> {
	const [roadmap] = await db.select().from(t.roadmaps).where(eq(t.roadmaps.countyCode, '17'));
	const [row] = await db
		.insert(t.roadmapItems)
		.values({
			roadmapId: roadmap!.id,
			kind: 'milestone',
			key: `matris-${Math.random().toString(36).slice(2)}`,
			position: 99,
			title: 'Matris',
			body: ''
		})
		.returning();
	return row!;
}
async function freshProcess(): Promise<{ id: number; revision: number }> {
	const [row] = await db
		.insert(t.processes)
		.values({
			countyCode: '17',
			title: `Matrisprocess ${Math.random()}`,
			level: 'local',
			position: 99
		})
		.returning();
	return row!;
}
/** A story waiting for a moderator, or published (written directly: setting it up audits nothing). */
async function freshStory(status: 'pending' | 'published' = 'pending') {
	const [row] = await db
		.insert(t.stories)
		.values({
			countyCode: '17',
			municipalityId: await organisationId(db, 'Arvika kommun'),
			careKind: 'primary_care',
			authorKind: 'citizen',
			title: `Matrisberättelse ${Math.random()}`,
			whatHappened: 'Något hände.',
			whatMattered: 'Något var viktigt.',
			consentPublish: true,
			consentQuote: false,
			consentOpenData: false,
			consentTextVersion: 'matris',
			consentedAt: new Date(),
			status
		})
		.returning();
	return row!;
}
async function freshCampaign() {
	const [row] = await db
		.insert(t.campaigns)
		.values({
			countyCode: '17',
			question: `Matrisfråga ${Math.random()}`,
			opensOn: '2020-01-01',
			closesOn: '2099-12-31'
		})
		.returning();
	return row!;
}
async function freshRequestAndOffer() {
	const [process] = await db
		.select({ id: t.processes.id })
		.from(t.processes)
		.where(eq(t.processes.countyCode, '17'))
		.limit(1);
	const [request] = await db
		.insert(t.participantRequests)
		.values({ countyCode: '17', processId: process!.id, task: 'Matrisuppdrag' })
		.returning();
	const [offer] = await db
		.insert(t.livedExperienceOffers)
		.values({
			countyCode: '17',
			name: 'Matrisperson',
			contact: 'matris@example.invalid',
			experience: 'Matriserfarenhet',
			careKind: 'other',
			consentTextVersion: 'matris',
			consentedAt: new Date()
		})
		.returning();
	return { request: request!, offer: offer! };
}
async function retentionRevision(): Promise<number> {
	const [row] = await db
		.select({ r: sql<number>`coalesce(max(revision), 0)::int` })
		.from(t.retentionPeriods)
		.where(eq(t.retentionPeriods.countyCode, '17'));
	return row!.r;
}
async function roadmapRevision(): Promise<number> {
	const [roadmap] = await db.select().from(t.roadmaps).where(eq(t.roadmaps.countyCode, '17'));
	return roadmap!.revision;
}
async function visionVersion(): Promise<number> {
	const [v] = await db
		.select({ n: sql<number>`max(version)::int` })
		.from(t.visions)
		.where(eq(t.visions.countyCode, '17'));
	return v!.n;
}
/**
 * The current public vision as a new version, unchanged: items are sent back
 * with their ids, so they keep their sources and later pages look the same.
 */
async function currentVision() {
	const v = await (await fetch(`${baseUrl()}/api/counties/17/vision`)).json();
	return {
		basedOnVersion: await visionVersion(),
		title: v.title,
		subtitle: v.subtitle,
		intro: v.intro,
		visibility: 'public',
		items: v.items.map((i: Record<string, unknown>) => ({
			id: i.id,
			kind: i.kind,
			title: i.title,
			body: i.body,
			fromText: i.fromText ?? '',
			toText: i.toText ?? ''
		}))
	};
}

/** The same, as the new-version form posts it (items.N.field). */
async function currentVisionAsForm(): Promise<Record<string, unknown>> {
	const { items, ...rest } = await currentVision();
	const fields: Record<string, unknown> = { ...rest };
	items.forEach((item: Record<string, unknown>, n: number) => {
		for (const [k, v] of Object.entries(item)) fields[`items.${n}.${k}`] = v ?? '';
	});
	return fields;
}

async function roleToRevoke(): Promise<number> {
	const extra = await testUser(db, 'reader');
	const [r] = await db
		.select()
		.from(t.roleAssignments)
		.where(eq(t.roleAssignments.userId, extra.actor.userId));
	return r!.id;
}
async function ownToken(who: Who): Promise<number> {
	const person = people.get(who);
	const userId = person?.actor.userId ?? (await testUser(db, 'reader')).actor.userId;
	const [row] = await db
		.insert(t.apiTokens)
		.values({
			userId,
			name: 'matris',
			tokenHash: `h${Math.random()}`,
			countyCode: '17',
			role: 'reader'
		})
		.returning();
	return row!.id;
}

const event = {
	title: 'Matrishändelse',
	body: '',
	year: '2025',
	month: '',
	day: '',
	periodLabel: '',
	visibility: 'public'
};
const group = {
	name: '',
	level: 'county',
	composition: 'Alla',
	mandate: 'Allt',
	visibility: 'public'
};
const decision = async () => ({
	organisationId: String(await organisationId(db, 'Arvika kommun')),
	groupId: '',
	subject: 'other',
	title: 'Matrisbeslut',
	decidedOn: nextDate(),
	datePrecision: 'day',
	description: '',
	visibility: 'public'
});
/** A process as the form posts it (coverage of all four areas, lists joined by commas). */
const processForm = (title: string) => ({
	title,
	level: 'local',
	status: 'ongoing',
	ownerGroupId: '',
	goal: '',
	description: '',
	goalAreas: 'aldre',
	participants: '',
	initiatives: '',
	...Object.fromEntries(
		['proactive', 'person_centred', 'bridging', 'digital'].flatMap((a) => [
			[`coverage.${a}.state`, 'not_considered'],
			[`coverage.${a}.how`, ''],
			[`coverage.${a}.evidence`, '']
		])
	),
	visibility: 'public'
});
/** The same as the API takes it. */
const processJson = (title: string) => ({
	title,
	level: 'local',
	goalAreas: ['aldre'],
	coverage: Object.fromEntries(
		['proactive', 'person_centred', 'bridging', 'digital'].map((a) => [
			a,
			{ state: 'not_considered', how: '', evidence: '' }
		])
	)
});
/** A decision date no other decision of the matrix has (decisions are unique per organisation, subject and day). */
let day = Math.floor(Math.random() * 1000);
function nextDate(): string {
	day += 1;
	return new Date(Date.UTC(2030, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}
const unique = () => Math.random().toString(36).slice(2, 8);
/** An initiative led by Arvika kommun, as its form or the API sends it (confirmed new: titles look alike). */
const initiative = async () => ({
	title: `Matrisinsats ${unique()}`,
	leadOrganisationId: String(await organisationId(db, 'Arvika kommun')),
	level: 'local',
	phase: 'pilot',
	visibility: 'public',
	confirmSimilar: 'on'
});

/**
 * A target no other call of the matrix sets (targets are unique per
 * indicator, area, year and gender): the next year, then the next area.
 */
// areas the targets spec does not use
const targetAreas = ['1761', '1762', '1763', '1764', '1765', '1766'];
let targetSlot = Math.floor(Math.random() * 100);
function nextTarget(): { areaId: string; period: number } {
	targetSlot += 1;
	return {
		areaId: targetAreas[Math.floor(targetSlot / 111) % targetAreas.length]!,
		period: 1990 + (targetSlot % 111)
	};
}
async function falls80(): Promise<number> {
	const [row] = await db.select().from(t.indicators).where(eq(t.indicators.koladaId, 'N20402'));
	return row!.id;
}

/** A file of one initiative led by Arvika kommun (the editors' organisation), with a new title. */
const initiativeFile = (): Uint8Array<ArrayBuffer> =>
	new TextEncoder().encode(
		`Namn;Ansvarig organisation;Nivå;Fas\nMatrisinsats ${unique()};Arvika kommun;Lokal;Pilot\n`
	);

/**
 * A staged file to confirm, as the upload leaves it (written here directly, so
 * that setting it up adds nothing to the audit log): the person's own, or for
 * those who may not upload, a coordinator's.
 */
async function stagedImport(who: Who): Promise<number> {
	const bytes = initiativeFile();
	const owner = ['editor', 'coordinator', 'admin'].includes(who) ? who : 'coordinator';
	const [job] = await db
		.insert(t.importJobs)
		.values({
			kind: STAGED_KIND,
			countyCode: '17',
			status: 'queued',
			params: {
				fileName: 'matris.csv',
				size: bytes.length,
				sha256: createHash('sha256').update(bytes).digest('hex'),
				data: Buffer.from(bytes).toString('base64')
			},
			createdByUserId: people.get(owner)!.actor.userId
		})
		.returning({ id: t.importJobs.id });
	return job!.id;
}

/** A nomination of a fresh initiative in `countyCode`, by nobody of the matrix (so any admin may review it). */
async function freshExample(
	countyCode: string,
	status: 'nominated' | 'proven'
): Promise<{ id: number; revision: number }> {
	const [i] = await db
		.insert(t.initiatives)
		.values({ countyCode, title: `Matrisexempel ${Math.random()}`, level: 'local', phase: 'pilot' })
		.returning();
	const [row] = await db
		.insert(t.goodExamples)
		.values({
			countyCode,
			initiativeId: i!.id,
			criteria: ['results'],
			justification: 'Matrisens nominering, med en motivering.',
			status
		})
		.returning();
	return row!;
}
async function freshAgreement(): Promise<{ id: number; revision: number }> {
	const [row] = await db
		.insert(t.agreements)
		.values({
			countyCode: '17',
			kind: 'agreement',
			title: `Matrisöverenskommelse ${Math.random()}`,
			otherParties: ['Matrisparten'],
			status: 'in_force'
		})
		.returning();
	return row!;
}
const agreement = {
	kind: 'guideline',
	title: 'Matrisriktlinje',
	partyIds: '',
	otherParties: 'Matrisparten',
	scope: '',
	ownerGroupId: '',
	validFrom: '',
	validTo: '',
	nextReviewOn: '2020-01-01',
	status: 'in_force',
	documentUrl: '',
	decisionIds: '',
	visibility: 'public'
};

interface Case {
	name: string;
	allowed: Who[];
	/** the request for a person: form action (page) or JSON (API) */
	request: (who: Who) => Promise<{
		/** form: a form action; upload: one with a file; json: the API; file: the API with a file as the body */
		kind: 'form' | 'upload' | 'json' | 'file';
		method?: string;
		path: string;
		body: Record<string, unknown>;
		file?: { name: string; type: string; bytes: Uint8Array<ArrayBuffer> };
	}>;
	/** an allowed call queues a background job, whose own writes must land before the next case counts */
	queues?: true;
}

const form = (path: string, body: Record<string, unknown>) => ({
	kind: 'form' as const,
	path,
	body
});
const api = (method: string, path: string, body: Record<string, unknown>) => ({
	kind: 'json' as const,
	method,
	path,
	body
});

const moderators: Who[] = ['moderator', 'admin'];

const cases: Case[] = [
	// pages (form actions)
	{
		name: 'berättelser: granska och publicera',
		allowed: moderators,
		request: async () => {
			const s = await freshStory();
			return form(`/lan/varmland/berattelser/granska/${s.id}?/decide`, {
				decision: 'publish',
				revision: s.revision
			});
		}
	},
	{
		name: 'berättelser: tagga',
		allowed: moderators,
		request: async () => {
			const s = await freshStory();
			return form(`/lan/varmland/berattelser/granska/${s.id}?/tag`, {
				revision: s.revision,
				shifts: 'person'
			});
		}
	},
	{
		name: 'berättelser: svara för Arvika',
		allowed: [...county, 'editor'],
		request: async () => {
			const s = await freshStory('published');
			return form(`/lan/varmland/berattelser/${s.id}?/answer`, {
				organisationId: String(await organisationId(db, 'Arvika kommun')),
				body: 'Tack för att du berättade.'
			});
		}
	},
	{
		name: 'personuppgifter: lagringstider',
		allowed: ['admin'],
		request: async () =>
			form('/lan/varmland/personuppgifter', {
				revision: String(await retentionRevision()),
				rejected_stories: '90',
				story_originals: '180',
				story_reports: '365',
				campaign_answers: '365',
				lived_experience_offers: '730'
			})
	},
	{
		name: 'vad är viktigt: ställa en fråga',
		allowed: county,
		request: async () =>
			form('/lan/varmland/vad-ar-viktigt/ny', {
				question: 'Matrisfråga?',
				opensOn: '2027-01-01',
				closesOn: '2027-01-31'
			})
	},
	{
		name: 'vad är viktigt: lägga till teman',
		allowed: moderators,
		request: async () =>
			form(`/lan/varmland/vad-ar-viktigt/${(await freshCampaign()).id}/teman?/themes`, {
				names: 'Matristema'
			})
	},
	{
		name: 'vad är viktigt: gruppera svaren',
		allowed: moderators,
		request: async () =>
			form(`/lan/varmland/vad-ar-viktigt/${(await freshCampaign()).id}/teman?/group`, {
				revision: '1'
			})
	},
	{
		name: 'API: ställa en fråga till invånarna',
		allowed: county,
		request: async () =>
			api('POST', '/api/counties/17/campaigns', {
				question: 'Matrisfråga?',
				opensOn: '2027-01-01',
				closesOn: '2027-01-31'
			})
	},
	{
		name: 'API: teman i en fråga',
		allowed: moderators,
		request: async () =>
			api('POST', `/api/counties/17/campaigns/${(await freshCampaign()).id}/themes`, {
				names: ['Matristema']
			})
	},
	{
		name: 'API: gruppera svaren',
		allowed: moderators,
		request: async () =>
			api('POST', `/api/counties/17/campaigns/${(await freshCampaign()).id}/theming`, {
				revision: 1,
				answers: []
			})
	},
	{
		name: 'levande bibliotek: be om deltagare',
		allowed: county,
		request: async () => {
			const { request } = await freshRequestAndOffer();
			return form('/lan/varmland/levande-bibliotek/samordna?/request', {
				subject: `process:${request.processId}`,
				task: 'Matrisuppdrag',
				wanted: '1'
			});
		}
	},
	{
		name: 'levande bibliotek: tillsätta',
		allowed: county,
		request: async () => {
			const { request, offer } = await freshRequestAndOffer();
			return form('/lan/varmland/levande-bibliotek/samordna?/assign', {
				requestId: String(request.id),
				offerId: String(offer.id),
				paid: 'on'
			});
		}
	},
	{
		name: 'API: granska en berättelse',
		allowed: moderators,
		request: async () => {
			const s = await freshStory();
			return api('POST', `/api/counties/17/stories/${s.id}/moderation`, {
				decision: 'publish',
				revision: s.revision
			});
		}
	},
	{
		name: 'goda exempel: nominera',
		allowed: county,
		request: async () =>
			form('/lan/varmland/goda-exempel/nominera', {
				initiativeId: String((await freshInitiative()).id),
				criteria: 'transfer',
				justification: 'Matrisens motivering, tillräckligt lång.'
			})
	},
	{
		name: 'goda exempel: bedöma',
		allowed: ['admin'],
		request: async () => {
			const e = await freshExample('17', 'nominated');
			return form(`/lan/varmland/goda-exempel/${e.id}/bedom?/save`, {
				decision: 'promising',
				note: '',
				revision: e.revision
			});
		}
	},
	{
		name: 'goda exempel: använd i vårt län (Värmland)',
		allowed: county,
		request: async () => {
			const e = await freshExample('20', 'proven');
			return form(`/kunskapsbank/goda-exempel/${e.id}?/reuse`, { countyCode: '17' });
		}
	},
	{
		name: 'överenskommelse: ny',
		allowed: county,
		request: async () => form('/lan/varmland/overenskommelser/ny', agreement)
	},
	{
		name: 'överenskommelse: ändra',
		allowed: county,
		request: async () => {
			const a = await freshAgreement();
			return form(`/lan/varmland/overenskommelser/${a.id}?/save`, {
				...agreement,
				revision: a.revision
			});
		}
	},
	{
		name: 'överenskommelse: arkivera',
		allowed: county,
		request: async () => {
			const a = await freshAgreement();
			return form(`/lan/varmland/overenskommelser/${a.id}?/archive`, { revision: a.revision });
		}
	},
	{
		name: 'tidslinje: ny händelse',
		allowed: county,
		request: async () =>
			form('/lan/varmland/tidslinje/ny', { ...event, title: `Händelse ${unique()}` })
	},
	{
		name: 'tidslinje: ändra',
		allowed: county,
		request: async () => {
			const e = await freshEvent();
			return form(`/lan/varmland/tidslinje/${e.id}?/save`, {
				...event,
				title: `Händelse ${unique()}`,
				revision: e.revision
			});
		}
	},
	{
		name: 'tidslinje: arkivera',
		allowed: county,
		request: async () => {
			const e = await freshEvent();
			return form(`/lan/varmland/tidslinje/${e.id}?/archive`, { revision: e.revision });
		}
	},
	{
		name: 'organ: nytt',
		allowed: county,
		request: async () =>
			form('/lan/varmland/organisation/organ/ny', { ...group, name: `Organ ${unique()}` })
	},
	{
		name: 'organ: ändra',
		allowed: county,
		request: async () => {
			const g = await freshGroup();
			return form(`/lan/varmland/organisation/organ/${g.id}?/save`, {
				...group,
				name: `Organ ${unique()}`,
				revision: g.revision
			});
		}
	},
	{
		name: 'organ: arkivera',
		allowed: county,
		request: async () => {
			const g = await freshGroup();
			return form(`/lan/varmland/organisation/organ/${g.id}?/archive`, { revision: g.revision });
		}
	},
	{
		name: 'beslut: nytt (Arvikas)',
		allowed: [...county, 'editor'],
		request: async () => form('/lan/varmland/beslut/ny', await decision())
	},
	{
		name: 'beslut: ändra (Arvikas)',
		allowed: [...county, 'editor'],
		request: async () => {
			const d = await freshDecision();
			return form(`/lan/varmland/beslut/${d.id}?/save`, {
				...(await decision()),
				revision: d.revision
			});
		}
	},
	{
		name: 'beslut: arkivera (Arvikas)',
		allowed: [...county, 'editor'],
		request: async () => {
			const d = await freshDecision();
			return form(`/lan/varmland/beslut/${d.id}?/archive`, { revision: d.revision });
		}
	},
	{
		name: 'insatser: ny (Arvikas)',
		allowed: [...county, 'editor'],
		request: async () => form('/lan/varmland/insatser/ny', await initiative())
	},
	{
		name: 'insatser: ändra (Arvikas)',
		allowed: [...county, 'editor'],
		request: async () => {
			const i = await freshInitiative();
			return form(`/lan/varmland/insatser/${i.id}/redigera?/save`, {
				...(await initiative()),
				revision: i.revision
			});
		}
	},
	{
		name: 'insatser: arkivera (Arvikas)',
		allowed: [...county, 'editor'],
		request: async () => {
			const i = await freshInitiative();
			return form(`/lan/varmland/insatser/${i.id}/redigera?/archive`, { revision: i.revision });
		}
	},
	{
		name: 'färdplan: ändra rubrik och ingress',
		allowed: county,
		request: async () =>
			form('/lan/varmland/fardplan/andra', {
				title: 'Färdplan',
				intro: 'Ingress',
				revision: await roadmapRevision()
			})
	},
	{
		name: 'färdplan: ny del',
		allowed: county,
		request: async () =>
			form('/lan/varmland/fardplan/ny', {
				kind: 'milestone',
				title: `Milstolpe ${unique()}`,
				body: '',
				visibility: 'public'
			})
	},
	{
		name: 'färdplan: ändra del',
		allowed: county,
		request: async () => {
			const i = await freshRoadmapItem();
			return form(`/lan/varmland/fardplan/${i.id}?/save`, {
				title: 'Ändrad',
				body: '',
				visibility: 'public',
				revision: i.revision
			});
		}
	},
	{
		name: 'färdplan: arkivera del',
		allowed: county,
		request: async () => {
			const i = await freshRoadmapItem();
			return form(`/lan/varmland/fardplan/${i.id}?/archive`, { revision: i.revision });
		}
	},
	{
		name: 'målbild: ny version',
		allowed: county,
		request: async () => form('/lan/varmland/malbild/ny-version', await currentVisionAsForm())
	},
	{
		name: 'processer: ny',
		allowed: county,
		request: async () => form('/lan/varmland/processer/ny', processForm(`Process ${unique()}`))
	},
	{
		name: 'processer: ändra',
		allowed: county,
		request: async () => {
			const p = await freshProcess();
			return form(`/lan/varmland/processer/${p.id}/redigera?/save`, {
				...processForm(`Process ${unique()}`),
				revision: p.revision
			});
		}
	},
	{
		name: 'processer: arkivera',
		allowed: county,
		request: async () => {
			const p = await freshProcess();
			return form(`/lan/varmland/processer/${p.id}/redigera?/archive`, { revision: p.revision });
		}
	},
	{
		name: 'användare: lägg till',
		allowed: ['admin'],
		request: async () =>
			form('/lan/varmland/admin/anvandare?/create', {
				email: `ny-${unique()}@test.nara.invalid`,
				name: 'Ny Person',
				role: 'reader',
				organisationId: ''
			})
	},
	{
		name: 'användare: ge roll',
		allowed: ['admin'],
		request: async () =>
			form('/lan/varmland/admin/anvandare?/grant', {
				grantEmail: (await testUser(db, 'reader', '20')).actor.email,
				grantRole: 'reader',
				grantOrganisationId: ''
			})
	},
	{
		name: 'användare: ta bort roll',
		allowed: ['admin'],
		request: async () =>
			form('/lan/varmland/admin/anvandare?/revoke', { assignmentId: await roleToRevoke() })
	},
	{
		name: 'användare: ny lösenordslänk',
		allowed: ['admin'],
		request: async () =>
			form('/lan/varmland/admin/anvandare?/link', {
				userId: (await testUser(db, 'reader')).actor.userId
			})
	},
	{
		name: 'konto: skapa API-nyckel',
		// for one of one's own roles, in its county
		allowed: signedIn,
		request: async (who) =>
			form('/konto?/createToken', {
				name: `nyckel ${unique()}`,
				role: who === 'anonymous' ? 'reader' : who === 'coordinator-dalarna' ? 'coordinator' : who,
				countyCode: who === 'coordinator-dalarna' ? '20' : '17'
			})
	},
	{
		name: 'konto: återkalla egen API-nyckel',
		allowed: signedIn,
		request: async (who) => form('/konto?/revokeToken', { tokenId: await ownToken(who) })
	},
	{
		name: 'insatser: ladda upp en fil att läsa in',
		allowed: [...county, 'editor'],
		request: async () => ({
			kind: 'upload' as const,
			path: '/lan/varmland/insatser/import',
			body: {},
			file: { name: 'matris.csv', type: 'text/csv', bytes: initiativeFile() }
		})
	},
	{
		name: 'insatser: bekräfta importen (Arvikas)',
		allowed: [...county, 'editor'],
		request: async (who) => form(`/lan/varmland/insatser/import/${await stagedImport(who)}`, {}),
		queues: true
	},
	{
		name: 'import från Kolada: starta',
		allowed: county,
		queues: true,
		request: async () =>
			form('/lan/varmland/import/kolada', { kpis: 'N20402', from: '2022', to: '2022' })
	},
	{
		name: 'uppföljning: sätt ett mål',
		allowed: county,
		request: async () =>
			form('/lan/varmland/uppfoljning/indikator/N20402?/target', {
				indicatorId: await falls80(),
				...nextTarget(),
				gender: 'T',
				value: '5 000,5',
				note: 'Matris',
				visibility: 'public'
			})
	},
	// API
	{
		name: 'API: POST tidslinje',
		allowed: county,
		request: async () =>
			api('POST', '/api/counties/17/timeline', {
				...event,
				title: `Händelse ${unique()}`,
				year: 2025
			})
	},
	{
		name: 'API: PUT tidslinje',
		allowed: county,
		request: async () => {
			const e = await freshEvent();
			return api('PUT', `/api/counties/17/timeline/${e.id}`, {
				...event,
				title: `Händelse ${unique()}`,
				year: 2025,
				revision: e.revision
			});
		}
	},
	{
		name: 'API: arkivera tidslinje',
		allowed: county,
		request: async () => {
			const e = await freshEvent();
			return api('POST', `/api/counties/17/timeline/${e.id}/archive`, { revision: e.revision });
		}
	},
	{
		name: 'API: POST organ',
		allowed: county,
		request: async () =>
			api('POST', '/api/counties/17/groups', { ...group, name: `Organ ${unique()}` })
	},
	{
		name: 'API: PUT organ',
		allowed: county,
		request: async () => {
			const g = await freshGroup();
			return api('PUT', `/api/counties/17/groups/${g.id}`, {
				...group,
				name: `Organ ${unique()}`,
				revision: g.revision
			});
		}
	},
	{
		name: 'API: arkivera organ',
		allowed: county,
		request: async () => {
			const g = await freshGroup();
			return api('POST', `/api/counties/17/groups/${g.id}/archive`, { revision: g.revision });
		}
	},
	{
		name: 'API: POST beslut (Arvikas)',
		allowed: [...county, 'editor'],
		request: async () => api('POST', '/api/counties/17/decisions', await decision())
	},
	{
		name: 'API: PUT beslut (Arvikas)',
		allowed: [...county, 'editor'],
		request: async () => {
			const d = await freshDecision();
			return api('PUT', `/api/counties/17/decisions/${d.id}`, {
				...(await decision()),
				revision: d.revision
			});
		}
	},
	{
		name: 'API: arkivera beslut (Arvikas)',
		allowed: [...county, 'editor'],
		request: async () => {
			const d = await freshDecision();
			return api('POST', `/api/counties/17/decisions/${d.id}/archive`, { revision: d.revision });
		}
	},
	{
		name: 'API: POST insats (Arvikas)',
		allowed: [...county, 'editor'],
		request: async () =>
			api('POST', '/api/counties/17/initiatives', { ...(await initiative()), confirmSimilar: true })
	},
	{
		name: 'API: PUT insats (Arvikas)',
		allowed: [...county, 'editor'],
		request: async () => {
			const i = await freshInitiative();
			return api('PUT', `/api/counties/17/initiatives/${i.id}`, {
				...(await initiative()),
				leadOrganisationId: await organisationId(db, 'Arvika kommun'),
				revision: i.revision
			});
		}
	},
	{
		name: 'API: PUT färdplan',
		allowed: county,
		request: async () =>
			api('PUT', '/api/counties/17/roadmap', {
				title: 'Färdplan',
				intro: 'Ingress',
				revision: await roadmapRevision()
			})
	},
	{
		name: 'API: läs in insatser (Arvikas)',
		allowed: [...county, 'editor'],
		request: async () => ({
			kind: 'file' as const,
			method: 'POST',
			path: '/api/counties/17/initiatives/import',
			body: {},
			file: { name: 'matris.csv', type: 'text/csv', bytes: initiativeFile() }
		})
	},
	{
		name: 'API: POST färdplansdel',
		allowed: county,
		request: async () =>
			api('POST', '/api/counties/17/roadmap/items', {
				kind: 'milestone',
				title: `Milstolpe ${unique()}`,
				body: '',
				visibility: 'public'
			})
	},
	{
		name: 'API: PUT färdplansdel',
		allowed: county,
		request: async () => {
			const i = await freshRoadmapItem();
			return api('PUT', `/api/counties/17/roadmap/items/${i.id}`, {
				title: 'Ändrad',
				body: '',
				visibility: 'public',
				revision: i.revision
			});
		}
	},
	{
		name: 'API: arkivera färdplansdel',
		allowed: county,
		request: async () => {
			const i = await freshRoadmapItem();
			return api('POST', `/api/counties/17/roadmap/items/${i.id}/archive`, {
				revision: i.revision
			});
		}
	},
	{
		name: 'API: POST process',
		allowed: county,
		request: async () =>
			api('POST', '/api/counties/17/processes', processJson(`Process ${unique()}`))
	},
	{
		name: 'API: PUT process',
		allowed: county,
		request: async () => {
			const p = await freshProcess();
			return api('PUT', `/api/counties/17/processes/${p.id}`, {
				...processJson(`Process ${unique()}`),
				revision: p.revision
			});
		}
	},
	{
		name: 'API: arkivera process',
		allowed: county,
		request: async () => {
			const p = await freshProcess();
			return api('POST', `/api/counties/17/processes/${p.id}/archive`, { revision: p.revision });
		}
	},
	{
		name: 'API: POST överenskommelse',
		allowed: county,
		request: async () =>
			api('POST', '/api/counties/17/agreements', {
				kind: 'agreement',
				title: `Matris ${unique()}`,
				otherParties: ['Matrisparten'],
				status: 'in_force'
			})
	},
	{
		name: 'API: PUT överenskommelse',
		allowed: county,
		request: async () => {
			const a = await freshAgreement();
			return api('PUT', `/api/counties/17/agreements/${a.id}`, {
				kind: 'agreement',
				title: `Matris ${unique()}`,
				otherParties: ['Matrisparten'],
				status: 'in_force',
				revision: a.revision
			});
		}
	},
	{
		name: 'API: arkivera överenskommelse',
		allowed: county,
		request: async () => {
			const a = await freshAgreement();
			return api('POST', `/api/counties/17/agreements/${a.id}/archive`, { revision: a.revision });
		}
	},
	{
		name: 'API: POST mål',
		allowed: county,
		request: async () =>
			api('POST', '/api/counties/17/targets', {
				indicatorId: await falls80(),
				...nextTarget(),
				value: 5000,
				note: 'Matris'
			})
	},
	{
		name: 'API: publicera målbild',
		allowed: county,
		request: async () => api('POST', '/api/counties/17/vision/versions', await currentVision())
	},
	...leadershipCases(() => db),
	...supportCases(() => db),
	...livedExperienceCases(() => db),
	...milestoneCases(() => db),
	...reflectionCases(() => db),
	...yearlyReportCases(() => db),
	...selfAssessmentCases(
		() => db,
		(who) => people.get(who)?.actor.userId
	)
];

async function call(c: Case, who: Who) {
	return send(await c.request(who), people.get(who));
}

async function send(req: Awaited<ReturnType<Case['request']>>, person: TestUser | undefined) {
	const headers: Record<string, string> = { origin: baseUrl() };
	if (person) headers.cookie = `nara_session=${person.sessionToken}`;
	if (req.kind === 'form' || req.kind === 'upload') {
		// what SvelteKit's enhanced forms send: the action's outcome as JSON
		headers['x-sveltekit-action'] = 'true';
		let body: URLSearchParams | FormData;
		if (req.kind === 'upload') {
			body = new FormData();
			for (const [k, v] of Object.entries(req.body)) body.append(k, String(v));
			const f = req.file!;
			body.append('file', new Blob([f.bytes], { type: f.type }), f.name);
		} else {
			headers['content-type'] = 'application/x-www-form-urlencoded';
			body = new URLSearchParams(Object.entries(req.body).map(([k, v]) => [k, String(v)]));
		}
		const res = await fetch(`${baseUrl()}${req.path}`, {
			method: 'POST',
			headers,
			body,
			redirect: 'manual'
		});
		const json = (await res.json()) as { type: string; location?: string };
		return {
			allowed:
				json.type === 'success' ||
				(json.type === 'redirect' && !json.location?.startsWith('/logga-in')),
			refused:
				(json.type === 'error' && res.status === 403) ||
				(json.type === 'redirect' && !!json.location?.startsWith('/logga-in')),
			detail: JSON.stringify(json).slice(0, 300)
		};
	}
	headers['content-type'] = req.kind === 'file' ? req.file!.type : 'application/json';
	const res = await fetch(`${baseUrl()}${req.path}`, {
		method: req.method,
		headers,
		body: req.kind === 'file' ? req.file!.bytes : JSON.stringify(req.body)
	});
	return {
		allowed: res.status === 200 || res.status === 201,
		refused: res.status === 403,
		detail: `${res.status} ${(await res.text()).slice(0, 300)}`
	};
}

describe('permission matrix', () => {
	for (const c of cases) {
		test.each(everyone)(`${c.name} as %s`, async (who) => {
			const before = await auditCount();
			const result = await call(c, who);
			if (c.queues) await queueSettled();
			const after = await auditCount();
			if (c.allowed.includes(who)) {
				expect(result.allowed, result.detail).toBe(true);
				expect(after, 'an allowed write is audited').toBeGreaterThan(before);
			} else {
				expect(result.refused, result.detail).toBe(true);
				expect(after, 'a refused write writes nothing').toBe(before);
			}
		});
	}
});

test('every writing API endpoint is in the matrix', async () => {
	const doc = await (await fetch(`${baseUrl()}/api/openapi.json`)).json();
	const writes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
		([path, ops]) =>
			Object.keys(ops)
				.filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
				.map((m) => `${m.toUpperCase()} ${path}`)
	);
	const covered = new Set(
		await Promise.all(
			cases.map(async (c) => {
				const r = await c.request('admin');
				return r.kind === 'json' || r.kind === 'file'
					? `${r.method} ${r.path.replace(/\/17\b/, '/{code}').replace(/\/\d+(?=\/|$)/g, '/{id}')}`
					: '';
			})
		)
	);
	// computing a benefit scenario writes nothing and is open to everyone
	const exempt = new Set(['POST /api/benefit-model/compute']);
	expect(writes.filter((w) => !covered.has(w) && !exempt.has(w))).toEqual([]);
});

/**
 * Authority over a person's account is per county and per person: the
 * administrator of one county must not give a password link (and so take
 * over the account) to someone who also belongs to another county. The
 * takeover as it was found, and its neighbours.
 */
describe('accounts across counties', () => {
	/** a person with these roles (county code → role), and a session */
	async function person(roles: [string, Role][]): Promise<TestUser> {
		const [first, ...more] = roles;
		const p = await testUser(db, first![1], first![0]);
		for (const [countyCode, role] of more)
			await db.insert(t.roleAssignments).values({ userId: p.actor.userId, countyCode, role });
		return p;
	}
	const linkFor = (countySlug: string, target: TestUser) =>
		form(`/lan/${countySlug}/admin/anvandare?/link`, { userId: target.actor.userId });
	const auditIn = async (countyCode: string, userId: number) => {
		const [row] = await db
			.select({ n: sql<number>`count(*)::int` })
			.from(t.auditLog)
			.where(
				sql`${t.auditLog.countyCode} = ${countyCode} and ${t.auditLog.entityType} = 'user'
				and ${t.auditLog.entityId} = ${String(userId)} and ${t.auditLog.action} = 'password_link'`
			);
		return row!.n;
	};
	const linksOf = async (userId: number) => {
		const [row] = await db
			.select({ n: sql<number>`count(*)::int` })
			.from(t.passwordTokens)
			.where(eq(t.passwordTokens.userId, userId));
		return row!.n;
	};

	test("the takeover: Värmland's administrator gives Dalarna's administrator a role, then asks for a link — refused", async () => {
		const varmland = await person([['17', 'admin']]);
		const dalarna = await person([['20', 'admin']]);
		const granted = await send(
			form('/lan/varmland/admin/anvandare?/grant', {
				grantEmail: dalarna.actor.email,
				grantRole: 'reader',
				grantOrganisationId: ''
			}),
			varmland
		);
		expect(granted.allowed, granted.detail).toBe(true);
		const before = await auditCount();
		const result = await send(linkFor('varmland', dalarna), varmland);
		expect(result.refused, result.detail).toBe(true);
		expect(await auditCount(), 'a refused link writes nothing').toBe(before);
		expect(await linksOf(dalarna.actor.userId)).toBe(0);
		// and the page offers no link for the person
		const page = await fetch(`${baseUrl()}/lan/varmland/admin/anvandare`, {
			headers: { cookie: `nara_session=${varmland.sessionToken}` }
		});
		const html = await page.text();
		expect(html).toContain('Har roll i fler län');
		expect(html).not.toContain(
			`Ny lösenordslänk<span class="visually-hidden"> för ${dalarna.actor.name}`
		);
	});

	test('a reader in two counties: refused to the administrator of one county', async () => {
		const admin = await person([['17', 'admin']]);
		const both = await person([
			['17', 'reader'],
			['20', 'reader']
		]);
		const result = await send(linkFor('varmland', both), admin);
		expect(result.refused, result.detail).toBe(true);
		expect(await linksOf(both.actor.userId)).toBe(0);
	});

	test('a reader in two counties: allowed to an administrator of both, audited in both', async () => {
		const admin = await person([
			['17', 'admin'],
			['20', 'admin']
		]);
		const both = await person([
			['17', 'reader'],
			['20', 'reader']
		]);
		const result = await send(linkFor('dalarna', both), admin);
		expect(result.allowed, result.detail).toBe(true);
		expect(await auditIn('17', both.actor.userId)).toBe(1);
		expect(await auditIn('20', both.actor.userId)).toBe(1);
		expect(await linksOf(both.actor.userId)).toBe(1);
	});

	test('an administrator of two counties, for a person of one of them: allowed', async () => {
		const admin = await person([
			['17', 'admin'],
			['20', 'admin']
		]);
		const reader = await person([['17', 'reader']]);
		const result = await send(linkFor('varmland', reader), admin);
		expect(result.allowed, result.detail).toBe(true);
		expect(await auditIn('17', reader.actor.userId)).toBe(1);
	});

	test('an administrator in two counties, as the target of an administrator of one: refused', async () => {
		const varmland = await person([['17', 'admin']]);
		const twoCounties = await person([
			['17', 'admin'],
			['20', 'admin']
		]);
		const result = await send(linkFor('varmland', twoCounties), varmland);
		expect(result.refused, result.detail).toBe(true);
		expect(await linksOf(twoCounties.actor.userId)).toBe(0);
	});

	test("the administrator of the person's only county, and the person themselves: allowed", async () => {
		const admin = await person([['17', 'admin']]);
		const other = await person([['17', 'admin']]);
		const byOther = await send(linkFor('varmland', other), admin);
		expect(byOther.allowed, byOther.detail).toBe(true);
		const self = await person([
			['17', 'admin'],
			['20', 'reader']
		]);
		const bySelf = await send(linkFor('varmland', self), self);
		expect(bySelf.allowed, bySelf.detail).toBe(true);
		expect(await auditIn('20', self.actor.userId)).toBe(1);
	});

	test("Dalarna's administrator cannot reach Värmland's page at all", async () => {
		const dalarna = await person([['20', 'admin']]);
		const reader = await person([['17', 'reader']]);
		const result = await send(linkFor('varmland', reader), dalarna);
		expect(result.refused, result.detail).toBe(true);
	});
});
