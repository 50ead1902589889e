import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
	auditOf,
	auditSince,
	lastAuditId,
	oneAuditEntry,
	rowCount
} from '../../../../tests/kit/audit.ts';
import { castForFile, organisationId } from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import { supportCatalogue, supportOffer } from './read.server.ts';
import {
	addCourseRound,
	getRequest,
	handleRequest,
	listRequests,
	requestSupport
} from './service.server.ts';
import { courseParticipants, supportOffers, supportRequests } from './tables.ts';
import { indicators, measurements } from '../../app/tables.ts';

/**
 * The support structure in Värmland: the seeded catalogue with its sources;
 * a workplace asks for support, a coordinator handles the request to done,
 * every step audited; course rounds with participants per organisation.
 */

const database = databaseForFile();
const cast = castForFile(
	database,
	'coordinator',
	'otherCoordinator',
	'reader',
	'editor',
	'dalarnaCoordinator'
);

const offerId = async (title: string) => {
	const [row] = await database.db
		.select({ id: supportOffers.id })
		.from(supportOffers)
		.where(and(eq(supportOffers.countyCode, '17'), eq(supportOffers.title, title)));
	return row!.id;
};

describe('the catalogue', () => {
	test('the seeded offers name their source, quote and lines; anyone may read them', async () => {
		const r = await supportCatalogue(database.db, anonymous, '17');
		if (r.kind !== 'ok') throw new Error(r.kind);
		const leaders = r.value.offers.find(
			(o) => o.title === 'Nya verktyg och utbildningar för chefer och ledare'
		)!;
		expect(leaders).toMatchObject({
			kind: 'course',
			prerequisites: ['leadership'],
			source: {
				fileName: '000_f8bc95be08be1486.txt',
				title: 'Tidslinje för omställningen till nära vård i Värmland',
				year: 2024
			},
			sourceLocator: 'rad 21',
			rounds: [],
			totalParticipants: 0
		});
		const programme = r.value.offers.find(
			(o) => o.title === 'Utvecklingsprogram för länets systemledning'
		)!;
		expect(programme.prerequisites).toEqual(['system_leadership', 'follow_up']);
		expect(r.value.offers.map((o) => o.title)).toContain('Dialogguiden');
		expect(r.value.offers.map((o) => o.title)).toContain('Nyttokalkyleringsmodellen');
		// another county has none of Värmland's
		const dalarna = await supportCatalogue(database.db, anonymous, '20');
		expect(dalarna).toEqual({ kind: 'ok', value: { offers: [] } });
	});
});

