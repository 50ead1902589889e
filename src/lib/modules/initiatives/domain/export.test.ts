import { describe, expect, test } from 'vitest';
import { InitiativeQuery, type Initiative } from '../schema.ts';
import {
	EXPORT_COLUMNS,
	filterLines,
	localTime,
	templateRows,
	type ExportedInitiative
} from './export.ts';
import { OPEN_DATA_COLUMNS, bar } from './open-data-columns.ts';
import type { OpenDataInitiative } from '../io-schema.ts';

const initiative: ExportedInitiative = {
	id: 7,
	countyCode: '17',
	title: 'Mobila team',
	description: 'Hemsjukvård',
	lead: { id: 1, name: 'Region Värmland', kind: 'region' },
	partners: [{ id: 2, name: 'Arvika kommun', kind: 'municipality' }],
	otherPartners: ['Föreningen'],
	municipalities: [
		{ id: 2, name: 'Arvika kommun', code: '1784' },
		{ id: 3, name: 'Eda kommun', code: '1730' }
	],
	level: 'local',
	phase: 'running',
	startsOn: '2024-01-15',
	endsOn: null,
	goalAreas: ['aldre'],
	developmentAreas: [],
	focusShifts: [],
	funding: [{ year: 2024, fundingSource: 'Statliga medel', amountSek: 150000, note: '' }],
	contactFunction: 'Enheten',
	contactEmail: 'enheten@example.se',
	contactPhone: '',
	contactPerson: null,
	results: '',
	lessons: '',
	links: [{ url: 'https://example.se', title: '' }],
	goodExample: true,
	visibility: 'public',
	source: null,
	sourceLocator: '',
	revision: 1,
	createdAt: '2024-03-01T13:05:00.000Z',
	updatedAt: '2024-07-01T10:00:00.000Z',
	url: 'https://nara.example/lan/varmland/insatser/7',
	sourceText: 'Registrerad i Nära'
} satisfies Initiative & { url: string; sourceText: string };

describe('the Swedish export', () => {
	test('the template columns with Swedish labels, then what Nära adds', () => {
		const row = Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.header, c.value(initiative)]));
		expect(row).toMatchObject({
			Id: 7,
			Namn: 'Mobila team',
			'Ansvarig organisation': 'Region Värmland',
			Kommuner: 'Arvika kommun | Eda kommun',
			Nivå: 'Lokal',
			Fas: 'I drift',
			Målområden: 'Äldre',
			// one amount stays a number
			'Finansiering belopp': 150000,
			'Gott exempel': 'ja',
			Synlighet: 'offentlig',
			Kontaktperson: '',
			Län: '17',
			Registrerad: '2024-03-01 14:05',
			'Adress i Nära': 'https://nara.example/lan/varmland/insatser/7'
		});
		expect(EXPORT_COLUMNS.map((c) => c.header).slice(1, 25)).toEqual(templateRows()[0]);
	});

	test('times are Swedish local time', () => {
		expect(localTime('2024-07-01T10:00:00.000Z')).toBe('2024-07-01 12:00');
	});

	test('the filters in words', () => {
		expect(filterLines(InitiativeQuery.parse({}))).toEqual([]);
		expect(
			filterLines(
				InitiativeQuery.parse({
					q: 'team',
					phase: ['pilot', 'x'],
					municipality: '1784',
					goodExample: '1'
				})
			)
		).toEqual([
			['Sökord', 'team'],
			['Kommuner (kommunkod)', '1784'],
			['Fas', 'Pilot, x'],
			['Goda exempel', 'bara goda exempel']
		]);
	});
});

describe('the open data CSV', () => {
	const open = {
		id: 7,
		county_code: '17',
		county: 'Värmland',
		title: 'Mobila team',
		description: '',
		lead_organisation: null,
		lead_organisation_id: null,
		partners: ['Arvika kommun', 'Eda kommun'],
		other_partners: [],
		municipalities: [],
		municipality_codes: [],
		level: 'local',
		phase: 'running',
		starts_on: null,
		ends_on: null,
		goal_areas: ['aldre', 'barn-unga'],
		development_areas: [],
		focus_shifts: [],
		funding: [
			{ year: 2024, source: 'A', amount_sek: null },
			{ year: 2025, source: 'B', amount_sek: 5 }
		],
		contact_function: '',
		contact_email: '',
		contact_phone: '',
		results: '',
		lessons: '',
		links: [],
		good_example: false,
		source: null,
		source_locator: '',
		created_at: '2024-03-01T13:05:00.000Z',
		updated_at: '2024-07-01T10:00:00.000Z',
		url: 'https://nara.example/lan/varmland/insatser/7'
	} satisfies OpenDataInitiative;

	test('English identifiers, keys, | between list values', () => {
		const row = Object.fromEntries(OPEN_DATA_COLUMNS.map((c) => [c.header, c.value(open)]));
		expect(row).toMatchObject({
			id: 7,
			lead_organisation: null,
			partners: 'Arvika kommun|Eda kommun',
			goal_areas: 'aldre|barn-unga',
			funding_years: '2024|2025',
			funding_sources: 'A|B',
			funding_amounts_sek: '|5',
			good_example: 'false',
			municipalities: ''
		});
		expect(OPEN_DATA_COLUMNS.map((c) => c.header)).toEqual(
			Object.keys(open).flatMap((k) =>
				k === 'funding' ? ['funding_years', 'funding_sources', 'funding_amounts_sek'] : [k]
			)
		);
		expect(OPEN_DATA_COLUMNS.every((c) => c.description.length > 0)).toBe(true);
		expect(bar(['a', 1, null])).toBe('a|1|');
	});
});
