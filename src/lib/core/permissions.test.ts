import { describe, expect, test } from 'vitest';
import type { Actor, Role } from './actor.ts';
import { canManageAccount } from './permissions.ts';

/** Who may reach a person's account (a new password link): roles × targets, as a table. */

const user = (userId: number, roles: [string, Role][]): Actor => ({
	kind: 'user',
	userId,
	email: `p${userId}@test.nara.invalid`,
	name: `P${userId}`,
	via: 'session',
	roles: roles.map(([countyCode, role]) => ({ countyCode, role, organisationId: null }))
});
const target = (userId: number, counties: string[]) => ({
	userId,
	roles: counties.map((countyCode) => ({ countyCode }))
});

const admin17 = user(1, [['17', 'admin']]);
const admin20 = user(2, [['20', 'admin']]);
const adminBoth = user(3, [
	['17', 'admin'],
	['20', 'admin']
]);
const coordinator17 = user(4, [['17', 'coordinator']]);
const mixed = user(5, [
	['17', 'admin'],
	['20', 'reader']
]);

describe('canManageAccount', () => {
	test.each([
		['admin of 17, person only in 17', admin17, target(10, ['17']), true],
		['admin of 17, person in 17 and 20 (the takeover)', admin17, target(10, ['17', '20']), false],
		['admin of 17, person only in 20', admin17, target(10, ['20']), false],
		['admin of 20, person only in 17', admin20, target(10, ['17']), false],
		['admin of both, person in both', adminBoth, target(10, ['17', '20']), true],
		['admin of both, person only in 17', adminBoth, target(10, ['17']), true],
		['admin of 17 and reader in 20, person in both', mixed, target(10, ['17', '20']), false],
		['admin of 17, an admin in two counties', admin17, target(3, ['17', '20']), false],
		['the person themselves, in two counties', mixed, target(5, ['17', '20']), true],
		['coordinator of 17, person only in 17', coordinator17, target(10, ['17']), false],
		['anonymous', { kind: 'anonymous' } as Actor, target(10, ['17']), false],
		[
			'the operator (CLI)',
			{ kind: 'system', label: 'nara admin link' } as Actor,
			target(10, ['17', '20']),
			true
		],
		['admin of 17, a person with no role anywhere', admin17, target(10, []), false]
	])('%s → %s', (_name, actor, person, expected) => {
		expect(canManageAccount(actor, person)).toBe(expected);
	});
});
