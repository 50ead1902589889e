import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nara, tempDataDir } from './process.ts';

/**
 * The CLI given odd bytes: a file name with a control character is refused
 * in one Swedish line before anything opens; a file with NUL in a cell never
 * prints SQL, the values sent with it, or a stack trace.
 */

let dir: string;
beforeAll(async () => {
	dir = await tempDataDir();
});
afterAll(async () => {
	await fs.rm(dir, { recursive: true, force: true });
});

const header =
	'Namn,Ansvarig organisation,Kommuner,Nivå,Fas,Målområden,Finansiering år,Finansiering källa,Finansiering belopp';

/** no stack frame, no SQL, no parameters: only lines meant for people */
function expectNoInternals(stderr: string) {
	expect(stderr).not.toMatch(/^\s+at /m);
	expect(stderr).not.toMatch(/\b(insert into|select .+ from|update .+ set)\b/i);
	expect(stderr).not.toMatch(/PostgresError|parameters:|query:/);
}

describe('nara import with odd bytes', () => {
	test('a file name with a control character: exit 2 and one Swedish line, nothing opened', async () => {
		const file = path.join(dir, 'insatser\u0001.csv');
		await fs.writeFile(file, `${header}\nOdd,Region Värmland,,Länsövergripande,Idé,Äldre,,,\n`);
		for (const args of [
			['import', 'initiatives', file, '--county', '17'],
			['import', 'measurements', file]
		]) {
			const r = await nara(args, { NARA_DATA_DIR: dir });
			expect(r.code).toBe(2);
			expect(r.stderr.trim()).toBe(
				'nara: Filnamnet innehåller ett otillåtet tecken (styrtecknet U+0001).'
			);
		}
	});

	test('a --source with an escape character is refused the same way', async () => {
		const r = await nara(['import', 'measurements', 'finns-inte.csv', '--source', 'K\u001b[31m'], {
			NARA_DATA_DIR: dir
		});
		expect(r.code).toBe(2);
		expect(r.stderr.trim()).toBe(
			'nara: Källan (--source) innehåller ett otillåtet tecken (styrtecknet U+001B).'
		);
	});

	test('NUL in a cell of a file: refused in Swedish lines, without SQL or a stack trace', async () => {
		const file = path.join(dir, 'nul.csv');
		await fs.writeFile(
			file,
			`${header}\nNul\u0000insats,Region Värmland,,Länsövergripande,Idé,Äldre,,,\n`
		);
		const r = await nara(['import', 'initiatives', file, '--county', '17', '--dry-run'], {
			NARA_DATA_DIR: dir
		});
		expect(r.code).toBe(1);
		expectNoInternals(r.stderr);
		expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^nara: /);
	}, 300_000);
});
