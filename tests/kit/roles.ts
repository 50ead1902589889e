import { describe, expect, test } from 'vitest';
import type { Actor, Role } from '../../src/lib/core/actor.ts';

/**
 * The people a roles × actions table asks about, in county 17: one of each
 * role (the editor of organisation 7), and those a rule must tell apart from
 * them. A permission's test lists who may; everyone else may not.
 */
export type Who =
	| 'anonymous'
	| 'reader'
	| 'editor of 7'
	| 'editor of 8'
	| 'coordinator'
	| 'moderator'
	| 'admin'
	| 'admin of 20'
	| 'system';

const person = (
	userId: number,
	role: Role,
	countyCode = '17',
	organisationId: number | null = null
) =>
	({
		kind: 'user',
		userId,
		email: `p${userId}@test.nara.invalid`,
		name: `P${userId}`,
		via: 'session',
		roles: [{ countyCode, role, organisationId }]
	}) satisfies Actor;

export const actors: Record<Who, Actor> = {
	anonymous: { kind: 'anonymous' },
	reader: person(1, 'reader'),
	'editor of 7': person(2, 'editor', '17', 7),
	'editor of 8': person(3, 'editor', '17', 8),
	coordinator: person(4, 'coordinator'),
	moderator: person(7, 'moderator'),
	admin: person(5, 'admin'),
	'admin of 20': person(6, 'admin', '20'),
	system: { kind: 'system', label: 'nara test' }
};

/** The rows of one action: every actor, and whether the rule lets them (those in `allowed`). */
export function matrix(allowed: readonly Who[]): [Who, Actor, boolean][] {
	return (Object.keys(actors) as Who[]).map((who) => [who, actors[who], allowed.includes(who)]);
}

/** One action of a table: its name, the rule asked for county 17, and who may. */
export type Action = [name: string, rule: (actor: Actor) => boolean, allowed: readonly Who[]];

/** A roles × actions table: every action asked of every actor. */
export function rolesTable(actions: Action[]) {
	describe.each(actions)('%s', (_name, rule, allowed) => {
		test.each(matrix(allowed))('%s → %s', (_who, actor, expected) => {
			expect(rule(actor)).toBe(expected);
		});
	});
}
