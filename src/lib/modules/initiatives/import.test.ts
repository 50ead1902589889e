import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { systemActor, type Actor } from '../../core/actor.ts';
import { prepareImport } from '../../platform/imports/core.ts';
import { formatError } from '../../platform/imports/report.ts';
import { projectRoot } from '../../platform/paths.ts';
import { loadCounties, loadMunicipalities } from '../../app/seed/reference.ts';
import type { TitleMatch } from './import-queries.server.ts';
import { splitList } from './domain/import-cells.ts';
import type { InitiativeImportContext } from './import-rows.server.ts';
import { initiativeImportSpec } from './import-spec.server.ts';

/**
 * The inventory import over the test files in tests/imports/initiatives/
 * (generate.ts there writes them), with Värmland's real organisations from
 * seed/reference and no database: existing titles come from a list.
 */

const file = (name: string) => ({
	name,
	bytes: new Uint8Array(
		readFileSync(path.join(projectRoot(), 'tests', 'imports', 'initiatives', name))
	)
});

const varmland = loadCounties().find((c) => c.code === '17')!;
const organisations = [
	{
		id: 1,
		name: varmland.regionName,
		shortName: varmland.regionName,
		kind: 'region' as const,
		code: '17'
	},
	...loadMunicipalities()
		.filter((m) => m.countyCode === '17')
		.map((m, i) => ({
			id: 100 + i,
			name: m.name,
			shortName: m.shortName,
			kind: 'municipality' as const,
			code: m.code
		}))
];
const id = (name: string) => organisations.find((o) => o.name === name)!.id;

function context(
	actor: Actor = systemActor('test'),
	existing: { title: string; archived?: boolean }[] = []
): InitiativeImportContext {
	return {
		actor,
		county: { ...varmland, hasVision: true },
		organisations,
		fileName: 'test.csv',
		async titleMatches(titles) {
			const out: TitleMatch[] = [];
			titles.forEach((t, index) =>
				existing.forEach((e, n) => {
					const exact = e.title.toLowerCase() === t.toLowerCase();
					if (exact || e.title.slice(0, 20) === t.slice(0, 20))
						out.push({
							index,
							id: n + 1,
							title: e.title,
							similarity: exact ? 1 : 0.7,
							exact,
							archived: e.archived ?? false
						});
				})
			);
			return out;
		}
	};
}

const prepare = (name: string, ctx = context()) =>
	prepareImport(initiativeImportSpec(ctx), file(name));

describe('splitList', () => {
	test.each([
		['Arvika | Eda', ['Arvika', 'Eda']],
		['Arvika, Eda;Kil\nSunne', ['Arvika', 'Eda', 'Kil', 'Sunne']],
		['  ', []],
		['Äldre, Ledning, styrning och samverkan', ['Äldre', 'Ledning, styrning och samverkan']]
	])('%j', (cell, values) => {
		const known = (v: string) => v.toLowerCase() === 'ledning, styrning och samverkan';
		expect(splitList(cell, known)).toEqual(values);
	});
});

