import { eq } from 'drizzle-orm';
import type { Db } from '../src/lib/platform/db/client.ts';
import * as t from '../src/lib/app/tables.ts';
import { organisationId } from '../tests/kit/cast.ts';
import type { MatrixCase } from './permission-kit.ts';

/**
 * The permission matrix's cases for Levande bibliotek's asking page
 * (levande-bibliotek/fraga), for e2e/permissions.spec.ts: one may ask for the
 * items one may edit — a process its county's coordinators, an initiative
 * also the editors of the organisation leading it.
 */

export function livedExperienceCases(db: () => Db): MatrixCase[] {
	const ask = (subject: string) => ({
		kind: 'form' as const,
		path: '/lan/varmland/levande-bibliotek/fraga',
		body: { subject, task: 'Matrisuppdrag från frågesidan', wanted: '1' }
	});
	return [
		{
			name: 'levande bibliotek: be om deltagare för en process (frågesidan)',
			allowed: ['coordinator', 'admin'],
			request: async () => {
				const [process] = await db()
					.select({ id: t.processes.id })
					.from(t.processes)
					.where(eq(t.processes.countyCode, '17'))
					.limit(1);
				return ask(`process:${process!.id}`);
			}
		},
		{
			name: 'levande bibliotek: be om deltagare för en insats kommunen leder (frågesidan)',
			allowed: ['editor', 'coordinator', 'admin'],
			request: async () => {
				const [row] = await db()
					.insert(t.initiatives)
					.values({
						countyCode: '17',
						title: `Matrisinsats för Levande bibliotek ${Math.random()}`,
						leadOrganisationId: await organisationId(db(), 'Arvika kommun'),
						level: 'local',
						phase: 'pilot'
					})
					.returning();
				return ask(`initiative:${row!.id}`);
			}
		}
	];
}
