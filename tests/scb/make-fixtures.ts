/**
 * Writes the metadata fixtures of the SCB replay (tests/scb/README.md):
 * the documented PxWeb v1 metadata shape with SCB's codes, for Riket,
 * Värmlands län and its 16 municipalities (names from
 * ../shared/data/geo via seed/reference/geo). Run: npx tsx tests/scb/make-fixtures.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

const root = path.join(import.meta.dirname, '..', '..');
const municipalities = (
	parse(readFileSync(path.join(root, 'seed/reference/geo/scb_municipalities.csv'), 'utf8'), {
		columns: true,
		bom: true
	}) as Record<string, string>[]
).filter((m) => Object.values(m)[0]!.startsWith('17'));
const codeOf = (m: Record<string, string>) => Object.values(m)[0]!;
const nameOf = (m: Record<string, string>) => Object.values(m)[1]!;

const regions = {
	code: 'Region',
	text: 'region',
	values: ['00', '17', ...municipalities.map(codeOf)],
	valueTexts: ['Riket', 'Värmlands län', ...municipalities.map(nameOf)],
	elimination: true
};
const ages = Array.from({ length: 100 }, (_, i) => String(i)).concat('100+');
const age = (withTotal: boolean) => ({
	code: 'Alder',
	text: 'ålder',
	values: withTotal ? [...ages, 'tot'] : ages,
	valueTexts: (withTotal ? [...ages, 'tot'] : ages).map((a) =>
		a === 'tot' ? 'totalt ålder' : a === '100+' ? '100+ år' : `${a} år`
	),
	elimination: true
});
const sex = {
	code: 'Kon',
	text: 'kön',
	values: ['1', '2'],
	valueTexts: ['män', 'kvinnor'],
	elimination: true
};
const years = (from: number, to: number) => {
	const y = Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
	return { code: 'Tid', text: 'år', values: y, valueTexts: y, time: true };
};

const population = {
	title: 'Folkmängden efter region, civilstånd, ålder, kön och år',
	variables: [
		regions,
		{
			code: 'Civilstand',
			text: 'civilstånd',
			values: ['OG', 'G', 'ÄNKL', 'SK'],
			valueTexts: ['ogifta', 'gifta', 'änkor/änklingar', 'skilda'],
			elimination: true
		},
		age(true),
		sex,
		{
			code: 'ContentsCode',
			text: 'tabellinnehåll',
			values: ['BE0101N1', 'BE0101N2'],
			valueTexts: ['Folkmängd', 'Folkökning']
		},
		years(1968, 2024)
	]
};
const projection = {
	title: 'Framskriven folkmängd efter region, födelseregion, kön, ålder och år',
	variables: [
		regions,
		{
			code: 'InrikesUtrikes',
			text: 'födelseregion',
			values: ['13', '23', '83'],
			valueTexts: ['inrikes födda', 'utrikes födda', 'inrikes och utrikes födda'],
			elimination: false
		},
		sex,
		age(false),
		{
			code: 'ContentsCode',
			text: 'tabellinnehåll',
			values: ['000005RC'],
			valueTexts: ['Antal personer']
		},
		years(2025, 2070)
	]
};
const out = (name: string, body: unknown) =>
	writeFileSync(
		path.join(import.meta.dirname, 'fixtures', name),
		`${JSON.stringify(body, null, '\t')}\n`
	);
out('befolkningny-metadata.json', population);
out('befprogregfakn-metadata.json', projection);
