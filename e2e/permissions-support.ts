import { and, eq } from 'drizzle-orm';
import type { Db } from '../src/lib/platform/db/client.ts';
import * as t from '../src/lib/app/tables.ts';
import { organisationId } from '../tests/kit/cast.ts';
import { api, form, type MatrixCase, type Who } from './permission-kit.ts';

/**
 * The permission matrix's cases for the support structure (requests for
 * support, their handling, course rounds), for e2e/permissions.spec.ts: each
 * with the fresh item it acts on, made directly in the database.
 */

export function supportCases(db: () => Db): MatrixCase[] {
	const county: Who[] = ['coordinator', 'admin'];
	const inCounty: Who[] = ['reader', 'editor', 'moderator', 'coordinator', 'admin'];
	const offer = async (title: string) => {
		const [row] = await db()
			.select({ id: t.supportOffers.id })
			.from(t.supportOffers)
			.where(and(eq(t.supportOffers.countyCode, '17'), eq(t.supportOffers.title, title)));
		return row!.id;
	};
	const course = () => offer('Kontinuerliga utbildningar i omställningen');
	const request = async () => ({
		organisationId: await organisationId(db(), 'Arvika kommun'),
		workplace: 'Matrisens arbetsplats',
		need: 'Matrisen behöver metodstöd i omställningen.'
	});
	const freshRequest = async () => {
		const [row] = await db()
			.insert(t.supportRequests)
			.values({ countyCode: '17', ...(await request()), visibility: 'internal' })
			.returning();
		return row!;
	};
	const handling = { status: 'in_progress', notes: 'Matrisens anteckning.' };
	const round = { startsOn: '2026-04-01', place: 'Matrisen' };
	const offerForm = {
		kind: 'method',
		title: 'Matrisens metodstöd',
		prerequisites: 'support_structure',
		visibility: 'public'
	};
	const freshOffer = async () => {
		const [row] = await db()
			.insert(t.supportOffers)
			.values({ countyCode: '17', kind: 'method', title: `Matrisstöd ${Math.random()}` })
			.returning();
		return row!;
	};
	return [
		{
			name: 'stöd: nytt i katalogen',
			allowed: county,
			request: async () => form('/lan/varmland/stod/ny', offerForm)
		},
		{
			name: 'stöd: ändra i katalogen',
			allowed: county,
			request: async () => {
				const o = await freshOffer();
				return form(`/lan/varmland/stod/${o.id}/redigera?/save`, {
					...offerForm,
					revision: o.revision
				});
			}
		},
		{
			name: 'stöd: arkivera i katalogen',
			allowed: county,
			request: async () => {
				const o = await freshOffer();
				return form(`/lan/varmland/stod/${o.id}/redigera?/archive`, { revision: o.revision });
			}
		},
		{
			name: 'API: POST stöd i katalogen',
			allowed: county,
			request: async () =>
				api('POST', '/api/counties/17/support/offers', {
					...offerForm,
					prerequisites: ['support_structure']
				})
		},
		{
			name: 'API: PUT stöd i katalogen',
			allowed: county,
			request: async () => {
				const o = await freshOffer();
				return api('PUT', `/api/counties/17/support/offers/${o.id}`, {
					...offerForm,
					prerequisites: [],
					revision: o.revision
				});
			}
		},
		{
			name: 'API: arkivera stöd i katalogen',
			allowed: county,
			request: async () => {
				const o = await freshOffer();
				return api('POST', `/api/counties/17/support/offers/${o.id}/archive`, {
					revision: o.revision
				});
			}
		},
		{
			name: 'stöd: be om stöd',
			allowed: inCounty,
			request: async () => form('/lan/varmland/stod/begar', await request())
		},
		{
			name: 'stöd: hantera förfrågan',
			allowed: county,
			request: async () => {
				const r = await freshRequest();
				return form(`/lan/varmland/stod/forfragningar/${r.id}?/save`, {
					...handling,
					revision: r.revision
				});
			}
		},
		{
			name: 'stöd: ny kursomgång',
			allowed: county,
			request: async () => form(`/lan/varmland/stod/${await course()}/omgang`, round)
		},
		{
			name: 'API: POST förfrågan om stöd',
			allowed: inCounty,
			request: async () => api('POST', '/api/counties/17/support/requests', await request())
		},
		{
			name: 'API: PUT förfrågan om stöd',
			allowed: county,
			request: async () => {
				const r = await freshRequest();
				return api('PUT', `/api/counties/17/support/requests/${r.id}`, {
					...handling,
					revision: r.revision
				});
			}
		},
		{
			name: 'API: POST kursomgång',
			allowed: county,
			request: async () =>
				api('POST', `/api/counties/17/support/offers/${await course()}/rounds`, round)
		}
	];
}
