import type { PgBoss } from 'pg-boss';
import type { Config } from '../platform/config.ts';
import type { Database } from '../platform/db/client.ts';
import { openBoss, type Log } from '../platform/jobs/boss.ts';
import type { JobDefinition } from '../platform/jobs/define.ts';
import { bossQueue, type JobQueue } from '../platform/jobs/queue.ts';
import { ensureQueues, startWorker, type Worker } from '../platform/jobs/worker.ts';
import { passwordResetMailJob, sessionPurgeJob } from '../modules/accounts/index.server.ts';
import { followUpReportJob, koladaImportJob } from '../modules/followup/index.server.ts';
import {
	initiativesImportJob,
	initiativesWorkbookJob
} from '../modules/initiatives/index.server.ts';
import { jobFilePurgeJob } from '../platform/jobs/files.ts';
import { actionDigestJob } from '../modules/actions/index.server.ts';
import { personalDataPurgeJob } from '../modules/privacy/index.server.ts';
import { dialogueIndicatorsJob } from '../modules/self-assessment/index.server.ts';
import { mailSettings } from '../platform/mail/settings.ts';
import { smtpMailer } from '../platform/mail/mailer.ts';

/** Every kind of background job in Nära, from the modules that own them. */
export function appJobs(cfg: Config): JobDefinition[] {
	// the SMTP settings are read where the mail kit reads them (platform/mail/settings.ts)
	const mail = mailSettings(process.env);
	const mailer = mail ? smtpMailer(mail) : null;
	return [
		koladaImportJob({ baseUrl: cfg.koladaBaseUrl }),
		initiativesImportJob,
		initiativesWorkbookJob,
		followUpReportJob,
		jobFilePurgeJob,
		sessionPurgeJob,
		personalDataPurgeJob,
		actionDigestJob(mailer),
		passwordResetMailJob(mailer, cfg.origin),
		dialogueIndicatorsJob(cfg.minAnswers)
	];
}

export interface Jobs {
	boss: PgBoss;
	queue: JobQueue;
	/** this process's worker, when it runs one */
	worker: Worker | undefined;
	/** stops the worker after the jobs it runs (at most `timeoutMs`), then the queue's connections */
	close(timeoutMs: number): Promise<void>;
}

/**
 * Opens the job queue on the database; with `worker`, this process also runs
 * jobs (`nara serve` by default, `nara worker` always).
 */
export async function openJobs(
	database: Database,
	cfg: Config,
	opts: { role: string; worker: boolean; log: Log; jobs?: JobDefinition[] }
): Promise<Jobs> {
	const jobs = opts.jobs ?? appJobs(cfg);
	const boss = await openBoss(database, {
		role: opts.role,
		log: opts.log,
		supervise: opts.worker,
		superviseSeconds: cfg.jobsSuperviseSeconds
	});
	await ensureQueues(boss, jobs);
	const worker = opts.worker ? await startWorker(boss, database, jobs, opts.log) : undefined;
	return {
		boss,
		queue: bossQueue(boss),
		worker,
		async close(timeoutMs) {
			if (worker) await worker.stop(timeoutMs);
			else await boss.stop({ graceful: false, close: true, timeout: timeoutMs });
		}
	};
}
