import type { Initiative, InitiativeInput } from './schema.ts';
import type { Choice } from './domain/facets.ts';
import type { InitiativeDetail, InitiativeRow, InitiativeWrite } from './queries.server.ts';

/**
 * An initiative between its shapes: the database's rows and the API's and
 * pages' Initiative, the form's input and the columns written, and what the
 * audit log keeps. No I/O.
 */

/** The API's and the detail page's shape of an initiative. */
export function toInitiative(d: InitiativeDetail): Initiative {
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

/** What the audit log keeps of an initiative (and a conflict shows). */
export function auditFields(row: InitiativeRow) {
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
export function toWrite(input: InitiativeInput): InitiativeWrite {
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
	w: InitiativeWrite,
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

/** What the audit log keeps: the fields and the lists by name. */
export function auditView(i: Initiative) {
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