describe('reading the test files', () => {
	test('500 rows, UTF-8, commas: all valid, with their organisations and labels resolved', async () => {
		const { preview, rows } = await prepare('good-500.csv');
		expect(preview.errors).toEqual([]);
		expect(preview).toMatchObject({
			format: 'csv',
			encoding: 'utf-8',
			delimiter: ',',
			rows: 500,
			validRows: 500,
			ignoredColumns: []
		});
		expect(rows[0]).toMatchObject({
			row: 2,
			lead: 'Karlstads kommun',
			municipalities: ['Karlstads kommun'],
			input: {
				title: 'Korpusinsats 001: Digitala vårdmöten i Karlstad',
				level: 'county',
				phase: 'running',
				startsOn: '2022-05-11',
				goalAreas: ['primarvard'],
				developmentAreas: ['proactive', 'person_centred'],
				focusShifts: ['person'],
				contactPhone: '054-61 50 00',
				goodExample: false,
				visibility: 'public'
			}
		});
		expect(rows[1]!.input.funding).toEqual([
			{ year: 2023, fundingSource: 'Samordningsförbundet', amountSek: 800000, note: '' }
		]);
	});

	test('one bad row among 500: that row is the one error, with row, column, value and message', async () => {
		const { preview, rows } = await prepare('bad-row-among-500.csv');
		expect(preview).toMatchObject({ rows: 500, validRows: 499, invalidRows: 1 });
		expect(preview.errors).toEqual([
			{
				row: 312,
				column: 'Kommuner',
				value: 'Oslo',
				message:
					'"Oslo" är ingen kommun i Värmlands län. Skriv kommunens namn (t.ex. "Arvika") eller kommunkod (t.ex. 1784).'
			}
		]);
		expect(rows).toHaveLength(499);
	});

	test('Swedish Excel: Windows-1252, semicolons, decimal commas and non-breaking spaces in amounts', async () => {
		const { preview, rows } = await prepare('swedish-excel.csv');
		expect(preview.errors).toEqual([]);
		expect(preview).toMatchObject({
			encoding: 'windows-1252',
			delimiter: ';',
			decimalComma: true,
			rows: 3
		});
		expect(rows.map((r) => r.input.title)).toEqual([
			'Excelinsats Äldreomsorg – Sunne',
			'Excelinsats Hälsocentral på hjul – Årjäng',
			'Excelinsats Säker läkemedelshantering – Säffle'
		]);
		expect(rows[0]!.input).toMatchObject({
			otherPartners: ['Föreningen Ängsbacken'],
			goalAreas: ['aldre', 'hemsjukvard'],
			funding: [
				{ year: 2023, fundingSource: 'Statliga stimulansmedel', amountSek: 1500000 },
				{ year: 2024, fundingSource: 'Egen budget', amountSek: 250000 }
			],
			goodExample: true
		});
		expect(rows[0]!.partners).toEqual(['Sunne kommun']);
		expect(rows[1]!.input).toMatchObject({
			level: 'local',
			phase: 'pilot',
			endsOn: '2025-06-30',
			funding: [{ year: 2024, amountSek: 1500000 }],
			links: [{ url: 'https://www.regionvarmland.se/', title: '' }],
			visibility: 'public'
		});
		expect(rows[2]!.input).toMatchObject({ visibility: 'internal', goodExample: false });
	});

	test('UTF-8 with BOM and the English identifiers as headers, keys as values, a municipality code', async () => {
		const { preview, rows } = await prepare('utf8-bom.csv');
		expect(preview.errors).toEqual([]);
		expect(preview.encoding).toBe('utf-8-bom');
		expect(preview.columns.find((c) => c.key === 'lead')?.header).toBe('lead_organisation');
		expect(rows.map((r) => [r.input.title, r.municipalities, r.input.goalAreas])).toEqual([
			['Bominsats Trygg hemgång Kil', ['Kils kommun'], ['trygg-hemgang']],
			['Bominsats Digital tillsyn Grums', ['Grums kommun'], ['aldre', 'hemsjukvard']]
		]);
	});

	test('UTF-8 with commas: a goal area with a comma in its name stays whole', async () => {
		const { preview, rows } = await prepare('utf8.csv');
		expect(preview.errors).toEqual([]);
		expect(rows[0]!.input.goalAreas).toEqual(['aldre', 'ledning-styrning']);
		expect(rows[0]!.input.funding).toEqual([
			{ year: 2024, fundingSource: 'Egen budget', amountSek: 1200000, note: '' }
		]);
		expect(rows[1]!.municipalities).toEqual(['Hagfors kommun', 'Munkfors kommun']);
	});

	test('XLSX: dates, numbers, a formula and a boolean cell', async () => {
		const { preview, rows } = await prepare('initiatives.xlsx');
		expect(preview.errors).toEqual([]);
		expect(preview).toMatchObject({ format: 'xlsx', sheet: 'Insatser', rows: 2 });
		expect(rows[0]!.input).toMatchObject({
			startsOn: '2021-09-01',
			funding: [{ year: 2024, fundingSource: 'Egen budget', amountSek: 800000 }],
			goodExample: true
		});
		expect(rows[1]!.municipalities).toEqual(['Torsby kommun']);
		expect(rows[1]!.input.endsOn).toBe('2024-12-31');
	});
});

