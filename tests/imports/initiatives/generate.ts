/**
 * Writes the inventory import's test files (README.md beside this file says
 * what each one is). The initiatives are invented for the tests, from a
 * seeded random generator, so the files come out the same every time:
 *
 *   npx tsx tests/imports/initiatives/generate.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

const dir = import.meta.dirname;

/** mulberry32: a small seeded generator, so the files never change between runs. */
function random(seed: number) {
	let a = seed;
	return () => {
		a |= 0;
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const rnd = random(20240917);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const some = <T>(xs: readonly T[], max: number): T[] => {
	const n = 1 + Math.floor(rnd() * max);
	return [...new Set(Array.from({ length: n }, () => pick(xs)))];
};

export const HEADERS = [
	'Namn',
	'Beskrivning',
	'Ansvarig organisation',
	'Samarbetspartner',
	'Andra partner',
	'Kommuner',
	'Nivå',
	'Fas',
	'Start',
	'Slut',
	'Målområden',
	'Utvecklingsområden',
	'Fokusförflyttningar',
	'Finansiering år',
	'Finansiering källa',
	'Finansiering belopp',
	'Kontaktfunktion',
	'E-post',
	'Telefon',
	'Resultat',
	'Lärdomar',
	'Länk',
	'Gott exempel',
	'Synlighet'
];

const MUNICIPALITIES = [
	'Arvika',
	'Eda',
	'Filipstad',
	'Forshaga',
	'Grums',
	'Hagfors',
	'Hammarö',
	'Karlstad',
	'Kil',
	'Kristinehamn',
	'Munkfors',
	'Storfors',
	'Sunne',
	'Säffle',
	'Torsby',
	'Årjäng'
];
const LEADS = ['Region Värmland', 'Arvika kommun', 'Karlstads kommun', 'Torsby kommun'];
const THEMES = [
	'Trygg hemgång',
	'Mobila team',
	'Hälsosamtal för 70-åringar',
	'Fallprevention i hemtjänsten',
	'Digitala vårdmöten',
	'Samordnad individuell plan',
	'Läkemedelsgenomgångar',
	'Rehabilitering i hemmet',
	'Ungdomsmottagning på nätet',
	'Palliativ vård i särskilt boende'
];
const LEVELS = ['Länsövergripande', 'Delregional', 'Lokal', 'lokal', 'county'];
const PHASES = ['Idé', 'Planering', 'Pilot', 'Spridning', 'I drift', 'Avslutad', 'pilot'];
const GOALS = [
	'Äldre',
	'Barn och unga',
	'Psykisk hälsa',
	'Fallprevention',
	'Trygg hemgång och minskade förflyttningar',
	'Primärvård',
	'Hemsjukvård',
	'Ledning, styrning och samverkan'
];
const AREAS = [
	'Proaktivt, hälsofrämjande och förebyggande arbete',
	'Personcentrerat förhållningssätt',
	'Överbrygga gränser och samordna resurser',
	'Digitala lösningar och välfärdsteknik'
];
const SHIFTS = [
	'Från organisation till person och relation',
	'Från passiv mottagare till aktiv medskapare',
	'Från reaktivt till proaktivt och hälsofrämjande',
	'Från isolerade insatser till samordning kring personen'
];
const SOURCES = ['Statliga stimulansmedel', 'Egen budget', 'Samordningsförbundet', 'EU-medel'];

/** One generated initiative as cells under HEADERS. */
function initiative(n: number, word: string): string[] {
	const lead = pick(LEADS);
	const municipalities = lead.endsWith('kommun')
		? [lead.replace(/s? kommun$/, '')]
		: some(MUNICIPALITIES, 3);
	const theme = pick(THEMES);
	const startYear = 2019 + Math.floor(rnd() * 6);
	const year = String(startYear);
	const ended = rnd() < 0.3;
	return [
		`${word} ${String(n).padStart(3, '0')}: ${theme} i ${municipalities.join(' och ')}`,
		`${theme} för invånare i ${municipalities.join(', ')}. Insatsen är påhittad för Näras tester.`,
		lead,
		rnd() < 0.5 ? pick(LEADS.filter((l) => l !== lead)) : '',
		rnd() < 0.2 ? 'Karlstads universitet' : '',
		municipalities.join(' | '),
		pick(LEVELS),
		ended ? 'Avslutad' : pick(PHASES),
		`${year}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
		ended ? `${startYear + 1}-12-31` : '',
		some(GOALS, 2).join(' | '),
		some(AREAS, 2).join(' | '),
		some(SHIFTS, 1).join(' | '),
		rnd() < 0.6 ? year : '',
		'',
		'',
		'Nära vård-kansliet',
		rnd() < 0.5 ? 'naravard@exempel.se' : '',
		rnd() < 0.3 ? '054-61 50 00' : '',
		'',
		'',
		rnd() < 0.2 ? 'https://www.regionvarmland.se/' : '',
		rnd() < 0.1 ? 'ja' : 'nej',
		rnd() < 0.9 ? 'offentlig' : 'intern'
	].map((v, i, row) => {
		// the funding source and amount go with a year
		if (i === 14) return row[13] ? pick(SOURCES) : '';
		if (i === 15) return row[13] ? String(Math.round(rnd() * 40) * 50_000) : '';
		return v;
	});
}

function csv(rows: string[][], delimiter: string, newline = '\n'): string {
	const quote = (v: string) =>
		/[",;\n\r|]/.test(v) || v.includes(delimiter) ? `"${v.replace(/"/g, '""')}"` : v;
	return rows.map((r) => r.map(quote).join(delimiter)).join(newline) + newline;
}

/** Windows-1252 bytes of a text (what Swedish Excel's plain "CSV" writes). */
function windows1252(text: string): Uint8Array {
	const high: Record<string, number> = {
		'€': 0x80,
		'…': 0x85,
		'‘': 0x91,
		'’': 0x92,
		'“': 0x93,
		'”': 0x94,
		'–': 0x96,
		'—': 0x97
	};
	return Uint8Array.from([...text], (c) => {
		const code = c.charCodeAt(0);
		if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
		const b = high[c];
		if (b === undefined) throw new Error(`${c} is not in Windows-1252`);
		return b;
	});
}

const write = (name: string, data: string | Uint8Array) =>
	writeFileSync(path.join(dir, name), data);

// 500 rows, UTF-8 without BOM, commas; and the same with one mistake in row 312
const good = Array.from({ length: 500 }, (_, i) => initiative(i + 1, 'Korpusinsats'));
write('good-500.csv', csv([HEADERS, ...good], ','));
const bad = good.map((r) => [...r]);
bad[310]![5] = 'Oslo'; // file row 312: a municipality that is not in Värmland
write('bad-row-among-500.csv', csv([HEADERS, ...bad], ','));

// Swedish Excel's "CSV": Windows-1252, semicolons, CRLF, decimal commas and a
// non-breaking space between thousands, an en dash
const excel = [
	[
		'Excelinsats Äldreomsorg – Sunne',
		'Vård och omsorg i samverkan för äldre i Sunne',
		'Region Värmland',
		'Sunne kommun',
		'Föreningen Ängsbacken',
		'Sunne',
		'Lokal',
		'I drift',
		'2023-03-01',
		'',
		'Äldre | Hemsjukvård',
		'Personcentrerat förhållningssätt',
		'Från organisation till person och relation',
		'2023 | 2024',
		'Statliga stimulansmedel | Egen budget',
		'1\u00a0500\u00a0000,00 | 250\u00a0000',
		'Vård- och omsorgsförvaltningen',
		'omsorg@sunne.exempel.se',
		'0565-160 00',
		'Färre akuta besök',
		'Börja smått',
		'',
		'ja',
		'offentlig'
	],
	[
		'Excelinsats Hälsocentral på hjul – Årjäng',
		'En buss med sjuksköterska kör runt i Årjängs glesbygd',
		'Region Värmland',
		'Årjängs kommun',
		'',
		'Årjäng',
		'lokal',
		'pilot',
		'2024-01-15',
		'2025-06-30',
		'Primärvård',
		'Överbrygga gränser och samordna resurser',
		'Från reaktivt till proaktivt och hälsofrämjande',
		'2024',
		'Statliga stimulansmedel',
		'1500000,00',
		'Hälsovalet',
		'',
		'',
		'',
		'',
		'https://www.regionvarmland.se/',
		'nej',
		''
	],
	[
		'Excelinsats Säker läkemedelshantering – Säffle',
		'Läkemedelsgenomgångar för äldre med många läkemedel',
		'Region Värmland',
		'',
		'',
		'Säffle',
		'Delregional',
		'Spridning',
		'',
		'',
		'Läkemedel | Äldre',
		'Proaktivt, hälsofrämjande och förebyggande arbete',
		'',
		'2022',
		'Egen budget',
		'300\u00a0000',
		'Läkemedelsenheten',
		'',
		'',
		'',
		'',
		'',
		'Nej',
		'intern'
	]
];
write('swedish-excel.csv', windows1252(csv([HEADERS, ...excel], ';', '\r\n')));

// UTF-8 with BOM, semicolons, the open data's English identifiers and vocabulary keys
write(
	'utf8-bom.csv',
	'\ufeff' +
		csv(
			[
				[
					'title',
					'lead_organisation',
					'municipalities',
					'level',
					'phase',
					'goal_areas',
					'visibility'
				],
				[
					'Bominsats Trygg hemgång Kil',
					'Region Värmland',
					'1715',
					'local',
					'running',
					'trygg-hemgang',
					'public'
				],
				[
					'Bominsats Digital tillsyn Grums',
					'Region Värmland',
					'Grums kommun',
					'local',
					'pilot',
					'aldre|hemsjukvard',
					'internal'
				]
			],
			';',
			'\r\n'
		)
);

// UTF-8 without BOM, commas; a goal area with a comma in its name, in a comma-separated list
write(
	'utf8.csv',
	csv(
		[
			[
				'Namn',
				'Ansvarig organisation',
				'Kommuner',
				'Nivå',
				'Fas',
				'Målområden',
				'Finansiering år',
				'Finansiering källa',
				'Finansiering belopp'
			],
			[
				'Utf8insats Länsgemensam ledning',
				'Region Värmland',
				'',
				'Länsövergripande',
				'Planering',
				'Äldre, Ledning, styrning och samverkan',
				'2024',
				'Egen budget',
				'1 200 000'
			],
			[
				'Utf8insats Hagfors hälsa',
				'Region Värmland',
				'Hagfors, Munkfors',
				'Delregional',
				'Idé',
				'Psykisk hälsa',
				'',
				'',
				''
			]
		],
		','
	)
);

// every kind of mistake, each on its own row (the errors test lists them all)
const errorRows: Record<string, string>[] = [
	{ Namn: 'Felinsats 1 Rätt rad', Nivå: 'Lokal', Fas: 'Pilot' },
	{ Namn: 'Felinsats 2', 'Ansvarig organisation': 'Region Dalarna', Nivå: 'Lokal', Fas: 'Pilot' },
	{ Namn: 'Felinsats 3', Nivå: 'Kommunal', Fas: 'Pågår' },
	{ Namn: 'Felinsats 4', Nivå: 'Lokal', Fas: 'Pilot', Start: '2024-13-01' },
	{ Namn: 'Felinsats 5', Nivå: 'Lokal', Fas: 'Pilot', Start: '2024-05-01', Slut: '2023-01-01' },
	{ Namn: 'Felinsats 6', Nivå: 'Lokal', Fas: 'Pilot', 'E-post': 'inte en adress' },
	{ Namn: 'Felinsats 1 Rätt rad', Nivå: 'Lokal', Fas: 'Pilot' },
	{ Namn: 'Felinsats 8', Nivå: 'Lokal', Fas: 'Pilot', Kommuner: 'Arvika | Region Värmland' },
	{
		Namn: 'Felinsats 9',
		Nivå: 'Lokal',
		Fas: 'Pilot',
		'Finansiering år': '2023 | 2024',
		'Finansiering källa': 'Egen budget'
	},
	{
		Namn: 'Felinsats 10',
		Nivå: 'Lokal',
		Fas: 'Pilot',
		'Finansiering år': '2024',
		'Finansiering källa': 'Egen budget',
		'Finansiering belopp': '1 500,50'
	},
	{
		Namn: 'Felinsats 11',
		Nivå: 'Lokal',
		Fas: 'Pilot',
		'Gott exempel': 'kanske',
		Synlighet: 'hemlig'
	},
	{
		Namn: 'Felinsats 12',
		Nivå: 'Lokal',
		Fas: 'Pilot',
		Målområden: 'Äldre | Rymdfart',
		Länk: 'www.exempel.se'
	},
	{ Namn: '', Beskrivning: 'En rad utan namn, nivå och fas', Nivå: '', Fas: '' }
];
write('errors.csv', csv([HEADERS, ...errorRows.map((r) => HEADERS.map((h) => r[h] ?? ''))], ';'));

// cells that a spreadsheet would run as formulas if they were not neutralised on export
const hostile: Record<string, string>[] = [
	{
		Namn: '=HYPERLINK("https://angripare.exempel/","Klicka här") Fientliginsats',
		Beskrivning: "+cmd|' /C calc'!A0",
		'Andra partner': '@SUM(1+1)',
		Kontaktfunktion: '-2+3',
		Resultat: '<script>alert(1)</script>',
		Nivå: 'Lokal',
		Fas: 'Pilot',
		'Ansvarig organisation': 'Arvika kommun'
	},
	{
		Namn: '@SUM(A1:A9) Fientliginsats två',
		Nivå: 'Lokal',
		Fas: 'Idé',
		'Ansvarig organisation': 'Arvika kommun'
	}
];
write('hostile.csv', csv([HEADERS, ...hostile.map((r) => HEADERS.map((h) => r[h] ?? ''))], ';'));

// an Excel workbook: real dates, numbers and a formula
const book = new ExcelJS.Workbook();
book.creator = 'Nära tester';
book.created = new Date(Date.UTC(2024, 8, 17));
book.modified = new Date(Date.UTC(2024, 8, 17));
const sheet = book.addWorksheet('Insatser');
sheet.addRow(HEADERS);
const xlsxRow = (values: Record<string, ExcelJS.CellValue>) =>
	sheet.addRow(HEADERS.map((h) => values[h] ?? null));
xlsxRow({
	Namn: 'Xlsxinsats Familjecentral i Kristinehamn',
	'Ansvarig organisation': 'Region Värmland',
	Samarbetspartner: 'Kristinehamns kommun',
	Kommuner: 'Kristinehamn',
	Nivå: 'Lokal',
	Fas: 'I drift',
	Start: new Date(Date.UTC(2021, 8, 1)),
	Målområden: 'Barn och unga',
	'Finansiering år': 2024,
	'Finansiering källa': 'Egen budget',
	'Finansiering belopp': { formula: '2*400000', result: 800000 },
	'Gott exempel': true
});
xlsxRow({
	Namn: 'Xlsxinsats Mobil närvård Torsby',
	'Ansvarig organisation': 'Torsby kommun',
	Kommuner: 1737,
	Nivå: 'Lokal',
	Fas: 'Pilot',
	Start: new Date(Date.UTC(2023, 0, 9)),
	Slut: new Date(Date.UTC(2024, 11, 31)),
	'Finansiering år': 2023,
	'Finansiering källa': 'Statliga stimulansmedel',
	'Finansiering belopp': 1250000,
	Synlighet: 'offentlig'
});
write('initiatives.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
console.log(`Skrev testfilerna i ${dir}`);
