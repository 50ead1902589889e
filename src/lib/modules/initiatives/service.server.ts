import {
	DEVELOPMENT_AREA_LABELS,
	DEVELOPMENT_AREAS,
	FOCUS_SHIFT_LABELS,
	FOCUS_SHIFTS,
	GOAL_AREA_LABELS,
	GOAL_AREAS,
	PHASE_LABELS,
	PHASES,
	WORK_LEVEL_LABELS,
	WORK_LEVELS
} from '../../core/vocabulary.ts';
import { layoutMap, type MapLayout } from './domain/map.ts';
import { ArchiveInput, Revision } from '../../core/fields.ts';
import {
	InitiativeInput,
	InitiativeQuery,
	type FacetValue,
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
import { formTitleWarning } from './titles.ts';

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

export type Choice = { id: number; name: string; kind: string; code: string | null };

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
export function searchFilter(c: County, actor: Actor, query: InitiativeQuery): q.SearchFilter {
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
	const result = await q.searchInitiatives(db, filter, {
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

function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))} …`;
}

/**
 * Facet values with Swedish labels and counts. The fixed vocabularies and
 * the county's municipalities are always listed (a zero is information);
 * organisations only when they have initiatives, or are chosen.
 */
function labelFacets(
	counts: q.SearchResult['facets'],
	query: InitiativeQuery,
	orgs: Choice[]
): InitiativeList['facets'] {
	const fixed = (
		name: Exclude<q.FacetName, 'organisation' | 'municipality' | 'goodExample'>,
		keys: readonly string[],
		labels: Record<string, string>,
		selected: string[]
	): FacetValue[] =>
		keys.map((value) => ({
			value,
			label: labels[value]!,
			count: counts[name].get(value) ?? 0,
			selected: selected.includes(value)
		}));
	const municipalities = orgs.filter((o) => o.kind === 'municipality' && o.code);
	return {
		organisation: orgs
			.filter(
				(o) => counts.organisation.has(String(o.id)) || query.organisation.includes(String(o.id))
			)
			.map((o) => ({
				value: String(o.id),
				label: o.name,
				count: counts.organisation.get(String(o.id)) ?? 0,
				selected: query.organisation.includes(String(o.id))
			})),
		municipality: municipalities.map((o) => ({
			value: o.code!,
			label: o.name,
			count: counts.municipality.get(o.code!) ?? 0,
			selected: query.municipality.includes(o.code!)
		})),
		goalArea: fixed('goalArea', GOAL_AREAS, GOAL_AREA_LABELS, query.goalArea),
		developmentArea: fixed(
			'developmentArea',
			DEVELOPMENT_AREAS,
			DEVELOPMENT_AREA_LABELS,
			query.developmentArea
		),
		focusShift: fixed('focusShift', FOCUS_SHIFTS, FOCUS_SHIFT_LABELS, query.focusShift),
		phase: fixed('phase', PHASES, PHASE_LABELS, query.phase),
		level: fixed('level', WORK_LEVELS, WORK_LEVEL_LABELS, query.level),
		goodExample: [
			{
				value: 'true',
				label: 'Goda exempel',
				count: counts.goodExample.get('true') ?? 0,
				selected: query.goodExample
			}
		]
	};
}

/**
 * The county's municipalities as the list's map draws them (SCB code, SVG
 * path, where the number goes), from the boundaries Nära keeps.
 */
export async function municipalityMap(db: Db, countyCode: string): Promise<MapLayout> {
	return layoutMap(await municipalityBoundaries(db, countyCode));
}

/** The API's and the detail page's shape of an initiative. */
export function toInitiative(d: q.InitiativeDetail): Initiative {
	const r = d.row;
	const ref = (o: { id: number; name: string; kind: string }) => ({
		id: o.id,
		name: o.name,
		kind: o.kind
	});
	return {
		id: r.id,
		countyCode: r.countyCode,
		title: r.title,
		description: r.description,
		lead: d.lead ? ref(d.lead) : null,
		partners: d.partners.map(ref),
		otherPartners: r.otherPartners,
		municipalities: d.municipalities.map((m) => ({ id: m.id, name: m.name, code: m.code })),
		level: r.level,
		phase: r.phase,
		startsOn: r.startsOn,
		endsOn: r.endsOn,
		goalAreas: r.goalAreas as Initiative['goalAreas'],
		developmentAreas: r.developmentAreas,
		focusShifts: r.focusShifts,
		funding: d.funding.map((f) => ({
			year: f.year,
			fundingSource: f.fundingSource,
			amountSek: f.amountSek,
			note: f.note
		})),
		contactFunction: r.contactFunction,
		contactEmail: r.contactEmail,
		contactPhone: r.contactPhone,
		contactPerson: r.contactConsent ? r.contactPerson : null,
		results: r.results,
		lessons: r.lessons,
		links: r.links,
		goodExample: r.goodExample,
		visibility: r.visibility,
		source: r.source,
		sourceLocator: r.sourceLocator,
		revision: r.revision,
		createdAt: r.createdAt.toISOString(),
		updatedAt: r.updatedAt.toISOString()
	};
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

/** What the audit log keeps of an initiative (and a conflict shows). */
function fields(row: Row) {
	return {
		title: row.title,
		description: row.description,
		leadOrganisationId: row.leadOrganisationId,
		otherPartners: row.otherPartners,
		level: row.level,
		phase: row.phase,
		startsOn: row.startsOn,
		endsOn: row.endsOn,
		goalAreas: row.goalAreas,
		developmentAreas: row.developmentAreas,
		focusShifts: row.focusShifts,
		contactFunction: row.contactFunction,
		contactEmail: row.contactEmail,
		contactPhone: row.contactPhone,
		contactPerson: row.contactPerson,
		contactConsent: row.contactConsent,
		results: row.results,
		lessons: row.lessons,
		links: row.links,
		goodExample: row.goodExample,
		visibility: row.visibility
	};
}

/** The input as the database's columns and lists (lists without duplicates). */
export function toWrite(input: InitiativeInput): q.InitiativeWrite {
	const unique = <T>(xs: T[]) => [...new Set(xs)];
	return {
		columns: {
			title: input.title,
			description: input.description,
			leadOrganisationId: input.leadOrganisationId ?? null,
			otherPartners: unique(input.otherPartners),
			level: input.level,
			phase: input.phase,
			startsOn: input.startsOn ?? null,
			endsOn: input.endsOn ?? null,
			goalAreas: unique(input.goalAreas),
			developmentAreas: unique(input.developmentAreas),
			focusShifts: unique(input.focusShifts),
			contactFunction: input.contactFunction,
			contactEmail: input.contactEmail,
			contactPhone: input.contactPhone,
			contactPerson: input.contactPerson || null,
			contactConsent: input.contactPerson ? input.contactConsent : false,
			results: input.results,
			lessons: input.lessons,
			links: input.links,
			goodExample: input.goodExample,
			visibility: input.visibility,
			source: null,
			sourceLocator: ''
		},
		partnerIds: unique(input.partnerIds).filter((id) => id !== input.leadOrganisationId),
		municipalityIds: unique(input.municipalityIds),
		funding: input.funding.map((f) => ({
			year: f.year,
			fundingSource: f.fundingSource,
			amountSek: f.amountSek ?? null,
			note: f.note
		}))
	};
}

/** The organisations named by an input belong to the county; municipalities are municipalities. */
export function checkReferences(
	w: q.InitiativeWrite,
	orgs: Choice[]
): Record<string, string[]> | null {
	const errors: Record<string, string[]> = {};
	const byId = new Map(orgs.map((o) => [o.id, o]));
	const lead = w.columns.leadOrganisationId;
	if (lead !== null && lead !== undefined && !byId.has(lead))
		errors.leadOrganisationId = ['Välj en ansvarig organisation i länet.'];
	if (w.partnerIds.some((id) => !byId.has(id)))
		errors.partnerIds = ['Välj samarbetspartner bland länets organisationer.'];
	if (w.municipalityIds.some((id) => byId.get(id)?.kind !== 'municipality'))
		errors.municipalityIds = ['Välj kommuner i länet.'];
	return Object.keys(errors).length ? errors : null;
}

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
	if (!canEditSomething(actor, countyCode)) return forbidden();
	const parsed = InitiativeInput.safeParse(raw);
	if (!parsed.success)
		return invalid('Insatsen kunde inte sparas.', fieldErrors(parsed.error.issues));
	const w = toWrite(parsed.data);
	if (!canManageInitiative(actor, countyCode, w.columns.leadOrganisationId ?? null))
		return notYours();
	return db.transaction(async (tx): Promise<Outcome<Initiative>> => {
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
	});
}

/** What the audit log keeps: the fields and the lists by name. */
function auditView(i: Initiative) {
	return {
		title: i.title,
		description: i.description,
		lead: i.lead?.name ?? null,
		partners: i.partners.map((p) => p.name),
		otherPartners: i.otherPartners,
		municipalities: i.municipalities.map((m) => m.name),
		level: i.level,
		phase: i.phase,
		startsOn: i.startsOn,
		endsOn: i.endsOn,
		goalAreas: i.goalAreas,
		developmentAreas: i.developmentAreas,
		focusShifts: i.focusShifts,
		funding: i.funding,
		contactFunction: i.contactFunction,
		contactEmail: i.contactEmail,
		contactPhone: i.contactPhone,
		contactPerson: i.contactPerson,
		results: i.results,
		lessons: i.lessons,
		links: i.links,
		goodExample: i.goodExample,
		visibility: i.visibility
	};
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
			{ fields, editable: (row) => row },
			{
				notFound: () => noInitiative(),
				conflict: 'Någon annan har ändrat insatsen sedan du öppnade den. Den har inte arkiverats.'
			}
		);
		return result.kind === 'ok' ? ok({ id }) : result;
	});
}