describe('every bad row is reported', () => {
	test('errors.csv: each mistake with its row, column, value and a Swedish message', async () => {
		const { preview } = await prepare('errors.csv', context(systemActor('test'), []));
		expect(preview.errors.map(formatError)).toEqual([
			'Rad 3, kolumn "Ansvarig organisation" ("Region Dalarna"): Organisationen "Region Dalarna" finns inte i Värmlands län i Nära. Skriv namnet som i Nära, t.ex. "Region Värmland".',
			'Rad 4, kolumn "Nivå" ("Kommunal"): "Kommunal" går inte att läsa. Skriv Länsövergripande, Delregional eller Lokal.',
			'Rad 4, kolumn "Fas" ("Pågår"): "Pågår" går inte att läsa. Skriv Idé, Planering, Pilot, Spridning, I drift eller Avslutad.',
			'Rad 5, kolumn "Start" ("2024-13-01"): Datumet finns inte i kalendern.',
			'Rad 6, kolumn "Slut" ("2023-01-01"): Slutdatumet kan inte vara före startdatumet.',
			'Rad 7, kolumn "E-post" ("inte en adress"): Skriv en e-postadress som namn@exempel.se, eller lämna fältet tomt.',
			'Rad 9, kolumn "Kommuner" ("Arvika | Region Värmland"): "Region Värmland" är inte en kommun. Ange bara kommuner här.',
			'Rad 10, kolumn "Finansiering källa" ("Egen budget"): Ange lika många källor som år (2 år, 1 källa), i samma ordning.',
			'Rad 11, kolumn "Finansiering belopp" ("1 500,50"): Beloppet "1 500,50" ska vara hela kronor, utan ören.',
			'Rad 12, kolumn "Gott exempel" ("kanske"): Skriv "ja" eller "nej" (tom betyder nej).',
			'Rad 12, kolumn "Synlighet" ("hemlig"): Skriv "offentlig" eller "intern" (tom betyder offentlig).',
			'Rad 13, kolumn "Målområden" ("Äldre | Rymdfart"): Målområdet "Rymdfart" finns inte. Se de tillåtna värdena i mallens flik "Kolumner" eller på importsidan.',
			'Rad 13, kolumn "Länk" ("www.exempel.se"): Skriv en webbadress som börjar med https:// eller http://.',
			'Rad 14, kolumn "Namn": Skriv insatsens namn.',
			'Rad 14, kolumn "Nivå": Ange nivån: Länsövergripande, Delregional eller Lokal.',
			'Rad 14, kolumn "Fas": Ange fasen: Idé, Planering, Pilot, Spridning, I drift eller Avslutad.'
		]);
		expect(preview).toMatchObject({ rows: 13, validRows: 2, invalidRows: 11 });
		// the same title as another row is a warning, as in the form (titles.ts)
		expect(preview.warnings.map(formatError)).toEqual([
			'Rad 8, kolumn "Namn" ("Felinsats 1 Rätt rad"): Samma namn som rad 2. Kontrollera att det inte är samma insats två gånger; är det två olika insatser kan du läsa in dem ändå.'
		]);
	});

	test('a title that exists in the county, a close one, or an archived one, is a warning, as in the form', async () => {
		const { preview } = await prepare(
			'utf8.csv',
			context(systemActor('test'), [
				{ title: 'utf8insats länsgemensam ledning' },
				{ title: 'Utf8insats Hagfors hälsa och mer', archived: true }
			])
		);
		expect(preview.errors).toEqual([]);
		expect(preview.warnings).toEqual([
			{
				row: 2,
				column: 'Namn',
				value: 'Utf8insats Länsgemensam ledning',
				message:
					'Det finns redan en insats som heter "utf8insats länsgemensam ledning" i länet. Kontrollera att det inte är samma insats; är den ny kan du läsa in den ändå.'
			},
			{
				row: 3,
				column: 'Namn',
				value: 'Utf8insats Hagfors hälsa',
				message:
					'Liknar "Utf8insats Hagfors hälsa och mer" (arkiverad), som redan finns i länet. Kontrollera att det inte är samma insats; är den ny kan du läsa in den ändå.'
			}
		]);
	});

	test('an editor may import only what their own organisation leads', async () => {
		const editor: Actor = {
			kind: 'user',
			userId: 7,
			email: 'redaktor@exempel.se',
			name: 'Redaktör',
			via: 'session',
			roles: [{ countyCode: '17', role: 'editor', organisationId: id('Arvika kommun') }]
		};
		const { preview } = await prepare('swedish-excel.csv', context(editor));
		expect(preview.errors.map((e) => [e.row, e.column, e.message])).toEqual([
			[
				2,
				'Ansvarig organisation',
				'Du får bara läsa in insatser som din egen organisation leder, inte Region Värmlands.'
			],
			[
				3,
				'Ansvarig organisation',
				'Du får bara läsa in insatser som din egen organisation leder, inte Region Värmlands.'
			],
			[
				4,
				'Ansvarig organisation',
				'Du får bara läsa in insatser som din egen organisation leder, inte Region Värmlands.'
			]
		]);
		const own = await prepare('hostile.csv', context(editor));
		expect(own.preview.errors).toEqual([]);
	});
});
