import { layoutMap, type MapLayout } from './domain/map.ts';
import { labelFacets, shorten, type Choice } from './domain/facets.ts';
import { ArchiveInput, Revision } from '../../core/fields.ts';
import {
	InitiativeInput,
	InitiativeQuery,
	type Initiative,
	type InitiativeList
} from './schema.ts';
import type { County } from '../counties/index.ts';
import { audit } from '../../platform/audit.ts';
import type { Actor } from '../../core/actor.ts';
import { canEditOrganisationContent, canEditSomething, visibleTo } from '../../core/permissions.ts';
import { canManageInitiative } from './domain/permissions.ts';
import { municipalityBoundaries } from '../counties/index.server.ts';
import { county as findCounty } from '../counties/index.server.ts';
import { isConflict, saveAudited, saveRevision } from '../../platform/editing.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import * as t from './tables.ts';
import { isRowId } from '../../platform/ids.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { highlightSegments } from '../../platform/search.ts';
import * as q from './queries.server.ts';
import { searchInitiatives, type SearchFilter } from './search-queries.server.ts';
import {
	auditFields,
	auditView,
	checkReferences,
	toInitiative,
	toWrite
} from './mapping.server.ts';
import { formTitleWarning } from './titles.ts';

export type { Choice };

/**
 * The inventory of initiatives: finding them, reading one, registering and
 * changing them. Editors manage their own organisation's initiatives (the
 * lead organisation), coordinators and administrators all of the county's.
 * Every write is audited, in the transaction of the write.
 */

export const ENTITY = 'initiative';

const noInitiative = () => notFound<never>('Insatsen finns inte.');
const notYours = () =>
	forbidden<never>(
		'Du får bara registrera och ändra insatser som din egen organisation leder. Samordnare kan ändra alla.'
	);

/** What the form offers: the organisations of the county, and which the actor may lead for. */
export interface InitiativeChoices {
	organisations: Choice[];
	municipalities: Choice[];
	/** the organisations the actor may register an initiative for */
	leadOptions: Choice[];
	/** whether the actor may register an initiative without a lead organisation */
	mayLeaveLeadEmpty: boolean;
}

// ——— Reading

/** The search filters of a query, resolved for one county and reader. */
export function searchFilter(c: County, actor: Actor, query: InitiativeQuery): SearchFilter {
	return {
		countyCode: c.code,
		visible: visibleTo(actor, c.code),
		q: query.q,
		organisationIds: query.organisation.filter((v) => /^\d{1,9}$/.test(v)).map(Number),
		municipalityCodes: query.municipality.filter((v) => /^\d{4}$/.test(v)),
		goalAreas: query.goalArea,
		developmentAreas: query.developmentArea,
		focusShifts: query.focusShift,
		phases: query.phase,
		levels: query.level,
		goodExample: query.goodExample
	};
}

/** Parses the list's query parameters (or the API's); a bad value is a Swedish message. */
export function parseQuery(raw: Record<string, unknown>): Outcome<InitiativeQuery> {
	const parsed = InitiativeQuery.safeParse(raw);
	return parsed.success
		? ok(parsed.data)
		: invalid('Sökningen kunde inte göras.', fieldErrors(parsed.error.issues));
}

/** A page of the county's initiatives matching the query, with every facet's counts. */
export async function listInitiatives(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	raw: Record<string, unknown>
): Promise<Outcome<InitiativeList & { county: County }>> {
	const c = await findCounty(db, codeOrSlug);
	if (c.kind !== 'ok') return c;
	const parsed = parseQuery(raw);
	if (parsed.kind !== 'ok') return parsed;
	const query = parsed.value;
	const filter = searchFilter(c.value, actor, query);
	const result = await searchInitiatives(db, filter, {
		limit: query.perPage,
		offset: (query.page - 1) * query.perPage
	});
	const orgs = await q.countyOrganisations(db, c.value.code);
	return ok({
		county: c.value,
		total: result.total,
		matchedAllWords: result.matchedAllWords,
		page: query.page,
		perPage: query.perPage,
		items: result.hits.map((h) => ({
			id: h.id,
			title: h.title,
			titleHighlight: h.titleMarked
				? highlightSegments(h.titleMarked)
				: [{ text: h.title, match: false }],
			snippet: h.snippetMarked
				? highlightSegments(h.snippetMarked)
				: [{ text: shorten(h.description, 240), match: false }],
			lead: h.leadId === null ? null : { id: h.leadId, name: h.leadName!, kind: h.leadKind ?? '' },
			municipalities: h.municipalities,
			level: h.level,
			phase: h.phase,
			goalAreas: h.goalAreas as Initiative['goalAreas'],
			developmentAreas: h.developmentAreas,
			focusShifts: h.focusShifts,
			goodExample: h.goodExample,
			visibility: h.visibility,
			source: h.source,
			updatedAt: h.updatedAt.toISOString()
		})),
		facets: labelFacets(result.facets, query, orgs)
	});
}

