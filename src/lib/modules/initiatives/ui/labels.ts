import type { InitiativeFormValues } from '../domain/form.ts';
import { VOCABULARIES } from '../domain/vocabularies.ts';
import { visibilityLabel } from '../../../ui/labels.ts';

/**
 * The Swedish words of the inventory's codes as pages show them, and an
 * initiative's form values as text, field by field (for the conflict
 * notice, which compares two versions).
 */

const label =
	(labels: Record<string, string>) =>
	(key: string): string =>
		labels[key] ?? key;

export const phaseLabel = label(VOCABULARIES.phase);
export const levelLabel = label(VOCABULARIES.level);
export const goalAreaLabel = label(VOCABULARIES.goal_areas);
export const developmentAreaLabel = label(VOCABULARIES.development_areas);
export const focusShiftLabel = label(VOCABULARIES.focus_shifts);

export const options = (labels: Record<string, string>) =>
	Object.entries(labels).map(([value, text]) => ({ value, label: text }));

const kronor = new Intl.NumberFormat('sv-SE');
/** "1 500 000 kr" */
export const formatKronor = (amount: number) => `${kronor.format(amount)} kr`;

/** The fields the conflict notice compares, with their labels. */
export const CONFLICT_LABELS: Record<string, string> = {
	title: 'Namn',
	description: 'Beskrivning',
	lead: 'Ansvarig organisation',
	partners: 'Samarbetspartner',
	municipalities: 'Kommuner',
	level: 'Nivå',
	phase: 'Fas',
	period: 'Tid',
	goalAreas: 'Målområden',
	developmentAreas: 'Utvecklingsområden',
	focusShifts: 'Fokusförflyttningar',
	funding: 'Finansiering',
	contact: 'Kontakt',
	results: 'Resultat',
	lessons: 'Lärdomar',
	links: 'Länkar',
	goodExample: 'Gott exempel',
	visibility: 'Vem får se insatsen'
};

/** Form values as the conflict notice shows them; organisations by name. */
export function conflictView(
	v: InitiativeFormValues,
	names: Record<string, string>
): Record<string, string> {
	const org = (id: string) => names[id] ?? id;
	return {
		title: v.title,
		description: v.description,
		lead: v.leadOrganisationId ? org(v.leadOrganisationId) : 'Ingen (länsgemensam)',
		partners: [...v.partnerIds.map(org), ...v.otherPartners].join(', '),
		municipalities: v.municipalityIds.map(org).join(', ') || 'Hela länet',
		level: levelLabel(v.level),
		phase: phaseLabel(v.phase),
		period: v.startsOn || v.endsOn ? `${v.startsOn || '?'} – ${v.endsOn || ''}`.trim() : '',
		goalAreas: v.goalAreas.map(goalAreaLabel).join(', '),
		developmentAreas: v.developmentAreas.map(developmentAreaLabel).join(', '),
		focusShifts: v.focusShifts.map(focusShiftLabel).join(', '),
		funding: v.funding
			.map(
				(f) =>
					`${f.year}: ${f.fundingSource}${f.amountSek ? `, ${f.amountSek} kr` : ''}${f.note ? ` (${f.note})` : ''}`
			)
			.join('\n'),
		contact: [v.contactFunction, v.contactEmail, v.contactPhone, v.contactPerson]
			.filter(Boolean)
			.join(', '),
		results: v.results,
		lessons: v.lessons,
		links: v.links.map((l) => (l.title ? `${l.title}: ${l.url}` : l.url)).join('\n'),
		goodExample: v.goodExample ? 'Ja' : 'Nej',
		visibility: visibilityLabel[v.visibility] ?? v.visibility
	};
}

/**
 * Field errors for the error summary: an error in a row says which row
 * ("Finansiering, rad 2: …"), as the summary lists them apart from the form.
 */
export function summaryFields(fields: Record<string, string[]> = {}): Record<string, string[]> {
	const rows: Record<string, string> = { funding: 'Finansiering, rad', links: 'Länk' };
	return Object.fromEntries(
		Object.entries(fields).map(([key, messages]) => {
			const m = /^(funding|links)\.(\d+)\./.exec(key);
			return [
				key,
				m ? messages.map((msg) => `${rows[m[1]!]} ${Number(m[2]) + 1}: ${msg}`) : messages
			];
		})
	);
}
