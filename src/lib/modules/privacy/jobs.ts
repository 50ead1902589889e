import { defineJob } from '../../platform/jobs/define.ts';
import { purgeExpired } from './purge.server.ts';

/** Every night, what is past its retention period is deleted (periods are settings, privacy page). */
export const personalDataPurgeJob = defineJob({
	name: 'purge-personal-data',
	title: 'Rensningen av personuppgifter',
	retryLimit: 3,
	retryDelaySeconds: 300,
	timeoutSeconds: 30 * 60,
	schedule: '30 2 * * *',
	async run({ db }) {
		const r = await purgeExpired(db, new Date());
		return {
			message: `Raderat: ${r.rejected_stories} avvisade berättelser, ${r.story_originals} original till redigerade berättelser, ${r.story_reports} anmälningar, ${r.campaign_answers} kampanjsvar, ${r.lived_experience_offers} anmälningar till Levande bibliotek.`
		};
	}
});