/**
 * The county's municipalities as the list's map draws them (SCB code, SVG
 * path, where the number goes), from the boundaries Nära keeps.
 */
export async function municipalityMap(db: Db, countyCode: string): Promise<MapLayout> {
	return layoutMap(await municipalityBoundaries(db, countyCode));
}

/** One initiative of the county, as the reader may see it. */
export async function getInitiative(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	id: number
): Promise<Outcome<Initiative & { canEdit: boolean }>> {
	const c = await findCounty(db, codeOrSlug);
	if (c.kind !== 'ok') return c;
	if (!isRowId(id)) return noInitiative();
	const d = await q.initiativeDetail(db, c.value.code, id);
	if (!d || d.row.archivedAt || !visibleTo(actor, c.value.code).includes(d.row.visibility))
		return noInitiative();
	return ok({
		...toInitiative(d),
		canEdit: canManageInitiative(actor, c.value.code, d.row.leadOrganisationId)
	});
}

/** The organisations offered by the form, and which the actor may lead for. */
export async function initiativeChoices(
	db: Db,
	actor: Actor,
	countyCode: string
): Promise<Outcome<InitiativeChoices>> {
	if (!canEditSomething(actor, countyCode)) return forbidden();
	const orgs = await q.countyOrganisations(db, countyCode);
	return ok({
		organisations: orgs,
		municipalities: orgs.filter((o) => o.kind === 'municipality'),
		leadOptions: orgs.filter((o) => canEditOrganisationContent(actor, countyCode, o.id)),
		mayLeaveLeadEmpty: canManageInitiative(actor, countyCode, null)
	});
}

// ——— Writing

type Row = q.InitiativeRow;

/** A warning about initiatives with close titles, or null (the rule is in titles.ts). */
function similarWarning(similar: { id: number; title: string }[]): Record<string, string[]> | null {
	const warning = formTitleWarning(similar);
	return warning ? { confirmSimilar: [warning] } : null;
}

async function detailOf(tx: Tx, countyCode: string, id: number): Promise<Initiative> {
	return toInitiative((await q.initiativeDetail(tx, countyCode, id))!);
}

/**
 * Registers an initiative. A title close to an existing one in the county
 * is refused with a warning (field `confirmSimilar`) until the person
 * confirms it is a new initiative.
 */
export async function createInitiative(
	db: Db,
	actor: Actor,
	countyCode: string,
	raw: unknown
): Promise<Outcome<Initiative>> {
	return db.transaction((tx) => createInitiativeIn(tx, actor, countyCode, raw));
}

/**
 * createInitiative inside a transaction of the caller's, so another module
 * can write its own rows with the new initiative or not at all (a good
 * example copied into a county's inventory).
 */
export async function createInitiativeIn(
	tx: Tx,
	actor: Actor,
	countyCode: string,
	raw: unknown
): Promise<Outcome<Initiative>> {
	if (!canEditSomething(actor, countyCode)) return forbidden();
	const parsed = InitiativeInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Insatsen kunde inte sparas.', fieldErrors(parsed.error.issues));
	const w = toWrite(parsed.data);
	if (!canManageInitiative(actor, countyCode, w.columns.leadOrganisationId ?? null))
		return notYours();
	await q.lockCountyInitiatives(tx, countyCode);
	const errors = checkReferences(w, await q.countyOrganisations(tx, countyCode));
	if (errors) return invalid('Insatsen kunde inte sparas.', errors);
	if (!parsed.data.confirmSimilar) {
		const warning = similarWarning(await q.similarTitles(tx, countyCode, w.columns.title));
		if (warning) return invalid('Kontrollera att insatsen inte redan finns.', warning);
	}
	const row = await q.insertInitiative(tx, countyCode, w);
	const saved = await detailOf(tx, countyCode, row.id);
	await audit(tx, actor, {
		action: 'create',
		entityType: ENTITY,
		entityId: row.id,
		countyCode,
		before: null,
		after: auditView(saved)
	});
	return ok(saved);
}