describe('a request for support, handled to done', () => {
	let id = 0;
	let revision = 0;

	const form = async (over: Record<string, unknown> = {}) => ({
		offerId: String(await offerId('Metodstöd för att växla upp omställningsarbetet')),
		organisationId: String(await organisationId(database.db, 'Arvika kommun')),
		workplace: 'Hemtjänsten Arvika centrum',
		need: 'Vi vill komma igång med personcentrerade samtal och behöver metodstöd i tre månader.',
		developmentAreas: 'person_centred,bridging',
		...over
	});

	test('bad input writes nothing and says what is wrong, field by field', async () => {
		const before = await rowCount(database.db, supportRequests);
		const r = await requestSupport(
			database.db,
			cast.reader.actor,
			'17',
			await form({ organisationId: '', workplace: ' ', need: 'hjälp', developmentAreas: 'magi' })
		);
		expect(r).toMatchObject({
			kind: 'invalid',
			message: 'Förfrågan kunde inte skickas.',
			fields: {
				organisationId: ['Välj vilken organisation arbetsplatsen hör till.'],
				workplace: ['Skriv arbetsplatsens namn.'],
				need: [
					'Beskriv behovet med minst 20 tecken, så att stödstrukturen förstår vad ni behöver.'
				],
				developmentAreas: ['Välj utvecklingsområden i listan.']
			}
		});
		// an organisation of another county, an offer of none
		const other = await requestSupport(
			database.db,
			cast.reader.actor,
			'17',
			await form({
				organisationId: String(await organisationId(database.db, 'Faluns kommun')),
				offerId: '999999'
			})
		);
		expect(other).toMatchObject({
			kind: 'invalid',
			fields: {
				organisationId: ['Välj en organisation i länet.'],
				offerId: ['Välj ett stöd i länets katalog, eller "Annat stöd".']
			}
		});
		expect(await rowCount(database.db, supportRequests)).toBe(before);
	});

	test.each([
		['anonymous', () => anonymous],
		['a coordinator of another county', () => cast.dalarnaCoordinator.actor]
	])('%s may not ask Värmland for support', async (_, actor) => {
		expect(await requestSupport(database.db, actor(), '17', await form())).toMatchObject({
			kind: 'forbidden'
		});
	});

	test('a reader asks for support for their workplace: received, audited', async () => {
		const since = await lastAuditId(database.db);
		const r = await requestSupport(database.db, cast.reader.actor, '17', await form());
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		id = r.value.id;
		revision = r.value.revision;
		expect(r.value).toMatchObject({
			offer: 'Metodstöd för att växla upp omställningsarbetet',
			organisation: 'Arvika kommun',
			workplace: 'Hemtjänsten Arvika centrum',
			developmentAreas: ['person_centred', 'bridging'],
			requestedBy: cast.reader.actor.name,
			status: 'received',
			notes: ''
		});
		const entry = await oneAuditEntry(database.db, since, cast.reader.actor);
		expect(entry).toMatchObject({
			action: 'create',
			entityType: 'support_request',
			countyCode: '17',
			after: { workplace: 'Hemtjänsten Arvika centrum', status: 'received' }
		});
	});

	test('the one who asked sees their own; the support structure sees all; others none', async () => {
		const mine = await listRequests(database.db, cast.reader.actor, '17');
		expect(mine).toMatchObject({ kind: 'ok', value: { all: false, counts: { received: 1 } } });
		const theirs = await listRequests(database.db, cast.editor.actor, '17');
		expect(theirs).toMatchObject({ kind: 'ok', value: { all: false, requests: [] } });
		expect(await getRequest(database.db, cast.editor.actor, '17', id)).toMatchObject({
			kind: 'not_found'
		});
		const all = await listRequests(database.db, cast.coordinator.actor, '17');
		expect(all).toMatchObject({ kind: 'ok', value: { all: true } });
		expect(await listRequests(database.db, anonymous, '17')).toMatchObject({ kind: 'forbidden' });
	});

	test('only the support structure handles it; done needs a note', async () => {
		const handle = { status: 'in_progress', notes: '', revision };
		expect(await handleRequest(database.db, cast.reader.actor, '17', id, handle)).toMatchObject({
			kind: 'forbidden'
		});
		const before = await lastAuditId(database.db);
		expect(
			await handleRequest(database.db, cast.coordinator.actor, '17', id, {
				...handle,
				status: 'done'
			})
		).toMatchObject({
			kind: 'invalid',
			fields: {
				notes: ['Skriv en anteckning om vad stödet blev innan förfrågan markeras som klar.']
			}
		});
		expect(await lastAuditId(database.db)).toBe(before);
	});

	test('in progress, then done: each step audited; a stale save is a conflict', async () => {
		const started = await handleRequest(database.db, cast.coordinator.actor, '17', id, {
			status: 'in_progress',
			notes: 'Processledare bokad till den 12 januari.',
			revision
		});
		expect(started).toMatchObject({ kind: 'ok', value: { status: 'in_progress' } });
		const stale = await handleRequest(database.db, cast.otherCoordinator.actor, '17', id, {
			status: 'declined',
			notes: 'Ingår redan.',
			revision
		});
		expect(stale).toMatchObject({ kind: 'conflict' });
		const since = await lastAuditId(database.db);
		const done = await handleRequest(database.db, cast.otherCoordinator.actor, '17', id, {
			status: 'done',
			notes: 'Metodstöd givet i tre träffar januari–mars.',
			revision: revision + 1
		});
		expect(done).toMatchObject({ kind: 'ok', value: { status: 'done', revision: revision + 2 } });
		const entry = await oneAuditEntry(database.db, since, cast.otherCoordinator.actor);
		expect(entry).toMatchObject({
			action: 'update',
			before: { status: 'in_progress' },
			after: { status: 'done', notes: 'Metodstöd givet i tre träffar januari–mars.' }
		});
		expect((await auditOf(database.db, 'support_request', id)).map((e) => e.action)).toEqual([
			'create',
			'update',
			'update'
		]);
		const mine = await getRequest(database.db, cast.reader.actor, '17', id);
		expect(mine).toMatchObject({
			kind: 'ok',
			value: { status: 'done', notes: 'Metodstöd givet i tre träffar januari–mars.' }
		});
	});
});

