import { sql } from 'drizzle-orm';
import { fromDrizzle, type PgBoss } from 'pg-boss';
import type { Tx } from '../db/client.ts';

/**
 * Sending a job: into the queue in the caller's transaction, so a job and the
 * record of it (and its audit entry) are written together or not at all.
 */
export interface JobQueue {
	send(tx: Tx, name: string, data: object): Promise<string>;
}

export function bossQueue(boss: PgBoss): JobQueue {
	return {
		async send(tx, name, data) {
			const id = await boss.send(name, data, { db: fromDrizzle(tx, sql) });
			if (!id) throw new Error(`Jobbkön tog inte emot jobbet ${name}.`);
			return id;
		}
	};
}

/**
 * The queue of this process, shared between the CLI (which opens it with the
 * database) and the SvelteKit bundle (its own copy of these modules, hence
 * globalThis).
 */
const KEY = Symbol.for('nara.jobQueue');
type Registry = { [KEY]?: Promise<JobQueue> };
const registry = globalThis as unknown as Registry;

export function provideJobQueue(queue: Promise<JobQueue>): void {
	registry[KEY] = queue;
}

/** Registers how to open the queue when the CLI has not (under `vite dev`). */
export function openJobQueueUnlessProvided(open: () => Promise<JobQueue>): void {
	registry[KEY] ??= open();
}

export function appJobQueue(): Promise<JobQueue> {
	const queue = registry[KEY];
	if (!queue) throw new Error('Jobbkön är inte öppnad: nara serve eller krokens init öppnar den.');
	return queue;
}
