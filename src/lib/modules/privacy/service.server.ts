import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, ok, type Outcome } from '../../core/outcome.ts';
import { audit } from '../../platform/audit.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { RETENTION, RETENTION_PURPOSES } from './domain/retention.ts';
import { canSetRetention } from './domain/permissions.ts';
import { retentionDays } from './purge.server.ts';
import { RetentionInput, type RetentionPeriods } from './schema.ts';
import { retentionPeriods } from './tables.ts';

/** The county's retention periods: read by anyone (the privacy notice), set by its administrators. */

async function revisionOf(db: Db | Tx, countyCode: string): Promise<number> {
	const [row] = await db
		.select({ r: sql<number>`coalesce(max(${retentionPeriods.revision}), 0)::int` })
		.from(retentionPeriods)
		.where(eq(retentionPeriods.countyCode, countyCode));
	return row?.r ?? 0;
}

export async function retention(db: Db | Tx, countyCode: string): Promise<RetentionPeriods> {
	const days = await retentionDays(db, countyCode);
	return {
		countyCode,
		revision: await revisionOf(db, countyCode),
		periods: RETENTION_PURPOSES.map((purpose) => {
			const { what, why, deletion, basis } = RETENTION[purpose];
			return { purpose, days: days[purpose], what, why, deletion, basis };
		})
	};
}

/** An administrator sets the county's retention periods, all at once; audited. */
export async function setRetention(
	db: Db,
	actor: Actor,
	countyCode: string,
	values: Record<string, unknown>
): Promise<Outcome<RetentionPeriods>> {
	if (!canSetRetention(actor, countyCode)) return forbidden();
	const parsed = RetentionInput.safeParse(values);
	if (!parsed.success)
		return invalid('Lagringstiderna kunde inte sparas.', fieldErrors(parsed.error.issues));
	const input = parsed.data;
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`retention:${countyCode}`}))`);
		const before = await retention(tx, countyCode);
		if (before.revision !== input.revision)
			return {
				kind: 'conflict',
				message:
					'Någon annan har ändrat lagringstiderna medan du redigerade. Ingenting har skrivits över; ladda om sidan.'
			};
		const revision = before.revision + 1;
		for (const purpose of RETENTION_PURPOSES)
			await tx
				.insert(retentionPeriods)
				.values({ countyCode, purpose, days: input[purpose], revision })
				.onConflictDoUpdate({
					target: [retentionPeriods.countyCode, retentionPeriods.purpose],
					set: { days: input[purpose], revision, updatedAt: sql`now()` }
				});
		const after = await retention(tx, countyCode);
		const daysOf = (r: RetentionPeriods) =>
			Object.fromEntries(r.periods.map((p) => [p.purpose, p.days]));
		await audit(tx, actor, {
			action: 'update',
			entityType: 'retention_periods',
			entityId: countyCode,
			countyCode,
			before: daysOf(before),
			after: daysOf(after)
		});
		return ok(after);
	});
}