describe('course rounds', () => {
	test('a round with participants per organisation, audited; bad input writes nothing', async () => {
		const course = await offerId('Nya verktyg och utbildningar för chefer och ledare');
		const arvika = await organisationId(database.db, 'Arvika kommun');
		const region = await organisationId(database.db, 'Region Värmland');
		const falun = await organisationId(database.db, 'Faluns kommun');
		const before = await rowCount(database.db, courseParticipants);
		const bad = await addCourseRound(database.db, cast.coordinator.actor, '17', course, {
			startsOn: '2026-02-30',
			endsOn: '',
			participation: [{ organisationId: arvika, participants: '-2' }]
		});
		expect(bad).toMatchObject({
			kind: 'invalid',
			fields: {
				startsOn: ['Skriv startdatum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-12.'],
				'participation.0.participants': ['Antalet deltagare kan inte vara negativt.']
			}
		});
		const foreign = await addCourseRound(database.db, cast.coordinator.actor, '17', course, {
			startsOn: '2026-02-03',
			participation: [{ organisationId: falun, participants: 3 }]
		});
		expect(foreign).toMatchObject({
			kind: 'invalid',
			fields: { participation: ['Välj organisationer i länet.'] }
		});
		const tool = await addCourseRound(
			database.db,
			cast.coordinator.actor,
			'17',
			await offerId('Dialogguiden'),
			{ startsOn: '2026-02-03' }
		);
		expect(tool).toMatchObject({ kind: 'invalid' });
		expect(
			await addCourseRound(database.db, cast.reader.actor, '17', course, {
				startsOn: '2026-02-03'
			})
		).toMatchObject({ kind: 'forbidden' });
		expect(await rowCount(database.db, courseParticipants)).toBe(before);

		const since = await lastAuditId(database.db);
		const r = await addCourseRound(database.db, cast.coordinator.actor, '17', course, {
			startsOn: '2026-02-03',
			endsOn: '2026-02-04',
			place: 'Karlstad',
			participation: [
				{ organisationId: arvika, participants: '12' },
				{ organisationId: region, participants: '20' },
				{ organisationId: falun, participants: '' }
			].filter((p) => p.organisationId !== falun)
		});
		expect(r).toMatchObject({ kind: 'ok' });
		// the round, and the indicator it feeds the first time (Ledarskap, below)
		const entries = await auditSince(database.db, since);
		expect(entries.map((e) => [e.entityType, e.action, e.actorUserId])).toEqual([
			['course_round', 'create', cast.coordinator.actor.userId],
			['indicator', 'create', cast.coordinator.actor.userId]
		]);
		const offer = await supportOffer(database.db, anonymous, '17', course);
		if (offer.kind !== 'ok') throw new Error(offer.kind);
		expect(offer.value.totalParticipants).toBe(32);
		expect(offer.value.participants).toEqual([
			{ organisationId: region, organisation: 'Region Värmland', participants: 20 },
			{ organisationId: arvika, organisation: 'Arvika kommun', participants: 12 }
		]);
		expect(offer.value.rounds[0]).toMatchObject({
			startsOn: '2026-02-03',
			endsOn: '2026-02-04',
			place: 'Karlstad',
			total: 32
		});
	});
});

describe('course rounds feed an indicator per prerequisite', () => {
	const valuesOf = async (title: string) => {
		const rows = await database.db
			.select({
				period: measurements.period,
				value: measurements.value,
				count: measurements.count,
				basis: measurements.basis,
				source: measurements.source
			})
			.from(measurements)
			.innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
			.where(and(eq(indicators.countyCode, '17'), eq(indicators.title, title)))
			.orderBy(measurements.period);
		return rows;
	};

	test('participants per year of the leadership course are the indicator "Ledarskap"', async () => {
		const course = await offerId('Nya verktyg och utbildningar för chefer och ledare');
		const arvika = await organisationId(database.db, 'Arvika kommun');
		const region = await organisationId(database.db, 'Region Värmland');
		for (const [startsOn, participation] of [
			['2023-03-01', [{ organisationId: arvika, participants: 5 }]],
			[
				'2023-10-10',
				[
					{ organisationId: arvika, participants: 3 },
					{ organisationId: region, participants: 4 }
				]
			]
		] as const)
			expect(
				await addCourseRound(database.db, cast.coordinator.actor, '17', course, {
					startsOn,
					participation
				})
			).toMatchObject({ kind: 'ok' });
		const values = await valuesOf('Deltagare i stödstrukturens utbildningar: Ledarskap');
		expect(values.find((v) => v.period === 2023)).toEqual({
			period: 2023,
			value: 12,
			count: 2,
			basis: '12 deltagare i 2 omgångar',
			source: 'Nära – stödstrukturens kursomgångar'
		});
		// the course serves leadership only: no other prerequisite got an indicator from it
		expect(
			await valuesOf('Deltagare i stödstrukturens utbildningar: Hållbara arbetsplatser')
		).toEqual([]);
	});
});
