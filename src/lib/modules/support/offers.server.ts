import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { archiving, createdAudited, updateAudited, type Edited } from '../../platform/editing.ts';
import { isRowId } from '../../platform/ids.ts';
import { groupErrors } from './domain/group-errors.ts';
import { publishParticipantIndicators } from './indicators.server.ts';
import { canManageSupport } from './domain/permissions.ts';
import * as q from './queries.server.ts';
import { savedOffer, supportOffer } from './read.server.ts';
import { type SupportOffer, SupportOfferInput, SupportOfferUpdate } from './schema.ts';
import { supportOffers } from './tables.ts';

/**
 * The catalogue kept by the support structure: its coordinators add, change
 * and archive offers. Every write is audited; a stale save is a conflict.
 */

type Row = q.OfferRow;

const fields = (row: Row) => ({
	kind: row.kind,
	title: row.title,
	description: row.description,
	provider: row.provider,
	prerequisites: row.prerequisites,
	developmentAreas: row.developmentAreas,
	link: row.link,
	visibility: row.visibility
});

const noOffer = () => notFound<never>('Stödet finns inte.');

const asOffer = (row: Row, tx: Tx) => savedOffer(tx, row.id);

const OFFER = {
	table: supportOffers,
	entityType: 'support_offer',
	fields,
	editable: asOffer,
	current: (row: Row) => ({ ...fields(row), revision: row.revision }),
	notFound: noOffer,
	conflict:
		'Någon annan har sparat en ändring av stödet medan du redigerade. Ingenting har skrivits över.',
	archive: {
		conflict: 'Någon annan har ändrat stödet sedan du öppnade det. Det har inte arkiverats.',
		invalid: 'Stödet kunde inte arkiveras.'
	}
} satisfies Edited<Row, SupportOffer>;

const toColumns = (input: SupportOfferInput) => ({
	kind: input.kind,
	title: input.title,
	description: input.description,
	provider: input.provider,
	prerequisites: [...new Set(input.prerequisites)],
	developmentAreas: [...new Set(input.developmentAreas)],
	link: input.link,
	visibility: input.visibility
});

export async function createOffer(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: Record<string, unknown>
): Promise<Outcome<SupportOffer>> {
	if (!canManageSupport(actor, countyCode)) return forbidden();
	const parsed = SupportOfferInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Stödet kunde inte sparas.', groupErrors(fieldErrors(parsed.error.issues)));
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(supportOffers)
			.values({ ...toColumns(parsed.data), countyCode })
			.returning();
		return createdAudited(tx, actor, OFFER, row!, countyCode);
	});
}

export async function updateOffer(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: Record<string, unknown>
): Promise<Outcome<SupportOffer>> {
	if (!canManageSupport(actor, countyCode)) return forbidden();
	const parsed = SupportOfferUpdate.safeParse(raw);
	if (!parsed.success)
		return invalid('Stödet kunde inte sparas.', groupErrors(fieldErrors(parsed.error.issues)));
	if (!isRowId(id)) return noOffer();
	return db.transaction(async (tx): Promise<Outcome<SupportOffer>> => {
		const row = await q.offerIn(tx, countyCode, id, ['public', 'internal']);
		if (!row) return noOffer();
		const columns = toColumns(parsed.data);
		const saved = await updateAudited(
			tx,
			actor,
			OFFER,
			{ id, countyCode, revision: parsed.data.revision },
			columns
		);
		// its rounds count under the prerequisites it serves now, and no longer under those it left
		if (saved.kind === 'ok')
			await publishParticipantIndicators(tx, actor, countyCode, [
				...row.prerequisites,
				...columns.prerequisites
			]);
		return saved;
	});
}

export const archiveOffer = archiving(OFFER, {
	allowed: canManageSupport,
	find: async (tx, countyCode, id) => {
		const row = await q.offerIn(tx, countyCode, id, ['public', 'internal']);
		return row ?? undefined;
	},
	// an archived course's rounds no longer count in the indicators
	archived: (tx, actor, countyCode, row) =>
		publishParticipantIndicators(tx, actor, countyCode, row.prerequisites)
});

/** One offer for its edit form. */
export async function getOffer(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number
): Promise<Outcome<SupportOffer>> {
	if (!canManageSupport(actor, countyCode)) return forbidden();
	const found = await supportOffer(db, actor, countyCode, id);
	return found.kind === 'ok' ? ok(found.value) : noOffer();
}