async function initiativeIn(tx: Tx, countyCode: string, id: number): Promise<Row | undefined> {
	if (!isRowId(id)) return undefined;
	const [row] = await q.initiativesByIds(tx, countyCode, ['public', 'internal'], [id]);
	return row;
}

/** Changes an initiative, if it is still at the revision the change was based on. */
export async function updateInitiative(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: unknown
): Promise<Outcome<Initiative>> {
	if (!canEditSomething(actor, countyCode)) return forbidden();
	const parsed = InitiativeInput.safeParse(raw);
	const revision = Revision.safeParse((raw as { revision?: unknown } | null)?.revision);
	if (!parsed.success || !revision.success)
		return invalid(
			'Insatsen kunde inte sparas.',
			fieldErrors([
				...(parsed.success ? [] : parsed.error.issues),
				...(revision.success
					? []
					: revision.error.issues.map((i) => ({ ...i, path: ['revision'] })))
			])
		);
	const w = toWrite(parsed.data);
	return db.transaction(async (tx): Promise<Outcome<Initiative>> => {
		await q.lockCountyInitiatives(tx, countyCode);
		const scope = await initiativeIn(tx, countyCode, id);
		if (!scope) return noInitiative();
		// an editor may change their own organisation's initiative, but not give it to another
		if (
			!canManageInitiative(actor, countyCode, scope.leadOrganisationId) ||
			!canManageInitiative(actor, countyCode, w.columns.leadOrganisationId ?? null)
		)
			return notYours();
		const errors = checkReferences(w, await q.countyOrganisations(tx, countyCode));
		if (errors) return invalid('Insatsen kunde inte sparas.', errors);
		const before = await detailOf(tx, countyCode, id);
		// the source stays with the item: it still says where it was first written
		const columns: Partial<q.InitiativeWrite['columns']> = { ...w.columns };
		delete columns.source;
		delete columns.sourceLocator;
		const saved = await saveRevision<Row>(tx, t.initiatives, ENTITY, id, revision.data, columns);
		if (!saved) return noInitiative();
		if (isConflict<Row>(saved))
			return {
				kind: 'conflict',
				message:
					'Någon annan har sparat en ändring av insatsen medan du redigerade. Ingenting har skrivits över.',
				current: { current: before, changedBy: saved.changedBy, changedAt: saved.changedAt }
			};
		await q.writeLists(tx, id, w);
		const after = await detailOf(tx, countyCode, id);
		await audit(tx, actor, {
			action: 'update',
			entityType: ENTITY,
			entityId: id,
			countyCode,
			before: auditView(before),
			after: auditView(after)
		});
		return ok(after);
	});
}

/** Archives an initiative: it leaves the lists but stays in the database and its history. */
export async function archiveInitiative(
	db: Db,
	actor: Actor,
	countyCode: string,
	id: number,
	raw: unknown
): Promise<Outcome<{ id: number }>> {
	if (!canEditSomething(actor, countyCode)) return forbidden();
	const parsed = ArchiveInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Insatsen kunde inte arkiveras.', fieldErrors(parsed.error.issues));
	return db.transaction(async (tx): Promise<Outcome<{ id: number }>> => {
		const scope = await initiativeIn(tx, countyCode, id);
		if (!scope) return noInitiative();
		if (!canManageInitiative(actor, countyCode, scope.leadOrganisationId)) return notYours();
		const result = await saveAudited<Row, Row>(
			tx,
			actor,
			{ table: t.initiatives, entityType: ENTITY, id, countyCode, revision: parsed.data.revision },
			{ action: 'archive', values: { archivedAt: new Date() } },
			{ fields: auditFields, editable: (row) => row },
			{
				notFound: () => noInitiative(),
				conflict: 'Någon annan har ändrat insatsen sedan du öppnade den. Den har inte arkiverats.'
			}
		);
		return result.kind === 'ok' ? ok({ id }) : result;
	});
}

/** The county's initiatives the reader may see, with their times, phases, areas and focus shifts. */
export function initiativeTimes(db: Db, actor: Actor, countyCode: string) {
	return q.initiativeTimes(db, countyCode, visibleTo(actor, countyCode));
}
