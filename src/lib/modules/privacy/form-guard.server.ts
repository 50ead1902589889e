import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { takeRate } from '../../platform/rate-limit.ts';
import type { Outcome } from '../../core/outcome.ts';
import { GUARD_MESSAGES, HONEYPOT, judge, STAMP } from './domain/form-guard.ts';
import { formKeys } from './tables.ts';

/**
 * The server half of the form guard: the signed moment a public form was
 * shown, and the check of a submission (honeypot, minimum time, signature,
 * and a rate limit per address). The key lives in the database so that every
 * instance behind a load balancer signs alike.
 */

async function formKey(db: Db): Promise<string> {
	await db
		.insert(formKeys)
		.values({ id: 1, key: randomBytes(32).toString('base64url') })
		.onConflictDoNothing();
	const [row] = await db
		.select({ key: formKeys.key })
		.from(formKeys)
		.where(sql`${formKeys.id} = 1`);
	return row!.key;
}

const sign = (key: string, at: number) =>
	createHmac('sha256', key).update(`form:${at}`).digest('base64url');

/** The stamp a form carries in its hidden field: the moment and its signature. */
export async function formStamp(db: Db, now = Date.now()): Promise<string> {
	return `${now}.${sign(await formKey(db), now)}`;
}

/** The moment of a genuine stamp, or null. */
async function stampedAt(db: Db, stamp: string | undefined): Promise<number | null> {
	const [at, signature] = (stamp ?? '').split('.');
	if (!at || !signature || !/^\d{1,15}$/.test(at)) return null;
	const expected = Buffer.from(sign(await formKey(db), Number(at)));
	const given = Buffer.from(signature);
	return expected.length === given.length && timingSafeEqual(expected, given) ? Number(at) : null;
}

/** How many public submissions one address may make per hour, per form. */
export const SUBMISSIONS_PER_HOUR = 10;

/**
 * Whether a public form's submission may be written: the honeypot is empty,
 * the stamp genuine and neither too new nor too old, and the address under its
 * limit. Returns the refusal as an outcome (invalid or too_many), or null.
 */
export async function guardSubmission(
	db: Db,
	form: string,
	values: Record<string, string>,
	address: string,
	now = Date.now()
): Promise<Outcome<never> | null> {
	const verdict = judge(values[HONEYPOT], await stampedAt(db, values[STAMP]), now);
	if (verdict !== 'ok')
		return {
			kind: 'invalid',
			message: GUARD_MESSAGES[verdict],
			fields: verdict === 'honeypot' ? { [HONEYPOT]: [GUARD_MESSAGES.honeypot] } : {}
		};
	const rate = await takeRate(
		db,
		{ bucket: `public-form:${form}`, max: SUBMISSIONS_PER_HOUR, windowSeconds: 3600 },
		address
	);
	if (!rate.allowed)
		return {
			kind: 'too_many',
			message: `Många formulär har skickats från din adress den senaste timmen. Försök igen om ${Math.ceil(rate.retryAfterSeconds / 60)} minuter.`
		};
	return null;
}
