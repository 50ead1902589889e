import type { OpenDataInitiative } from '../io-schema.ts';
import type { Cell, FileColumn } from './export.ts';

/**
 * The open data CSV's columns: English identifiers, keys of the
 * vocabularies, | between list values, and what each column holds (the open
 * data page lists them). Pure.
 */

type OpenDataColumn = FileColumn<OpenDataInitiative> & { description: string };

/** The fields of an initiative in the open data whose values are of type V. */
type FieldsOf<V> = {
	[K in keyof OpenDataInitiative]: OpenDataInitiative[K] extends V ? K : never;
}[keyof OpenDataInitiative];

/** Lists in the open data CSV are joined with |, without spaces. */
export const bar = (values: readonly (string | number | null)[]) =>
	values.map((v) => (v === null ? '' : String(v))).join('|');

/** A column holding a field as it is. */
const plain = (header: FieldsOf<Cell>, description: string): OpenDataColumn => ({
	header,
	description,
	value: (i) => i[header]
});

/** A column holding a list field, joined with |. */
const list = (header: FieldsOf<string[]>, description: string): OpenDataColumn => ({
	header,
	description,
	value: (i) => bar(i[header])
});

export const OPEN_DATA_COLUMNS: OpenDataColumn[] = [
	plain('id', 'insatsens id i Nära'),
	plain('county_code', 'länskod (SCB), två siffror'),
	plain('county', 'länets namn'),
	plain('title', 'insatsens namn'),
	plain('description', 'beskrivning'),
	plain('lead_organisation', 'ansvarig organisation (namn)'),
	plain('lead_organisation_id', 'ansvarig organisations id i Nära'),
	list('partners', 'samarbetspartner i Nära'),
	list('other_partners', 'partner utanför Nära'),
	list('municipalities', 'kommuner där insatsen bedrivs; tom = hela länet'),
	list('municipality_codes', 'samma kommuner som kommunkoder (SCB)'),
	plain('level', 'nivå (nyckel)'),
	plain('phase', 'fas (nyckel)'),
	plain('starts_on', 'startdatum, ÅÅÅÅ-MM-DD'),
	plain('ends_on', 'slutdatum, ÅÅÅÅ-MM-DD'),
	list('goal_areas', 'målområden (nycklar)'),
	list('development_areas', 'utvecklingsområden (nycklar)'),
	list('focus_shifts', 'fokusförflyttningar (nycklar)'),
	{
		header: 'funding_years',
		description: 'finansieringens år, i samma ordning som källorna och beloppen',
		value: (i) => bar(i.funding.map((f) => f.year))
	},
	{
		header: 'funding_sources',
		description: 'finansieringens källor',
		value: (i) => bar(i.funding.map((f) => f.source))
	},
	{
		header: 'funding_amounts_sek',
		description: 'finansieringens belopp i hela kronor; tomt = okänt',
		value: (i) => bar(i.funding.map((f) => f.amount_sek))
	},
	plain('contact_function', 'kontaktfunktion (en enhet eller brevlåda)'),
	plain('contact_email', 'kontaktfunktionens e-post'),
	plain('contact_phone', 'kontaktfunktionens telefon'),
	plain('results', 'resultat'),
	plain('lessons', 'lärdomar'),
	list('links', 'webbadresser'),
	{
		header: 'good_example',
		description: 'gott exempel: true eller false',
		value: (i) => String(i.good_example)
	},
	plain('source', 'källdokumentets filnamn; tomt = registrerad i Nära'),
	plain('source_locator', 'var i källan, eller vilken fil den lästes in från'),
	plain('created_at', 'när den registrerades (ISO 8601, UTC)'),
	plain('updated_at', 'när den senast ändrades (ISO 8601, UTC)'),
	plain('url', 'insatsens sida i Nära')
];
