import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditOf, lastAuditId, oneAuditEntry, rowCount } from '../../../../tests/kit/audit.ts';
import { castForFile, organisationId } from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import { archiveOffer, createOffer, updateOffer } from './offers.server.ts';
import { supportCatalogue } from './read.server.ts';
import { addCourseRound } from './service.server.ts';
import { supportOffers } from './tables.ts';
import { indicators, measurements } from '../../app/tables.ts';

/** The support structure keeps its catalogue: offers added, changed and archived, audited. */

const database = databaseForFile();
const cast = castForFile(
	database,
	'coordinator',
	'otherCoordinator',
	'reader',
	'dalarnaCoordinator'
);

const offer = {
	kind: 'course',
	title: 'Personcentrerat arbetssätt – grundkurs',
	description: 'Två halvdagar för arbetsplatser i kommunerna.',
	provider: 'Nya perspektiv',
	prerequisites: 'workplaces,leadership',
	developmentAreas: 'person_centred',
	link: '',
	visibility: 'public'
};

describe('the catalogue, kept', () => {
	let id = 0;
	let revision = 0;

	test('bad input writes nothing and says what is wrong', async () => {
		const before = await rowCount(database.db, supportOffers);
		const r = await createOffer(database.db, cast.coordinator.actor, '17', {
			...offer,
			kind: 'kurs',
			title: '',
			prerequisites: 'leadership,magi',
			link: 'javascript:alert(1)'
		});
		expect(r).toMatchObject({
			kind: 'invalid',
			fields: {
				kind: ['Välj vilket slags stöd det är.'],
				title: ['Skriv en titel.'],
				prerequisites: ['Välj förutsättningar i listan.'],
				link: [
					'Skriv en webbadress som börjar med https:// eller en sida i Nära som börjar med /, eller lämna fältet tomt.'
				]
			}
		});
		expect(await createOffer(database.db, cast.reader.actor, '17', offer)).toMatchObject({
			kind: 'forbidden'
		});
		expect(
			await createOffer(database.db, cast.dalarnaCoordinator.actor, '17', offer)
		).toMatchObject({ kind: 'forbidden' });
		expect(await rowCount(database.db, supportOffers)).toBe(before);
	});

	test('a coordinator adds an offer: audited, in the catalogue', async () => {
		const since = await lastAuditId(database.db);
		const r = await createOffer(database.db, cast.coordinator.actor, '17', offer);
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		id = r.value.id;
		revision = r.value.revision;
		expect(r.value).toMatchObject({
			prerequisites: ['workplaces', 'leadership'],
			developmentAreas: ['person_centred'],
			source: null
		});
		expect(await oneAuditEntry(database.db, since, cast.coordinator.actor)).toMatchObject({
			action: 'create',
			entityType: 'support_offer'
		});
		const list = await supportCatalogue(database.db, anonymous, '17');
		expect(list.kind === 'ok' && list.value.offers.some((o) => o.id === id)).toBe(true);
	});

	test('a change on an old revision is a conflict; archiving hides it', async () => {
		const changed = await updateOffer(database.db, cast.coordinator.actor, '17', id, {
			...offer,
			title: 'Personcentrerat arbetssätt',
			revision
		});
		expect(changed).toMatchObject({ kind: 'ok', value: { title: 'Personcentrerat arbetssätt' } });
		const stale = await updateOffer(database.db, cast.otherCoordinator.actor, '17', id, {
			...offer,
			revision
		});
		expect(stale).toMatchObject({ kind: 'conflict' });
		expect(
			await archiveOffer(database.db, cast.coordinator.actor, '17', id, { revision: revision + 1 })
		).toMatchObject({ kind: 'ok' });
		const list = await supportCatalogue(database.db, anonymous, '17');
		expect(list.kind === 'ok' && list.value.offers.some((o) => o.id === id)).toBe(false);
		expect((await auditOf(database.db, 'support_offer', id)).map((e) => e.action)).toEqual([
			'create',
			'update',
			'archive'
		]);
	});
});

describe('the indicators follow the catalogue', () => {
	/** the value of 2019 of Värmland's indicator with that title, or null */
	const in2019 = async (title: string) => {
		const [row] = await database.db
			.select({ value: measurements.value })
			.from(measurements)
			.innerJoin(indicators, eq(indicators.id, measurements.indicatorId))
			.where(
				and(
					eq(indicators.countyCode, '17'),
					eq(indicators.title, title),
					eq(measurements.period, 2019)
				)
			);
		return row?.value ?? null;
	};

	test('a course that changes its prerequisites, or is archived, counts no longer where it left', async () => {
		const arvika = await organisationId(database.db, 'Arvika kommun');
		const created = await createOffer(database.db, cast.coordinator.actor, '17', {
			kind: 'course',
			title: 'Friskfaktorer på arbetsplatsen',
			prerequisites: 'workplaces',
			visibility: 'public'
		});
		if (created.kind !== 'ok') throw new Error(created.kind);
		const { id } = created.value;
		expect(
			await addCourseRound(database.db, cast.coordinator.actor, '17', id, {
				startsOn: '2019-05-02',
				participation: [{ organisationId: arvika, participants: 9 }]
			})
		).toMatchObject({ kind: 'ok' });
		const workplaces = 'Deltagare i stödstrukturens utbildningar: Hållbara arbetsplatser';
		const leadership = 'Deltagare i stödstrukturens utbildningar: Ledarskap';
		expect(await in2019(workplaces)).toBe(9);
		expect(await in2019(leadership)).toBeNull();

		const moved = await updateOffer(database.db, cast.coordinator.actor, '17', id, {
			kind: 'course',
			title: 'Friskfaktorer på arbetsplatsen',
			prerequisites: 'leadership',
			visibility: 'public',
			revision: created.value.revision
		});
		if (moved.kind !== 'ok') throw new Error(moved.kind);
		expect(await in2019(workplaces)).toBeNull();
		expect(await in2019(leadership)).toBe(9);

		expect(
			await archiveOffer(database.db, cast.coordinator.actor, '17', id, {
				revision: moved.value.revision
			})
		).toMatchObject({ kind: 'ok' });
		expect(await in2019(leadership)).toBeNull();
	});
});
