import { defineJob } from '../../../platform/jobs/define.ts';
import { purgeExpiredSessions } from './sessions.ts';

/** Every night, the sessions past their time are deleted (also swept at each sign-in). */
export const sessionPurgeJob = defineJob({
	name: 'purge-sessions',
	title: 'Rensningen av utgångna inloggningar',
	retryLimit: 3,
	retryDelaySeconds: 60,
	timeoutSeconds: 300,
	schedule: '17 3 * * *',
	async run({ db }) {
		const n = await purgeExpiredSessions(db);
		return { message: `${n} utgångna inloggningar raderades.` };
	}
});
