import { eq } from 'drizzle-orm';
import { afterAll, onTestFinished } from 'vitest';
import { parseConfig } from '../../src/lib/platform/config.ts';
import type { Database } from '../../src/lib/platform/db/client.ts';
import { importJobs } from '../../src/lib/platform/db/tables.ts';
import type { JobDefinition } from '../../src/lib/platform/jobs/define.ts';
import { openJobs, type Jobs } from '../../src/lib/app/jobs.ts';

/**
 * The real job queue (pg-boss) on a test file's database, with the given
 * kinds of job; a worker runs them unless `worker: false`. Closed after the
 * file's last test, or with `scope: 'test'` after the test that opened it.
 */
export function jobsFor(
	database: Database,
	jobs: JobDefinition[],
	opts: {
		worker?: boolean;
		superviseSeconds?: number;
		scope?: 'file' | 'test';
		/** where the worker's log lines go (default: nowhere) */
		log?: (message: string) => void;
	} = {}
): Promise<Jobs> {
	const cfg = {
		...parseConfig({}),
		jobsSuperviseSeconds: opts.superviseSeconds ?? 1
	};
	const opened = openJobs(database, cfg, {
		role: 'test',
		worker: opts.worker ?? true,
		log: opts.log ?? (() => {}),
		jobs
	});
	const close = async () => (await opened).close(5_000);
	if (opts.scope === 'test') onTestFinished(close);
	else afterAll(close);
	return opened;
}

/** Waits until a job's record has ended (done or failed), and returns it. */
export async function recordWhenEnded(
	database: Database,
	id: number,
	timeoutMs = 20_000
): Promise<typeof importJobs.$inferSelect> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const [row] = await database.db.select().from(importJobs).where(eq(importJobs.id, id));
		if (row && (row.status === 'done' || row.status === 'failed')) return row;
		if (Date.now() > until)
			throw new Error(`Jobb ${id} blev inte klart (${row?.status}: ${row?.message})`);
		await new Promise((r) => setTimeout(r, 100));
	}
}
