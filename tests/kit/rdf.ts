import { RdfXmlParser } from 'rdfxml-streaming-parser';

/**
 * RDF/XML read with a real RDF parser, as a harvester reads it, into a
 * small graph to ask questions of: the objects of a subject's property, and
 * the subjects of a type. Used by the DCAT catalogue's tests.
 */

export interface Term {
	termType: string;
	value: string;
	language?: string;
	datatype?: { value: string };
}

export interface Graph {
	quads: { subject: Term; predicate: Term; object: Term }[];
	/** the objects of `subject`'s `predicate` */
	objects(subject: string, predicate: string): Term[];
	/** the subjects whose rdf:type is `type` */
	ofType(type: string): string[];
	/** how a term is named as a subject here: an IRI, or _:name for a blank node */
	id(term: Term): string;
}

export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const DCAT = 'http://www.w3.org/ns/dcat#';
export const DCT = 'http://purl.org/dc/terms/';
export const FOAF = 'http://xmlns.com/foaf/0.1/';
export const VCARD = 'http://www.w3.org/2006/vcard/ns#';
export const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** Parses the document; a malformed one rejects with the parser's error. */
export function parseRdfXml(text: string, baseIRI: string): Promise<Graph> {
	return new Promise((resolve, reject) => {
		const quads: Graph['quads'] = [];
		const parser = new RdfXmlParser({ baseIRI });
		parser.on('data', (q: Graph['quads'][number]) => quads.push(q));
		parser.on('error', reject);
		parser.on('end', () => {
			const key = (t: Term) => (t.termType === 'BlankNode' ? `_:${t.value}` : t.value);
			resolve({
				quads,
				id: key,
				objects: (s, p) =>
					quads.filter((q) => key(q.subject) === s && q.predicate.value === p).map((q) => q.object),
				ofType: (type) =>
					quads
						.filter((q) => q.predicate.value === `${RDF}type` && q.object.value === type)
						.map((q) => key(q.subject))
			});
		});
		parser.write(text);
		parser.end();
	});
}
