import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditOf, lastAuditId, oneAuditEntry, rowCount } from '../../../../tests/kit/audit.ts';
import { castForFile, organisationId } from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { anonymous } from '../../core/actor.ts';
import {
	archiveAgreement,
	createAgreement,
	listAgreements,
	updateAgreement
} from './service.server.ts';
import { agreements } from './tables.ts';

/** The register of agreements and guidelines in Värmland: written, audited, overdue, public or internal. */

const database = databaseForFile();
const cast = castForFile(
	database,
	'coordinator',
	'otherCoordinator',
	'reader',
	'dalarnaCoordinator'
);
const NOW = new Date('2026-12-07T10:00:00Z');

const form = async (over: Record<string, unknown> = {}) => ({
	kind: 'agreement',
	title: 'Överenskommelse om samverkan vid utskrivning',
	partyIds: `${await organisationId(database.db, 'Region Värmland')},${await organisationId(database.db, 'Arvika kommun')}`,
	otherParties: '',
	scope: 'Utskrivning från slutenvård',
	ownerGroupId: '',
	validFrom: '2024-01-01',
	validTo: '2027-12-31',
	nextReviewOn: '2026-11-30',
	status: 'in_force',
	documentUrl: 'https://www.regionvarmland.se/overenskommelse.pdf',
	decisionIds: '',
	visibility: 'public',
	...over
});

describe('the register of agreements and guidelines', () => {
	let id = 0;

	test('bad input writes nothing and says what is wrong, field by field', async () => {
		const before = await rowCount(database.db, agreements);
		const r = await createAgreement(
			database.db,
			cast.coordinator.actor,
			'17',
			await form({
				title: '',
				validFrom: '2025-02-30',
				nextReviewOn: 'nästa år',
				documentUrl: 'javascript:alert(1)',
				status: 'kanske'
			})
		);
		expect(r).toMatchObject({
			kind: 'invalid',
			fields: {
				title: ['Skriv en titel.'],
				validFrom: ['Skriv giltig från som ÅÅÅÅ-MM-DD, t.ex. 2025-06-30, eller lämna fältet tomt.'],
				nextReviewOn: [
					'Skriv nästa uppföljning som ÅÅÅÅ-MM-DD, t.ex. 2025-06-30, eller lämna fältet tomt.'
				],
				documentUrl: ['Skriv en webbadress som börjar med https://, eller lämna fältet tomt.'],
				status: ['Välj status.']
			}
		});
		const other = await createAgreement(
			database.db,
			cast.coordinator.actor,
			'17',
			await form({ partyIds: String(await organisationId(database.db, 'Borlänge kommun')) })
		);
		expect(other).toMatchObject({
			fields: { partyIds: ['Välj parter bland länets organisationer.'] }
		});
		expect(await rowCount(database.db, agreements)).toBe(before);
	});

	test('only the county’s coordinators write', async () => {
		for (const actor of [anonymous, cast.reader.actor, cast.dalarnaCoordinator.actor])
			expect((await createAgreement(database.db, actor, '17', await form())).kind).toBe(
				'forbidden'
			);
	});

	test('a coordinator registers one, audited; its review date has passed, so it is overdue', async () => {
		const since = await lastAuditId(database.db);
		const r = await createAgreement(database.db, cast.coordinator.actor, '17', await form());
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		id = r.value.id;
		expect(r.value.parties).toEqual(['Region Värmland', 'Arvika kommun']);
		const entry = await oneAuditEntry(database.db, since, cast.coordinator.actor);
		expect(entry).toMatchObject({ action: 'create', entityType: 'agreement', countyCode: '17' });
		const list = await listAgreements(database.db, anonymous, '17', NOW);
		expect(list.kind === 'ok' && list.value).toMatchObject({
			overdue: 1,
			agreements: [{ id, reviewOverdue: true, nextReviewOn: '2026-11-30' }]
		});
	});

	test('a change on a stale revision is a conflict; nothing is written', async () => {
		const first = await updateAgreement(database.db, cast.coordinator.actor, '17', id, {
			...(await form({ nextReviewOn: '2027-06-30' })),
			revision: '1'
		});
		expect(first).toMatchObject({ kind: 'ok', value: { revision: 2, reviewOverdue: false } });
		const stale = await updateAgreement(database.db, cast.otherCoordinator.actor, '17', id, {
			...(await form({ title: 'Min ändring' })),
			revision: '1'
		});
		expect(stale.kind).toBe('conflict');
		const [row] = await database.db.select().from(agreements).where(eq(agreements.id, id));
		expect(row!.title).toBe('Överenskommelse om samverkan vid utskrivning');
		expect((await auditOf(database.db, 'agreement', id)).map((e) => e.action)).toEqual([
			'create',
			'update'
		]);
	});

	test('internal entries only for the county’s people; archived ones leave the register', async () => {
		await updateAgreement(database.db, cast.coordinator.actor, '17', id, {
			...(await form({ visibility: 'internal' })),
			revision: '2'
		});
		const anon = await listAgreements(database.db, anonymous, '17', NOW);
		const reader = await listAgreements(database.db, cast.reader.actor, '17', NOW);
		expect(anon.kind === 'ok' && anon.value.agreements).toEqual([]);
		expect(reader.kind === 'ok' && reader.value.agreements.map((a) => a.id)).toEqual([id]);
		const archived = await archiveAgreement(database.db, cast.coordinator.actor, '17', id, {
			revision: '3'
		});
		expect(archived.kind).toBe('ok');
		const after = await listAgreements(database.db, cast.reader.actor, '17', NOW);
		expect(after.kind === 'ok' && after.value.agreements).toEqual([]);
	});
});
