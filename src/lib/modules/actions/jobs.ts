import { defineJob } from '../../platform/jobs/define.ts';
import { UserFacingError } from '../../platform/errors.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { sendActionDigest } from './digest.server.ts';

/**
 * Every Monday morning (06:00 UTC), each person with actions due within a
 * week or overdue gets one e-mail, unless they turned it off. Without an SMTP
 * server set, the run says so and sends nothing.
 */
export function actionDigestJob(mailer: Mailer | null) {
	return defineJob({
		name: 'action-digest',
		title: 'Veckobrevet om åtgärder',
		retryLimit: 3,
		retryDelaySeconds: 300,
		timeoutSeconds: 30 * 60,
		schedule: '0 6 * * 1',
		async run({ db }) {
			if (!mailer)
				return {
					message: 'Ingen e-postserver är inställd (SMTP_HOST), så inget veckobrev skickades.'
				};
			const sent = await sendActionDigest(db, new Date(), mailer);
			if (sent.kind !== 'ok') throw new UserFacingError(sent.message);
			const { sentTo, failed } = sent.value;
			if (failed.length && !sentTo.length)
				throw new Error(`E-postservern tog inte emot veckobrevet: ${failed[0]!.reason}`);
			return {
				message: `Veckobrevet gick till ${sentTo.length} personer${failed.length ? `; ${failed.length} kunde inte nås` : ''}.`
			};
		}
	});
}
