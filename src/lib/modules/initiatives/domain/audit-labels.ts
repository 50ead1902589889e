import type { AuditLabels } from '../../../core/audit-labels.ts';
import { PHASE_LABELS } from '../../../core/vocabulary.ts';

/** How the audit log names the inventory's entries. */
export const auditLabels: AuditLabels = {
	entities: { initiative: 'insats' },
	fields: [
		{
			after: 'link',
			labels: {
				lead: 'ansvarig organisation',
				partners: 'samarbetspartner',
				otherPartners: 'andra partner',
				municipalities: 'kommuner',
				phase: 'fas',
				startsOn: 'startdatum',
				endsOn: 'slutdatum',
				developmentAreas: 'utvecklingsområden',
				focusShifts: 'fokusförflyttningar',
				funding: 'finansiering',
				contactFunction: 'kontaktfunktion',
				contactEmail: 'kontakt, e-post',
				contactPhone: 'kontakt, telefon',
				contactPerson: 'kontaktperson',
				contactConsent: 'samtycke till namn',
				results: 'resultat',
				lessons: 'lärdomar',
				links: 'länkar',
				goodExample: 'gott exempel',
				leadOrganisationId: 'ansvarig organisation (id)'
			}
		}
	],
	values: {
		phase: Object.fromEntries(Object.entries(PHASE_LABELS).map(([k, v]) => [k, v.toLowerCase()]))
	}
};
