import { defineJob } from '../../platform/jobs/define.ts';
import { UserFacingError } from '../../platform/errors.ts';
import { publishCountyIndicators } from './indicators.server.ts';

/** Every night, the counties' Dialogguide results per dimension are written as their indicators. */
export function dialogueIndicatorsJob(minAnswers: number) {
	return defineJob({
		name: 'dialogguide-indicators',
		title: 'Dialogguidens nyckeltal',
		retryLimit: 3,
		retryDelaySeconds: 300,
		timeoutSeconds: 30 * 60,
		schedule: '45 2 * * *',
		async run({ db }) {
			const done = await publishCountyIndicators(db, new Date(), minAnswers);
			if (done.kind !== 'ok') throw new UserFacingError(done.message);
			return {
				message: `${done.value.indicators} nyckeltal med ${done.value.values} värden skrevs.`
			};
		}
	});
}
