/**
 * Writes the Kolada v3 replay fixtures in tests/kolada/fixtures/ from the
 * real data in ../shared/data/kolada/ (see tests/kolada/README.md for what
 * is real and what is made up). Deterministic: run it again and nothing
 * changes.
 *
 *   npx tsx tests/kolada/make-fixtures.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

const here = import.meta.dirname;
const shared = path.resolve(here, '../../../shared/data/kolada');
const out = path.join(here, 'fixtures');
const KOLADA = 'https://api.kolada.se/v3';

interface ValueCsvRow {
	kpi: string;
	area_id: string;
	area_type: string;
	year: string;
	value_total: string;
}
interface KpiCsvRow {
	id: string;
	title: string;
	description: string;
	is_divided_by_gender: string;
	municipality_type: string;
	auspice: string;
	operating_area: string;
	perspective: string;
	prel_publication_date: string;
	publication_date: string;
	publ_period: string;
	has_ou_data: string;
}
interface ValueItem {
	gender: 'T' | 'K' | 'M';
	count: number;
	status: string;
	value: number | null;
}
interface DataObject {
	kpi: string;
	municipality: string;
	period: number;
	values: ValueItem[];
}

const csv = <T>(file: string): T[] =>
	parse(readFileSync(path.join(shared, file), 'utf8'), { columns: true, bom: true }) as T[];

const values = csv<ValueCsvRow>('kolada_values_nara_vard_1994-2022.csv');
const catalogue = csv<KpiCsvRow>('kolada_kpi_catalogue_v3_2026-03.csv');
const municipalities = JSON.parse(
	readFileSync(path.join(shared, 'kolada_municipality_v3_2026-03.json'), 'utf8')
) as { id: string; title: string; type: string }[];

function realValue(kpi: string, area: string, year: number): number | undefined {
	const row = values.find((r) => r.kpi === kpi && r.area_id === area && Number(r.year) === year);
	return row ? Number(row.value_total) : undefined;
}

function write(name: string, fixture: object) {
	writeFileSync(path.join(out, name), JSON.stringify(fixture, null, '\t') + '\n');
}

/** Splits `objects` into pages of `perPage` linked by next_url, as Kolada v3 pages them. */
function pagesOf(pathname: string, objects: DataObject[], perPage: number) {
	const count = Math.max(1, Math.ceil(objects.length / perPage));
	const urlOf = (page: number) =>
		page === 1
			? `${KOLADA}${pathname}?per_page=${perPage}`
			: `${KOLADA}${pathname}?page=${page}&per_page=${perPage}`;
	return Array.from({ length: count }, (_, i) => {
		const page = i + 1;
		const slice = objects.slice(i * perPage, page * perPage);
		return {
			request: urlOf(page).slice(KOLADA.length - '/v3'.length),
			status: 200,
			body: {
				count: slice.length,
				values: slice,
				next_url: page < count ? urlOf(page + 1) : null,
				previous_url: page > 1 ? urlOf(page - 1) : null
			}
		};
	});
}

mkdirSync(out, { recursive: true });

// --- 1. Värmland: two KPIs, 18 areas, 2020–2022, three pages ------------------
const kpis = ['N20402', 'U01402'];
const varmland = [
	'0000',
	'0017',
	...municipalities
		.filter((m) => m.type === 'K' && m.id.startsWith('17'))
		.map((m) => m.id)
		.sort()
];
const years = [2020, 2021, 2022];
// made up for the shape test (the CSV has gender totals only): K and M for Karlstad's N20402
const madeUpGenders: Record<number, [number, number]> = {
	2020: [7410.2, 6411.8],
	2021: [7569.3, 6551.0],
	2022: [7633.9, 6627.4]
};
const objects: DataObject[] = [];
for (const kpi of kpis)
	for (const area of varmland)
		for (const year of years) {
			const value = realValue(kpi, area, year);
			if (value !== undefined) {
				const items: ValueItem[] = [{ gender: 'T', count: 1, status: '', value }];
				const split = kpi === 'N20402' && area === '1780' ? madeUpGenders[year] : undefined;
				if (split)
					items.push(
						{ gender: 'K', count: 1, status: '', value: split[0] },
						{ gender: 'M', count: 1, status: '', value: split[1] }
					);
				objects.push({ kpi, municipality: area, period: year, values: items });
			} else if (kpi === 'U01402' && area === '1762' && year === 2021) {
				// made up: Munkfors has no U01402 value for 2021; Kolada's documented shape for that
				objects.push({
					kpi,
					municipality: area,
					period: year,
					values: [{ gender: 'T', count: 0, status: 'Missing', value: null }]
				});
			}
		}
const varmlandPath = `/data/kpi/${kpis.join(',')}/municipality/${varmland.join(',')}/year/${years.join(',')}`;
const varmlandPages = pagesOf(varmlandPath, objects, 30);
if (varmlandPages.length !== 3) throw new Error(`expected 3 pages, got ${varmlandPages.length}`);
varmlandPages.forEach((page, i) => write(`varmland-page${i + 1}.json`, page));
// what a client must make of those pages, derived from the source data, not from the client
write(
	'varmland-expected-rows.json',
	objects.flatMap((o) =>
		o.values.map((v) => ({
			kpi: o.kpi,
			areaId: o.municipality,
			period: o.period,
			gender: v.gender,
			value: v.value,
			count: v.count,
			status: v.status === '' ? null : v.status
		}))
	)
);

// --- 2. sixty municipalities for one KPI and year: split 25 + 25 + 10 ----------
const sixty = municipalities
	.filter((m) => m.type === 'K')
	.map((m) => m.id)
	.sort()
	.slice(0, 60);
for (let i = 0; i < 3; i++) {
	const group = sixty.slice(i * 25, i * 25 + 25);
	const groupObjects: DataObject[] = group.flatMap((area) => {
		const value = realValue('N20402', area, 2022);
		return value === undefined
			? []
			: [
					{
						kpi: 'N20402',
						municipality: area,
						period: 2022,
						values: [{ gender: 'T' as const, count: 1, status: '', value }]
					}
				];
	});
	const [page] = pagesOf(
		`/data/kpi/N20402/municipality/${group.join(',')}/year/2022`,
		groupObjects,
		5000
	);
	write(`sixty-${i + 1}.json`, page!);
}

// --- 3. metadata: two KPIs, and every municipality -----------------------------
const orNull = (s: string) => (s === '' ? null : s);
const kpiObjects = kpis.map((id) => {
	const k = catalogue.find((row) => row.id === id);
	if (!k) throw new Error(`${id} is not in the catalogue`);
	return {
		id: k.id,
		title: k.title,
		description: k.description,
		is_divided_by_gender: k.is_divided_by_gender === 'True',
		municipality_type: k.municipality_type,
		auspice: orNull(k.auspice),
		operating_area: k.operating_area,
		perspective: k.perspective,
		prel_publication_date: orNull(k.prel_publication_date),
		publication_date: orNull(k.publication_date),
		publ_period: orNull(k.publ_period),
		has_ou_data: k.has_ou_data === 'True'
	};
});
write('kpi-N20402-U01402.json', {
	request: `/v3/kpi/${kpis.join(',')}?per_page=5000`,
	status: 200,
	body: { count: kpiObjects.length, values: kpiObjects, next_url: null, previous_url: null }
});
write('municipality.json', {
	request: '/v3/municipality?per_page=5000',
	status: 200,
	body: { count: municipalities.length, values: municipalities, next_url: null, previous_url: null }
});
