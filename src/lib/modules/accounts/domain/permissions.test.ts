import { describe, expect, test } from 'vitest';
import type { Actor, Role, RoleGrant } from '../../../core/actor.ts';
import { rolesTable } from '../../../../../tests/kit/roles.ts';
import {
	canGrantTokenRole,
	canManageAccount,
	canManageUsers,
	tokenRolesFor
} from './permissions.ts';

/** Who manages the people of county 17: roles × the one action, as a table. */
rolesTable([
	['manage people, roles and API tokens', (a) => canManageUsers(a, '17'), ['admin', 'system']]
]);

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

/** Which API token a person may make: a role at or below one they hold in the county. */
describe('canGrantTokenRole', () => {
	const grant = (
		role: Role,
		countyCode = '17',
		organisationId: number | null = null
	): RoleGrant => ({
		countyCode,
		role,
		organisationId
	});
	const want = (role: Role, organisationId: number | null = null) => ({ role, organisationId });
	test.each([
		['admin → admin', [grant('admin')], want('admin'), true],
		['admin → coordinator', [grant('admin')], want('coordinator'), true],
		['admin → editor of an organisation', [grant('admin')], want('editor', 7), true],
		['admin → editor without an organisation', [grant('admin')], want('editor'), false],
		['admin → reader', [grant('admin')], want('reader'), true],
		['admin in 20 → reader in 17', [grant('admin', '20')], want('reader'), false],
		['coordinator → admin', [grant('coordinator')], want('admin'), false],
		['coordinator → coordinator', [grant('coordinator')], want('coordinator'), true],
		['coordinator → editor of an organisation', [grant('coordinator')], want('editor', 7), true],
		['coordinator → reader', [grant('coordinator')], want('reader'), true],
		['editor of 7 → editor of 7', [grant('editor', '17', 7)], want('editor', 7), true],
		['editor of 7 → editor of 8', [grant('editor', '17', 7)], want('editor', 8), false],
		['editor of 7 → coordinator', [grant('editor', '17', 7)], want('coordinator'), false],
		['editor of 7 → reader', [grant('editor', '17', 7)], want('reader'), true],
		['reader → reader', [grant('reader')], want('reader'), true],
		['reader → editor of 7', [grant('reader')], want('editor', 7), false],
		[
			'reader in 17 and admin in 20 → coordinator in 17',
			[grant('reader'), grant('admin', '20')],
			want('coordinator'),
			false
		],
		['no role → reader', [], want('reader'), false]
	])('%s → %s', (_name, held, wanted, expected) => {
		expect(canGrantTokenRole(held, '17', wanted)).toBe(expected);
	});

	test('the roles offered on /konto: the highest held and all below it', () => {
		expect(tokenRolesFor(user(1, [['17', 'admin']]), '17')).toEqual([
			'admin',
			'coordinator',
			'editor',
			'moderator',
			'reader'
		]);
		expect(tokenRolesFor(user(1, [['17', 'editor']]), '17')).toEqual(['editor', 'reader']);
		expect(tokenRolesFor(user(1, [['17', 'moderator']]), '17')).toEqual(['moderator', 'reader']);
		expect(tokenRolesFor(user(1, [['20', 'admin']]), '17')).toEqual([]);
		expect(tokenRolesFor({ kind: 'anonymous' }, '17')).toEqual([]);
	});
});
