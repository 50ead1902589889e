import { OPEN_DATA_LICENSE } from './domain/columns.ts';

/**
 * The catalogue of Nära's open data in DCAT-AP-SE (the Swedish profile of
 * DCAT-AP), as RDF/XML, so that dataportal.se can harvest it: a catalogue,
 * its publisher (foaf:Agent), and one dataset for all counties' public
 * initiatives plus one per county that has any, each with a contact point
 * and a CSV and a JSON distribution under CC0 (docs/decisions/0005); then
 * the datasets other modules publish (the Dialogguide's county aggregates),
 * described by the caller as `CatalogueDataset`s.
 * Pure: the caller gives the origin, the operator and the dates.
 */

export interface CatalogueCounty {
	code: string;
	name: string;
	slug: string;
	count: number;
	issued: Date;
	modified: Date;
}

export interface CatalogueInput {
	/** the public address of this Nära, e.g. https://nara.regionvarmland.se */
	origin: string;
	/** who runs it (NARA_OPERATOR_NAME) */
	publisher: string;
	/** where to write (NARA_CONTACT_EMAIL); without it the contact point is the open data page */
	contactEmail: string | undefined;
	counties: CatalogueCounty[];
	/** datasets of other modules, after the inventory's */
	more?: CatalogueDataset[];
}

export type FileType = 'CSV' | 'JSON' | 'XLSX';

/** A dataset of the catalogue as another module describes it: its address, words and files. */
export interface CatalogueDataset {
	iri: string;
	title: string;
	description: string;
	keywords: string[];
	spatialName: string;
	landingPage: string;
	issued: Date | null;
	modified: Date | null;
	distributions: { url: string; type: FileType; title: string; description: string }[];
}

const NS = {
	rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
	dcat: 'http://www.w3.org/ns/dcat#',
	dct: 'http://purl.org/dc/terms/',
	foaf: 'http://xmlns.com/foaf/0.1/',
	vcard: 'http://www.w3.org/2006/vcard/ns#',
	xsd: 'http://www.w3.org/2001/XMLSchema#'
};

const EU = 'http://publications.europa.eu/resource/authority';
export const DCAT_THEMES = [`${EU}/data-theme/HEAL`, `${EU}/data-theme/GOVE`];
const SWEDISH = `${EU}/language/SWE`;
const SWEDEN = `${EU}/country/SWE`;
const CONTINUOUS = `${EU}/frequency/UPDATE_CONT`;
/** Nära is run by regions together with their municipalities: a regional authority publishes. */
const PUBLISHER_TYPE = 'http://purl.org/adms/publishertype/RegionalAuthority';

const KEYWORDS = [
	'god och nära vård',
	'omställning',
	'primärvård',
	'hälso- och sjukvård',
	'socialtjänst',
	'insatser',
	'samverkan'
];

