import { expect, test } from 'vitest';
import { judge } from './form-guard.ts';

const t0 = Date.UTC(2026, 11, 7, 12, 0, 0);

test.each([
	['a person after a minute', '', t0, t0 + 60_000, 'ok'],
	['exactly the minimum', '', t0, t0 + 3_000, 'ok'],
	['a bot at once', '', t0, t0 + 500, 'too_fast'],
	['the honeypot filled in', 'http://spam.example', t0, t0 + 60_000, 'honeypot'],
	['the honeypot only spaces counts as empty', '   ', t0, t0 + 60_000, 'ok'],
	['no stamp or a forged one', '', null, t0, 'bad_stamp'],
	['more than a day later', '', t0, t0 + 25 * 3600_000, 'expired']
] as const)('%s → %s', (_name, honeypot, stamp, now, verdict) => {
	expect(judge(honeypot, stamp, now)).toBe(verdict);
});
