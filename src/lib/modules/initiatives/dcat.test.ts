import { describe, expect, test } from 'vitest';
import {
	DCAT,
	DCT,
	FOAF,
	parseRdfXml,
	VCARD,
	XSD,
	type Graph,
	type Term
} from '../../../../tests/kit/rdf.ts';
import { dcatCatalogue, type CatalogueDataset, type CatalogueInput } from './dcat.server.ts';

/**
 * The DCAT-AP-SE catalogue read back with a real RDF/XML parser: the
 * mandatory classes and properties of the Swedish profile are there, with
 * the right kinds of values (IRIs, literals with a language, typed dates).
 */

const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';

const input: CatalogueInput = {
	origin: 'https://nara.exempel.se',
	publisher: 'Region Värmland & "kommunerna" <tillsammans>',
	contactEmail: 'oppnadata@exempel.se',
	counties: [
		{
			code: '17',
			name: 'Värmlands län',
			slug: 'varmland',
			count: 152,
			issued: new Date('2024-03-01T08:00:00Z'),
			modified: new Date('2024-09-17T12:30:00Z')
		},
		{
			code: '20',
			name: 'Dalarnas län',
			slug: 'dalarna',
			count: 3,
			issued: new Date('2024-05-02T08:00:00Z'),
			modified: new Date('2024-06-01T10:00:00Z')
		}
	]
};

/** The one object of a property, which must be there. */
function one(g: Graph, s: string, p: string): Term {
	const found = g.objects(s, p);
	expect(found, `${s} ${p}`).toHaveLength(1);
	return found[0]!;
}
const iri = (t: Term) => {
	expect(t.termType).toBe('NamedNode');
	return t.value;
};
const swedish = (g: Graph, s: string, p: string) => {
	const t = g.objects(s, p).find((o) => o.language === 'sv');
	expect(t?.termType, `${s} ${p}@sv`).toBe('Literal');
	return t!.value;
};
const dateTime = (t: Term) => {
	expect(t.datatype?.value).toBe(`${XSD}dateTime`);
	return t.value;
};