const MEDIA_TYPES: Record<FileType, string> = {
	CSV: 'text/csv',
	JSON: 'application/json',
	XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

const FORMATS: { extension: string; type: FileType; description: string }[] = [
	{
		extension: 'csv',
		type: 'CSV',
		description:
			'UTF-8 med BOM, semikolon mellan kolumnerna, engelska kolumnnamn; flera värden i en cell skiljs åt med |. Text som börjar med = + - eller @ har ett inledande apostrof-tecken, så att den inte körs som formel i ett kalkylprogram.'
	},
	{
		extension: 'json',
		type: 'JSON',
		description:
			'JSON med samma fältnamn som CSV-filen; listor som JSON-listor, finansieringen som en lista av år, källa och belopp, och de svenska benämningarna av nycklarna under vocabulary.'
	}
];

const escape = (s: string) =>
	s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		// characters XML 1.0 does not allow
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

const lit = (tag: string, value: string, lang = 'sv') =>
	`<${tag} xml:lang="${lang}">${escape(value)}</${tag}>`;
const plain = (tag: string, value: string) => `<${tag}>${escape(value)}</${tag}>`;
const res = (tag: string, iri: string) => `<${tag} rdf:resource="${escape(iri)}"/>`;
const dateTime = (tag: string, d: Date) =>
	`<${tag} rdf:datatype="${NS.xsd}dateTime">${d.toISOString()}</${tag}>`;

function indent(lines: string[], depth: number): string {
	return lines.map((l) => `${'\t'.repeat(depth)}${l}`).join('\n');
}

/** A dataset of the inventory: all counties (query '') or one ('?lan=17'). */
function inventoryDataset(
	origin: string,
	d: Omit<CatalogueDataset, 'keywords' | 'landingPage' | 'distributions'> & { query: string }
): CatalogueDataset {
	return {
		...d,
		keywords: KEYWORDS,
		landingPage: `${origin}/oppna-data`,
		distributions: FORMATS.map((f) => ({
			url: `${origin}/oppna-data/insatser.${f.extension}${d.query}`,
			type: f.type,
			title: `${d.title} (${f.type})`,
			description: f.description
		}))
	};
}

function dataset(input: CatalogueInput, d: CatalogueDataset): string {
	const { origin } = input;
	const contact = [
		// a blank node per dataset, so each states its own contact
		'<vcard:Organization>',
		`\t${plain('vcard:fn', input.publisher)}`,
		...(input.contactEmail ? [`\t${res('vcard:hasEmail', `mailto:${input.contactEmail}`)}`] : []),
		`\t${res('vcard:hasURL', `${origin}/oppna-data`)}`,
		'</vcard:Organization>'
	];
	const distributions = d.distributions.map((f) => {
		const url = f.url;
		return indent(
			[
				'<dcat:distribution>',
				`\t<dcat:Distribution rdf:about="${escape(url)}">`,
				`\t\t${lit('dct:title', f.title)}`,
				`\t\t${lit('dct:description', f.description)}`,
				`\t\t${res('dcat:accessURL', url)}`,
				`\t\t${res('dcat:downloadURL', url)}`,
				`\t\t${res('dct:format', `${EU}/file-type/${f.type}`)}`,
				`\t\t${res('dcat:mediaType', `http://www.iana.org/assignments/media-types/${MEDIA_TYPES[f.type]}`)}`,
				`\t\t${res('dct:license', OPEN_DATA_LICENSE)}`,
				`\t\t${res('dct:language', SWEDISH)}`,
				...(d.issued ? [`\t\t${dateTime('dct:issued', d.issued)}`] : []),
				...(d.modified ? [`\t\t${dateTime('dct:modified', d.modified)}`] : []),
				'\t</dcat:Distribution>',
				'</dcat:distribution>'
			],
			2
		);
	});
	return [
		'\t<dcat:dataset>',
		`\t\t<dcat:Dataset rdf:about="${escape(d.iri)}">`,
		indent(
			[
				lit('dct:title', d.title),
				lit('dct:description', d.description),
				plain('dct:identifier', d.iri),
				res('dct:publisher', `${origin}/oppna-data#utgivare`),
				'<dcat:contactPoint>',
				indent(contact, 1),
				'</dcat:contactPoint>',
				...DCAT_THEMES.map((t) => res('dcat:theme', t)),
				...d.keywords.map((k) => lit('dcat:keyword', k)),
				lit('dcat:keyword', d.spatialName),
				res('dct:language', SWEDISH),
				res('dct:spatial', SWEDEN),
				res('dct:accrualPeriodicity', CONTINUOUS),
				res('dcat:landingPage', d.landingPage),
				...(d.issued ? [dateTime('dct:issued', d.issued)] : []),
				...(d.modified ? [dateTime('dct:modified', d.modified)] : [])
			],
			3
		),
		...distributions,
		'\t\t</dcat:Dataset>',
		'\t</dcat:dataset>'
	].join('\n');
}

/** The catalogue as an RDF/XML document. */
export function dcatCatalogue(input: CatalogueInput): string {
	const { origin, counties } = input;
	const total = counties.reduce((n, c) => n + c.count, 0);
	const first = (dates: Date[]) =>
		dates.length ? new Date(Math.min(...dates.map((d) => d.getTime()))) : null;
	const last = (dates: Date[]) =>
		dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null;
	const issued = first(counties.map((c) => c.issued));
	const modified = last(counties.map((c) => c.modified));
	const datasets = [
		inventoryDataset(origin, {
			iri: `${origin}/oppna-data/insatser`,
			title: 'Insatser för god och nära vård i Sveriges län',
			description: `Länens inventering av insatser i omställningen till god och nära vård: vad regioner och kommuner gör, vem som leder och deltar, i vilka kommuner, i vilken fas, vilka målområden, utvecklingsområden och fokusförflyttningar insatsen bidrar till, finansiering, resultat och lärdomar. Bara offentliga insatser som inte är arkiverade; ${total} insatser när katalogen hämtades.`,
			query: '',
			issued,
			modified,
			spatialName: 'Sverige'
		}),
		...counties.map((c) =>
			inventoryDataset(origin, {
				iri: `${origin}/oppna-data/insatser?lan=${c.code}`,
				title: `Insatser för god och nära vård i ${c.name}`,
				description: `Inventeringen av insatser i omställningen till god och nära vård i ${c.name}: samma innehåll och fält som för alla län, bara det här länets offentliga insatser (${c.count} när katalogen hämtades).`,
				query: `?lan=${c.code}`,
				issued: c.issued,
				modified: c.modified,
				spatialName: c.name
			})
		),
		...(input.more ?? [])
	].map((d) => dataset(input, d));
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<rdf:RDF ${Object.entries(NS)
			.map(([p, iri]) => `xmlns:${p}="${iri}"`)
			.join(' ')}>`,
		`<dcat:Catalog rdf:about="${escape(`${origin}/datasets/dcat`)}">`,
		indent(
			[
				lit('dct:title', 'Nära – öppna data om omställningen till god och nära vård'),
				lit('dct:title', 'Nära – open data on the transition to good and close care', 'en'),
				lit(
					'dct:description',
					'Öppna data ur Nära, länens gemensamma arbetsyta för omställningen till god och nära vård: inventeringen av insatser, för alla län och per län, och Dialogguidens samlade resultat per län.'
				),
				lit(
					'dct:description',
					'Open data from Nära, the shared workspace of Swedish counties for the transition to good and close care: the inventory of initiatives, for all counties and per county, and the aggregated results of the Dialogguide per county.',
					'en'
				),
				res('dct:publisher', `${origin}/oppna-data#utgivare`),
				res('foaf:homepage', `${origin}/oppna-data`),
				res('dct:language', SWEDISH),
				res('dct:license', OPEN_DATA_LICENSE),
				res('dct:spatial', SWEDEN),
				res('dcat:themeTaxonomy', `${EU}/data-theme`),
				...(issued ? [dateTime('dct:issued', issued)] : []),
				...(modified ? [dateTime('dct:modified', modified)] : [])
			],
			1
		),
		...datasets,
		'</dcat:Catalog>',
		`<foaf:Agent rdf:about="${escape(`${origin}/oppna-data#utgivare`)}">`,
		`\t${plain('foaf:name', input.publisher)}`,
		`\t${res('dct:type', PUBLISHER_TYPE)}`,
		'</foaf:Agent>',
		'</rdf:RDF>',
		''
	].join('\n');
}
