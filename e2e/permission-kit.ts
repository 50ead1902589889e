import type { Role } from '../src/lib/core/actor.ts';

/**
 * What the permission matrix's case files share (e2e/permissions-*.ts): who
 * calls, the two kinds of request (a page's form action, the JSON API) and a
 * case, which e2e/permissions.spec.ts runs as everyone.
 */

export type Who = 'anonymous' | Role | 'coordinator-dalarna';
export type Request =
	| { kind: 'form'; path: string; body: Record<string, unknown> }
	| { kind: 'json'; method: string; path: string; body: Record<string, unknown> };
export interface MatrixCase {
	name: string;
	allowed: Who[];
	request: (who: Who) => Promise<Request>;
}

export const form = (path: string, body: Record<string, unknown>): Request => ({
	kind: 'form',
	path,
	body
});

export const api = (method: string, path: string, body: Record<string, unknown>): Request => ({
	kind: 'json',
	method,
	path,
	body
});