describe('the DCAT-AP-SE catalogue', () => {
	test('parses as RDF/XML and has every mandatory property with the right kind of value', async () => {
		const g = await parseRdfXml(dcatCatalogue(input), input.origin);

		const [catalogue, ...others] = g.ofType(`${DCAT}Catalog`);
		expect(others).toEqual([]);
		expect(catalogue).toBe('https://nara.exempel.se/datasets/dcat');
		expect(swedish(g, catalogue!, `${DCT}title`)).toBe(
			'Nära – öppna data om omställningen till god och nära vård'
		);
		expect(swedish(g, catalogue!, `${DCT}description`)).toContain('inventeringen av insatser');
		expect(iri(one(g, catalogue!, `${DCT}license`))).toBe(CC0);
		expect(iri(one(g, catalogue!, `${FOAF}homepage`))).toBe('https://nara.exempel.se/oppna-data');
		expect(dateTime(one(g, catalogue!, `${DCT}modified`))).toBe('2024-09-17T12:30:00.000Z');

		const publisher = iri(one(g, catalogue!, `${DCT}publisher`));
		expect(g.ofType(`${FOAF}Agent`)).toEqual([publisher]);
		expect(one(g, publisher, `${FOAF}name`).value).toBe(input.publisher);
		expect(iri(one(g, publisher, `${DCT}type`))).toBe(
			'http://purl.org/adms/publishertype/RegionalAuthority'
		);

		const datasets = g.objects(catalogue!, `${DCAT}dataset`).map(iri);
		expect(datasets).toEqual([
			'https://nara.exempel.se/oppna-data/insatser',
			'https://nara.exempel.se/oppna-data/insatser?lan=17',
			'https://nara.exempel.se/oppna-data/insatser?lan=20'
		]);
		expect(g.ofType(`${DCAT}Dataset`).sort()).toEqual([...datasets].sort());

		for (const d of datasets) {
			expect(swedish(g, d, `${DCT}title`)).toMatch(/^Insatser för god och nära vård i /);
			expect(swedish(g, d, `${DCT}description`).length).toBeGreaterThan(50);
			expect(iri(one(g, d, `${DCT}publisher`))).toBe(publisher);
			expect(one(g, d, `${DCT}identifier`).value).toBe(d);
			expect(g.objects(d, `${DCAT}theme`).map(iri)).toEqual([
				'http://publications.europa.eu/resource/authority/data-theme/HEAL',
				'http://publications.europa.eu/resource/authority/data-theme/GOVE'
			]);
			expect(g.objects(d, `${DCAT}keyword`).map((k) => k.value)).toContain('god och nära vård');
			expect(iri(one(g, d, `${DCT}language`))).toBe(
				'http://publications.europa.eu/resource/authority/language/SWE'
			);
			dateTime(one(g, d, `${DCT}issued`));
			dateTime(one(g, d, `${DCT}modified`));

			const contact = g.id(one(g, d, `${DCAT}contactPoint`));
			expect(g.ofType(`${VCARD}Organization`)).toContain(contact);
			expect(one(g, contact, `${VCARD}fn`).value).toBe(input.publisher);
			expect(iri(one(g, contact, `${VCARD}hasEmail`))).toBe('mailto:oppnadata@exempel.se');

			const distributions = g.objects(d, `${DCAT}distribution`).map(iri);
			expect(distributions).toHaveLength(2);
			for (const x of distributions) {
				expect(g.ofType(`${DCAT}Distribution`)).toContain(x);
				expect(iri(one(g, x, `${DCAT}accessURL`))).toBe(x);
				expect(iri(one(g, x, `${DCAT}downloadURL`))).toBe(x);
				expect(iri(one(g, x, `${DCT}license`))).toBe(CC0);
				expect(iri(one(g, x, `${DCT}format`))).toMatch(
					/^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/(CSV|JSON)$/
				);
				expect(iri(one(g, x, `${DCAT}mediaType`))).toMatch(
					/^http:\/\/www\.iana\.org\/assignments\/media-types\/(text\/csv|application\/json)$/
				);
			}
		}
		expect(g.objects(datasets[1]!, `${DCAT}distribution`).map(iri)).toEqual([
			'https://nara.exempel.se/oppna-data/insatser.csv?lan=17',
			'https://nara.exempel.se/oppna-data/insatser.json?lan=17'
		]);
	});

	test('without a contact e-mail the contact point is the open data page; no initiatives, no dates', async () => {
		const g = await parseRdfXml(
			dcatCatalogue({ ...input, contactEmail: undefined, counties: [] }),
			input.origin
		);
		const [dataset] = g.ofType(`${DCAT}Dataset`);
		const contact = g.id(one(g, dataset!, `${DCAT}contactPoint`));
		expect(g.objects(contact, `${VCARD}hasEmail`)).toEqual([]);
		expect(iri(one(g, contact, `${VCARD}hasURL`))).toBe('https://nara.exempel.se/oppna-data');
		expect(g.objects(dataset!, `${DCT}issued`)).toEqual([]);
	});

	test('the datasets of other modules (the Dialogguide’s county aggregate) follow the inventory’s, with their files', async () => {
		const more: CatalogueDataset[] = [
			{
				iri: 'https://nara.exempel.se/lan/varmland/dialogguide/lanet#oppna-data',
				title: 'Dialogguiden i Värmlands län',
				description:
					'Länets samlade resultat per dimension och halvår, bara celler med minst K svar.',
				keywords: ['självskattning'],
				spatialName: 'Värmlands län',
				landingPage: 'https://nara.exempel.se/lan/varmland/dialogguide/lanet',
				issued: new Date('2026-01-15T00:00:00Z'),
				modified: new Date('2026-06-30T00:00:00Z'),
				distributions: (['CSV', 'XLSX', 'JSON'] as const).map((type) => ({
					url: `https://nara.exempel.se/dialogguiden.${type.toLowerCase()}`,
					type,
					title: `Dialogguiden (${type})`,
					description: `Filen som ${type}.`
				}))
			}
		];
		const g = await parseRdfXml(dcatCatalogue({ ...input, more }), input.origin);
		const [catalogue] = g.ofType(`${DCAT}Catalog`);
		const datasets = g.objects(catalogue!, `${DCAT}dataset`).map(iri);
		expect(datasets).toHaveLength(4);
		const d = datasets[3]!;
		expect(d).toBe(more[0]!.iri);
		expect(swedish(g, d, `${DCT}title`)).toBe('Dialogguiden i Värmlands län');
		expect(iri(one(g, d, `${DCAT}landingPage`))).toBe(more[0]!.landingPage);
		expect(g.objects(d, `${DCAT}keyword`).map((k) => k.value)).toEqual([
			'självskattning',
			'Värmlands län'
		]);
		expect(dateTime(one(g, d, `${DCT}modified`))).toBe('2026-06-30T00:00:00.000Z');
		const files = g.objects(d, `${DCAT}distribution`).map(iri);
		expect(files.map((x) => iri(one(g, x, `${DCAT}mediaType`)))).toEqual([
			'http://www.iana.org/assignments/media-types/text/csv',
			'http://www.iana.org/assignments/media-types/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'http://www.iana.org/assignments/media-types/application/json'
		]);
		for (const x of files) expect(iri(one(g, x, `${DCT}license`))).toBe(CC0);
	});

	test('a malformed document is refused by the parser (the test can fail)', async () => {
		await expect(
			parseRdfXml(dcatCatalogue(input).replace('</dcat:Catalog>', ''), input.origin)
		).rejects.toThrow();
	});
});
