import { config } from '../../platform/config.ts';
import { unwrap } from '../../platform/http.ts';
import { pageCounty, requireUser } from '../../platform/request.ts';
import { swedishDate } from './domain/round.ts';
import { countyOverview, roundView } from './read.server.ts';

/** What several pages of the Dialogguide read the same way: a round for its manager, the county. */

/** The round of the page for its manager, with its answer address (the link and the QR code). */
export async function managedRound(locals: App.Locals, id: string | undefined, url: URL) {
	const county = await pageCounty(locals);
	requireUser(locals, url);
	const view = unwrap(
		await roundView(
			locals.db,
			locals.actor,
			county.code,
			Number(id),
			swedishDate(new Date()),
			config().minAnswers
		)
	);
	return {
		county,
		view,
		answerUrl: `${url.origin}/lan/${county.slug}/dialogguide/svara/${view.token}`
	};
}

/** The county of the page and its aggregate today, with the installation's K. */
export async function countyToday(locals: App.Locals) {
	const county = await pageCounty(locals);
	const overview = unwrap(
		await countyOverview(locals.db, county.code, swedishDate(new Date()), config().minAnswers)
	);
	return { county, overview };
}
