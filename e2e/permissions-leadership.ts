import { eq } from 'drizzle-orm';
import type { Db } from '../src/lib/platform/db/client.ts';
import * as t from '../src/lib/app/tables.ts';
import { organisationId, testUser } from '../tests/kit/cast.ts';
import { api, form, type MatrixCase, type Who } from './permission-kit.ts';

/**
 * The permission matrix's cases for the leadership's loop (meetings,
 * barriers, actions and the digest setting), for e2e/permissions.spec.ts:
 * each with the fresh item it acts on, made directly in the database.
 */

const unique = () => Math.random().toString(36).slice(2, 8);

export function leadershipCases(db: () => Db): MatrixCase[] {
	const county: Who[] = ['coordinator', 'admin'];
	const inCounty: Who[] = ['reader', 'editor', 'moderator', 'coordinator', 'admin'];
	const signedIn: Who[] = [...inCounty, 'coordinator-dalarna'];
	/** the owner of the matrix's actions: a reader who is none of the matrix's people */
	let owner: number | undefined;
	const ownerId = async () => (owner ??= (await testUser(db(), 'reader')).actor.userId);
	const groupId = async () => {
		const [g] = await db().select().from(t.groups).where(eq(t.groups.countyCode, '17')).limit(1);
		return g!.id;
	};
	const meeting = async () => ({
		groupId: await groupId(),
		title: `Matrismöte ${unique()}`,
		heldOn: '2030-02-01',
		visibility: 'internal' as const
	});
	const freshMeeting = async () => {
		const [row] = await db()
			.insert(t.meetings)
			.values({ countyCode: '17', ...(await meeting()) })
			.returning();
		return row!;
	};
	const barrier = {
		title: `Matrishinder ${unique()}`,
		description: 'Något står i vägen.',
		kind: 'other' as const,
		visibility: 'internal' as const
	};
	const freshBarrier = async () => {
		const [row] = await db()
			.insert(t.barriers)
			.values({
				countyCode: '17',
				...barrier,
				kind: 'other',
				visibility: 'internal',
				raisedOn: '2030-01-01'
			})
			.returning();
		return row!;
	};
	const action = async () => ({
		title: `Matrisåtgärd ${unique()}`,
		ownerOrganisationId: await organisationId(db(), 'Arvika kommun'),
		ownerUserId: await ownerId(),
		dueOn: '2030-03-01'
	});
	const freshAction = async () => {
		const [row] = await db()
			.insert(t.actions)
			.values({ countyCode: '17', ...(await action()) })
			.returning();
		return row!;
	};
	const step = (revision: number) => ({ status: 'taken_up', on: '2030-01-02', revision });
	const info = (revision: number) => ({ title: 'Matrispunkt', outcome: 'information', revision });
	const progress = (revision: number) => ({ status: 'in_progress', outcome: 'Påbörjad', revision });
	return [
		{
			name: 'möten: nytt',
			allowed: county,
			request: async () => form('/lan/varmland/moten/ny', await meeting())
		},
		{
			name: 'möten: punkt',
			allowed: county,
			request: async () => {
				const m = await freshMeeting();
				return form(`/lan/varmland/moten/${m.id}?/item`, info(m.revision));
			}
		},
		{
			name: 'hinder: lyft',
			allowed: inCounty,
			request: async () => form('/lan/varmland/hinder/ny', barrier)
		},
		{
			name: 'hinder: steg',
			allowed: county,
			request: async () => {
				const b = await freshBarrier();
				return form(`/lan/varmland/hinder/${b.id}?/step`, step(b.revision));
			}
		},
		{
			name: 'åtgärder: ny',
			allowed: county,
			request: async () => form('/lan/varmland/atgarder/ny', await action())
		},
		{
			name: 'åtgärder: rapportera (någon annans)',
			allowed: county,
			request: async () => {
				const a = await freshAction();
				return form(`/lan/varmland/atgarder/${a.id}?/report`, progress(a.revision));
			}
		},
		{
			name: 'åtgärder: veckobrevet av och på (det egna)',
			allowed: signedIn,
			request: async () => form('/lan/varmland/atgarder/mina?/digest', { digest: 'off' })
		},
		{
			name: 'API: POST möte',
			allowed: county,
			request: async () => api('POST', '/api/counties/17/meetings', await meeting())
		},
		{
			name: 'API: POST punkt',
			allowed: county,
			request: async () => {
				const m = await freshMeeting();
				return api('POST', `/api/counties/17/meetings/${m.id}/items`, info(m.revision));
			}
		},
		{
			name: 'API: POST hinder',
			allowed: inCounty,
			request: async () => api('POST', '/api/counties/17/barriers', barrier)
		},
		{
			name: 'API: POST steg',
			allowed: county,
			request: async () => {
				const b = await freshBarrier();
				return api('POST', `/api/counties/17/barriers/${b.id}/steps`, step(b.revision));
			}
		},
		{
			name: 'API: POST åtgärd',
			allowed: county,
			request: async () => api('POST', '/api/counties/17/actions', await action())
		},
		{
			name: 'API: POST rapport (någon annans)',
			allowed: county,
			request: async () => {
				const a = await freshAction();
				return api('POST', `/api/counties/17/actions/${a.id}/progress`, progress(a.revision));
			}
		}
	];
}
