import type { Db } from '../src/lib/platform/db/client.ts';
import * as t from '../src/lib/app/tables.ts';
import { api, form, type MatrixCase, type Who } from './permission-kit.ts';

/**
 * The permission matrix's cases for the county's milestones, for
 * e2e/permissions.spec.ts: the pages' forms and the API's writes, each on a
 * fresh milestone made directly in the database.
 */

export function milestoneCases(db: () => Db): MatrixCase[] {
	const county: Who[] = ['coordinator', 'admin'];
	const fields = () => ({
		title: `Matrisens milstolpe ${Math.random().toString(36).slice(2, 9)}`,
		year: 2027,
		periodLabel: 'Våren 2027',
		status: 'planned',
		visibility: 'internal'
	});
	const fresh = async () => {
		const [row] = await db()
			.insert(t.milestones)
			.values({ countyCode: '17', ...fields(), status: 'planned', visibility: 'internal' })
			.returning();
		return row!;
	};
	return [
		{
			name: 'milstolpar: ny',
			allowed: county,
			request: async () => form('/lan/varmland/milstolpar/ny', fields())
		},
		{
			name: 'milstolpar: ändra',
			allowed: county,
			request: async () => {
				const m = await fresh();
				return form(`/lan/varmland/milstolpar/${m.id}?/save`, {
					...fields(),
					revision: m.revision
				});
			}
		},
		{
			name: 'API: POST milstolpe',
			allowed: county,
			request: async () => api('POST', '/api/counties/17/milestones', fields())
		},
		{
			name: 'API: PUT milstolpe',
			allowed: county,
			request: async () => {
				const m = await fresh();
				return api('PUT', `/api/counties/17/milestones/${m.id}`, {
					...fields(),
					processIds: [],
					revision: m.revision
				});
			}
		}
	];
}
