import type { Db } from '../../platform/db/client.ts';
import { listCounties } from '../counties/index.server.ts';
import type { CatalogueDataset } from '../initiatives/index.server.ts';
import { effectiveK } from './domain/suppression.ts';
import { countiesWithResults } from './queries.server.ts';

/**
 * The county's aggregate as open data: one dataset per county that has a
 * result to show (a closed round with at least K answers), with its files –
 * the CSV and XLSX of the county page and the JSON of the API – for the
 * open data page and the DCAT-AP-SE catalogue. The same aggregate as
 * everywhere: only cells with at least K answers, never a single answer.
 */

export interface AggregateDataset {
	countyCode: string;
	countyName: string;
	slug: string;
	/** the last day of the latest round the aggregate counts */
	modified: string;
	/** the first day of the earliest */
	issued: string;
	files: { type: 'CSV' | 'XLSX' | 'JSON'; path: string }[];
}

export async function aggregateDatasets(
	db: Db,
	today: string,
	kSetting: number
): Promise<AggregateDataset[]> {
	const rows = await countiesWithResults(db, today, effectiveK(kSetting));
	const counties = new Map((await listCounties(db)).map((c) => [c.code, c]));
	return rows.map((r) => {
		const c = counties.get(r.countyCode)!;
		const page = `/lan/${c.slug}/dialogguide/lanet`;
		return {
			countyCode: c.code,
			countyName: c.name,
			slug: c.slug,
			issued: r.issued,
			modified: r.modified,
			files: [
				{ type: 'CSV', path: `${page}/dialogguiden.csv` },
				{ type: 'XLSX', path: `${page}/dialogguiden.xlsx` },
				{ type: 'JSON', path: `/api/counties/${c.code}/self-assessment/results` }
			]
		};
	});
}

const FILE_WORDS = {
	CSV: 'UTF-8 med BOM, semikolon mellan kolumnerna och decimalkomma, svenska kolumnnamn: dimension, halvår, organisation, antal svar, antal omgångar, median och medelvärde (1–5).',
	XLSX: 'Excel-fil med samma kolumner som CSV-filen (tal som tal) och ett blad om uppgifterna: källa, mall och K.',
	JSON: 'Samma rader som CSV-filen ur Näras API, med K och källan.'
} as const;

/** The datasets as the DCAT-AP-SE catalogue describes them. */
export function aggregateCatalogue(origin: string, list: AggregateDataset[]): CatalogueDataset[] {
	return list.map((d) => {
		const title = `Dialogguiden i ${d.countyName}: samlat resultat per dimension och halvår`;
		return {
			iri: `${origin}/lan/${d.slug}/dialogguide/lanet#oppna-data`,
			title,
			description: `Resultatet av arbetsplatsernas omgångar i Dialogguiden i ${d.countyName} (självskattning av hur nära arbetet är länets målbild): median och medelvärde (1–5) per dimension, halvår och organisation, med antalet svar och omgångar bakom varje värde. Bara stängda omgångar och celler med minst K svar; små organisationer är sammanslagna. Inga enskilda svar.`,
			keywords: ['god och nära vård', 'omställning', 'självskattning', 'Dialogguiden'],
			spatialName: d.countyName,
			landingPage: `${origin}/lan/${d.slug}/dialogguide/lanet`,
			issued: new Date(`${d.issued}T00:00:00Z`),
			modified: new Date(`${d.modified}T00:00:00Z`),
			distributions: d.files.map((f) => ({
				url: `${origin}${f.path}`,
				type: f.type,
				title: `${title} (${f.type})`,
				description: FILE_WORDS[f.type]
			}))
		};
	});
}
