import { and, eq } from 'drizzle-orm';
import type { Db } from '../src/lib/platform/db/client.ts';
import * as t from '../src/lib/app/tables.ts';
import { api, form, type MatrixCase, type Who } from './permission-kit.ts';

/**
 * The permission matrix's cases for reflections, for e2e/permissions.spec.ts:
 * writing, changing and archiving one (pages and API), each on a fresh
 * reflection made directly in the database.
 */

export function reflectionCases(db: () => Db): MatrixCase[] {
	const county: Who[] = ['coordinator', 'admin'];
	const groupId = async () => {
		const [g] = await db().select().from(t.groups).where(eq(t.groups.countyCode, '17')).limit(1);
		return g!.id;
	};
	const storyId = async () => {
		const [s] = await db()
			.select()
			.from(t.stories)
			.where(and(eq(t.stories.countyCode, '17'), eq(t.stories.status, 'published')))
			.limit(1);
		return s!.id;
	};
	const input = async () => ({
		groupId: await groupId(),
		title: `Matrisreflektion ${Math.random().toString(36).slice(2, 8)}`,
		whatWeSee: 'Vi ser något.',
		whatItMeans: 'Det betyder något.',
		whatWeDoNow: 'Vi gör något.',
		writtenOn: '2030-01-01',
		stories: String(await storyId()),
		visibility: 'internal'
	});
	const fresh = async () => {
		const { groupId: g, title, whatWeSee, whatItMeans, whatWeDoNow, writtenOn } = await input();
		const [row] = await db()
			.insert(t.reflections)
			.values({
				countyCode: '17',
				groupId: g,
				title,
				whatWeSee,
				whatItMeans,
				whatWeDoNow,
				writtenOn,
				visibility: 'internal'
			})
			.returning();
		return row!;
	};
	return [
		{
			name: 'reflektioner: ny',
			allowed: county,
			request: async () => form('/lan/varmland/reflektioner/ny', await input())
		},
		{
			name: 'reflektioner: ändra',
			allowed: county,
			request: async () => {
				const r = await fresh();
				return form(`/lan/varmland/reflektioner/${r.id}/redigera?/save`, {
					...(await input()),
					revision: r.revision
				});
			}
		},
		{
			name: 'reflektioner: arkivera',
			allowed: county,
			request: async () => {
				const r = await fresh();
				return form(`/lan/varmland/reflektioner/${r.id}/redigera?/archive`, {
					revision: r.revision
				});
			}
		},
		{
			name: 'API: POST reflektion',
			allowed: county,
			request: async () => api('POST', '/api/counties/17/reflections', await input())
		},
		{
			name: 'API: PUT reflektion',
			allowed: county,
			request: async () => {
				const r = await fresh();
				return api('PUT', `/api/counties/17/reflections/${r.id}`, {
					...(await input()),
					revision: r.revision
				});
			}
		},
		{
			name: 'API: POST arkivera reflektion',
			allowed: county,
			request: async () => {
				const r = await fresh();
				return api('POST', `/api/counties/17/reflections/${r.id}/archive`, {
					revision: r.revision
				});
			}
		}
	];
}
