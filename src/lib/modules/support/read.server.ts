import type { Actor } from '../../core/actor.ts';
import { notFound, ok, type Outcome } from '../../core/outcome.ts';
import { visibleTo } from '../../core/permissions.ts';
import type { DevelopmentArea } from '../../core/vocabulary.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { isRowId } from '../../platform/ids.ts';
import { participantTotals } from './domain/participants.ts';
import type { Prerequisite } from './domain/vocabulary.ts';
import * as q from './queries.server.ts';
import type { CourseRound, SupportOffer } from './schema.ts';

/**
 * The catalogue of the county's support structure as a reader may see it:
 * every offer with the prerequisites and development areas it serves, its
 * source, and its course rounds with participants per organisation.
 */

type Rounds = Awaited<ReturnType<typeof q.roundsOf>>;

function toRound(r: Rounds[number]): CourseRound {
	return {
		id: r.id,
		offerId: r.offerId,
		startsOn: r.startsOn,
		endsOn: r.endsOn,
		place: r.place,
		participation: r.participation.map((p) => ({
			organisationId: p.organisationId,
			organisation: p.organisation,
			participants: p.participants
		})),
		total: r.participation.reduce((s, p) => s + p.participants, 0)
	};
}

function toOffer(
	row: Awaited<ReturnType<typeof q.countyOffers>>[number],
	rounds: CourseRound[]
): SupportOffer {
	const o = row.offer;
	const totals = participantTotals(rounds);
	const names = new Map(
		rounds.flatMap((r) => r.participation).map((p) => [p.organisationId, p.organisation])
	);
	return {
		id: o.id,
		revision: o.revision,
		visibility: o.visibility,
		kind: o.kind,
		title: o.title,
		description: o.description,
		provider: o.provider,
		prerequisites: o.prerequisites as Prerequisite[],
		developmentAreas: o.developmentAreas as DevelopmentArea[],
		link: o.link,
		source:
			o.source && row.sourceTitle
				? { fileName: o.source, title: row.sourceTitle, year: row.sourceYear }
				: null,
		sourceQuote: o.sourceQuote,
		sourceLocator: o.sourceLocator,
		rounds,
		participants: totals.byOrganisation.map((p) => ({
			...p,
			organisation: names.get(p.organisationId) ?? `organisation ${p.organisationId}`
		})),
		totalParticipants: totals.total,
		updatedAt: o.updatedAt.toISOString()
	};
}

/** The county's catalogue. */
export async function supportCatalogue(
	db: Db | Tx,
	actor: Actor,
	countyCode: string
): Promise<Outcome<{ offers: SupportOffer[] }>> {
	const rows = await q.countyOffers(db, countyCode, visibleTo(actor, countyCode));
	const rounds = (
		await q.roundsOf(
			db,
			rows.map((r) => r.offer.id)
		)
	).map(toRound);
	return ok({
		offers: rows.map((r) =>
			toOffer(
				r,
				rounds.filter((x) => x.offerId === r.offer.id)
			)
		)
	});
}

/** One offer of the catalogue. */
export async function supportOffer(
	db: Db | Tx,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<SupportOffer>> {
	if (!isRowId(id)) return notFound('Stödet finns inte.');
	const all = await supportCatalogue(db, actor, countyCode);
	const offer = all.kind === 'ok' ? all.value.offers.find((o) => o.id === id) : undefined;
	return offer ? ok(offer) : notFound('Stödet finns inte.');
}

/** One offer as a save answers it: archived or not, whoever may see it. */
export async function savedOffer(db: Db | Tx, id: number): Promise<SupportOffer> {
	const row = await q.offerWithSource(db, id);
	if (!row) throw new Error(`support offer ${id} not found`);
	const rounds = (await q.roundsOf(db, [id])).map(toRound);
	return toOffer(row, rounds);
}
