import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../src/lib/platform/config.ts';
import { openDatabase } from '../src/lib/platform/db/client.ts';
import { seededDataDirForFile } from './kit/cli.ts';
import { nara, root } from './process.ts';

/**
 * `nara import initiatives` as people and scripts use it: the preview, every
 * bad row on stderr and nothing written, the whole file written, exit codes
 * 0, 1 and 2, and one-line Swedish messages.
 */

const corpus = (name: string) => path.join(root, 'tests', 'imports', 'initiatives', name);
const env = seededDataDirForFile();

async function count(word: string): Promise<{ initiatives: number; audits: number }> {
	const database = await openDatabase(parseConfig(env()), { role: 'test' });
	try {
		const [i] = await database.sql<{ n: number }[]>`
			select count(*)::int as n from initiatives where title like ${`${word}%`}`;
		const [a] = await database.sql<{ n: number }[]>`
			select count(*)::int as n from audit_log where entity_type = 'initiatives' and action = 'import'`;
		return { initiatives: i!.n, audits: a!.n };
	} finally {
		await database.close();
	}
}

describe('nara import initiatives', () => {
	test('--help describes it', async () => {
		const r = await nara(['import', 'initiatives', '--help'], {});
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('Usage: nara import initiatives [options] <fil>');
		for (const option of ['--county <kod>', '--dry-run']) expect(r.stdout).toContain(option);
	});

	test('one bad row among 500: the row on stderr, exit 1, nothing written', async () => {
		const r = await nara(
			['import', 'initiatives', corpus('bad-row-among-500.csv'), '--county', '17'],
			env()
		);
		expect(r.code).toBe(1);
		expect(r.stdout).toContain('Rader: 500 (499 giltiga, 1 med fel)');
		const lines = r.stderr
			.trim()
			.split('\n')
			.filter((l) => !l.startsWith('Importerar'));
		expect(lines).toEqual([
			'Rad 312, kolumn "Kommuner" ("Oslo"): "Oslo" är ingen kommun i Värmlands län. Skriv kommunens namn (t.ex. "Arvika") eller kommunkod (t.ex. 1784).',
			'nara: 1 fel i filen: ingenting har lästs in. Rätta raderna ovan och försök igen.'
		]);
		expect(await count('Korpusinsats')).toEqual({ initiatives: 0, audits: 0 });
	});

	test('--dry-run shows the preview and writes nothing; without it all 500 are written', async () => {
		const dry = await nara(
			['import', 'initiatives', corpus('good-500.csv'), '--county', '17', '--dry-run'],
			env()
		);
		expect(dry.code, dry.stderr).toBe(0);
		expect(dry.stdout).toContain('good-500.csv: CSV, UTF-8, komma mellan kolumnerna');
		expect(dry.stdout).toContain(
			'  rad 2: Korpusinsats 001: Digitala vårdmöten i Karlstad (Karlstads kommun)'
		);
		expect(dry.stdout.trim().split('\n').at(-1)).toBe(
			'Provkörning (--dry-run): ingenting har skrivits. Kör utan --dry-run för att läsa in.'
		);
		expect((await count('Korpusinsats')).initiatives).toBe(0);

		const r = await nara(
			['import', 'initiatives', corpus('good-500.csv'), '--county', '17'],
			env()
		);
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^Läste in 500 insatser \(id \d+–\d+\)\.$/);
		// the progress goes to stderr: one line per step when it is not a terminal
		expect(r.stderr).toContain('Importerar: Skriver (500/500)');
		expect(await count('Korpusinsats')).toEqual({ initiatives: 500, audits: 1 });
	});

	test('a file from Swedish Excel (Windows-1252, semicolons, decimal commas)', async () => {
		const r = await nara(
			['import', 'initiatives', corpus('swedish-excel.csv'), '--county', '17'],
			env()
		);
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout).toContain(
			'swedish-excel.csv: CSV, Windows-1252 (ANSI), semikolon mellan kolumnerna, decimalkomma'
		);
		expect((await count('Excelinsats')).initiatives).toBe(3);
	});

	test.each([
		[
			'a missing --county',
			['import', 'initiatives', 'x.csv'],
			2,
			"error: required option '--county <kod>' not specified"
		],
		[
			'a county code that is not two digits',
			['import', 'initiatives', 'x.csv', '--county', 'Värmland'],
			2,
			'nara: Länskoden "Värmland" är ogiltig: ange två siffror, t.ex. 17 för Värmlands län.'
		],
		[
			'a file that does not exist',
			['import', 'initiatives', 'finns-inte.csv', '--county', '17'],
			1,
			'nara: Filen "finns-inte.csv" finns inte.'
		],
		[
			'a county that does not exist',
			['import', 'initiatives', corpus('utf8.csv'), '--county', '99'],
			1,
			'nara: Länet "99" finns inte. Ange länets kod med två siffror, t.ex. 17 för Värmlands län.'
		]
	])('%s: the message, and the exit code', async (_name, args, code, message) => {
		const r = await nara(args, env());
		expect(r.code).toBe(code);
		const lines = r.stderr.trim().split('\n');
		expect(lines[0]).toBe(message);
		// commander adds where to find help to its own usage errors; ours are one line
		expect(lines).toHaveLength(message.startsWith('nara:') ? 1 : 2);
	});
});
