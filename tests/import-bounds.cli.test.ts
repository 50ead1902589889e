import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseConfig } from '../src/lib/platform/config.ts';
import { openDatabase } from '../src/lib/platform/db/client.ts';
import { corpus } from './imports/bad/corpus.ts';
import { nara, tempDataDir } from './process.ts';

/**
 * `nara import` with bad files (tests/imports/bad/corpus.ts): a file with
 * tens of thousands of bad rows prints the first 100 and a count, not a line
 * for each; a zip bomb and an oversized file are refused with one Swedish
 * line; nothing is written.
 */

let dir: string;

beforeAll(async () => {
	dir = await tempDataDir();
	const seed = await nara(['seed'], { NARA_DATA_DIR: dir });
	expect(seed.code, seed.stderr).toBe(0);
});
afterAll(async () => {
	await fs.rm(dir, { recursive: true, force: true });
});

const env = () => ({ NARA_DATA_DIR: dir });

async function counts(): Promise<{ initiatives: number; measurements: number }> {
	const database = await openDatabase(parseConfig(env()), { role: 'test' });
	try {
		const [r] = await database.sql<{ initiatives: number; measurements: number }[]>`
			select (select count(*)::int from initiatives) as initiatives,
				(select count(*)::int from measurements) as measurements`;
		return r!;
	} finally {
		await database.close();
	}
}

async function write(name: string): Promise<string> {
	const file = path.join(dir, name);
	await fs.writeFile(file, await corpus.find((c) => c.name === name)!.make());
	return file;
}

const stderrLines = (stderr: string) =>
	stderr
		.trim()
		.split('\n')
		.filter((l) => !l.startsWith('Importerar'));

describe('nara import with bad files', () => {
	test('65,000 bad measurement rows: 100 lines, then how many more, exit 1, nothing written', async () => {
		const before = await counts();
		const r = await nara(
			['import', 'measurements', await write('bad-rows-2mb-measurements.csv')],
			env()
		);
		expect(r.code).toBe(1);
		const lines = stderrLines(r.stderr);
		expect(lines).toHaveLength(102);
		expect(lines[0]).toBe(
			'Rad 2, kolumn "value" ("inte ett tal"): Värdet är inte ett tal. Skriv t.ex. 12,5 eller 12.5, eller lämna cellen tom om värdet saknas.'
		);
		expect(lines[100]).toMatch(
			/^… och [\d\s\u00a0]+ fel till, som inte visas\. Rätta felen ovan och försök igen för att se resten\.$/
		);
		expect(lines[101]).toMatch(/^nara: [\d\s\u00a0]+ fel i filen: ingenting har lästs in\./);
		expect(await counts()).toEqual(before);
	}, 180_000);

	test('a zip bomb is refused in one Swedish line before it is unpacked', async () => {
		const before = await counts();
		const r = await nara(
			['import', 'initiatives', await write('zip-bomb.xlsx'), '--county', '17'],
			env()
		);
		expect(r.code).toBe(1);
		expect(stderrLines(r.stderr)).toEqual([
			'Filen: Arbetsboken packas upp till mer än 50 MB och läses inte in. Dela upp den i flera filer eller spara som CSV.',
			'nara: 1 fel i filen: ingenting har lästs in. Rätta raderna ovan och försök igen.'
		]);
		expect(await counts()).toEqual(before);
	}, 120_000);

	test('a file over the size limit is refused by its size, before it is read', async () => {
		const r = await nara(
			['import', 'initiatives', await write('too-large.csv'), '--county', '17'],
			env()
		);
		expect(r.code).toBe(1);
		expect(stderrLines(r.stderr)).toEqual([
			'nara: Filen är för stor (11,0 MB; högst 10 MB). Dela upp den i flera filer.'
		]);
	}, 120_000);
});
