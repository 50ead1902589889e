import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import {
	ResetRequestInput,
	requestPasswordReset,
	resetByMailAvailable
} from '#lib/modules/accounts/server/own-password.ts';
import { PASSWORD_LINK_DAYS } from '#lib/modules/accounts/server/service.ts';
import { config } from '#lib/platform/config.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { appJobQueue } from '#lib/platform/jobs/queue.ts';
import { mailSettings } from '#lib/platform/mail/settings.ts';

/** Whether this installation can send the link: an SMTP server and ORIGIN (the link's address). */
const available = () => resetByMailAvailable(mailSettings(process.env), config().origin);

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor.kind === 'user') redirect(303, '/konto#change-password');
	// only an address is shown back, never other text put in the link
	const sent = ResetRequestInput.safeParse({ email: url.searchParams.get('skickat') ?? '' });
	return {
		available: available(),
		linkDays: PASSWORD_LINK_DAYS,
		/** the address the link went to (when there is an account), shown back after sending */
		sentTo: sent.success ? sent.data.email : null
	};
};

export const actions: Actions = {
	default: async ({ locals, request, getClientAddress }) => {
		const values = await formValues(request);
		if (!available()) return { unavailable: true };
		const outcome = await requestPasswordReset(locals.db, await appJobQueue(), values, {
			address: getClientAddress()
		});
		if (outcome.kind !== 'ok') return formFailure(outcome, { email: values.email ?? '' });
		redirect(303, `/logga-in/glomt-losenord?skickat=${encodeURIComponent(outcome.value.email)}`);
	}
};
