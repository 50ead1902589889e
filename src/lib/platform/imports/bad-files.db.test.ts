import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { corpus, type BadFile } from '../../../../tests/imports/bad/corpus.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { castForFile } from '../../../../tests/kit/cast.ts';
import { systemActor } from '../../core/actor.ts';
import { importJobs } from '../db/tables.ts';
import { importMeasurements } from '../../modules/followup/server/import.ts';
import {
	importInitiatives,
	stageInitiativeImport,
	stagedInitiativeImport
} from '../../modules/initiatives/import.server.ts';
import type { ImportError } from './core.ts';
import { formatErrors } from './report.ts';

/**
 * The corpus of real-world bad files (tests/imports/bad/corpus.ts) through
 * the real imports and a real database: each file is imported right, or
 * refused with a Swedish message that names the row and column, and a
 * refused file writes nothing (the counts are the same before and after).
 */

const database = databaseForFile();
const { coordinator } = castForFile(database, 'coordinator');
const system = systemActor('nara import');

async function counts() {
	const [r] = await database.db.execute<{
		initiatives: number;
		measurements: number;
		audit: number;
	}>(
		sql`select (select count(*)::int from initiatives) initiatives,
			(select count(*)::int from measurements) measurements,
			(select count(*)::int from audit_log) audit`
	);
	return r!;
}

/** Runs a file through its import for real (not a dry run). */
async function run(c: BadFile, bytes: Uint8Array) {
	const file = { name: c.name, bytes };
	const outcome =
		c.import === 'initiatives'
			? await importInitiatives(database.db, coordinator.actor, '17', file)
			: await importMeasurements(database.db, system, file);
	if (outcome.kind === 'invalid')
		return {
			status: 'invalid' as const,
			errors: Object.values(outcome.fields)
				.flat()
				.map((message): ImportError => ({ row: 0, column: '', value: '', message })),
			moreErrors: 0,
			written: 0
		};
	if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
	const r = outcome.value;
	const written =
		r.status !== 'done' ? 0 : 'created' in r.result ? r.result.created : r.result.rows;
	return {
		status: r.status,
		errors: r.preview.errors,
		moreErrors: r.preview.moreErrors,
		written,
		preview: r.preview
	};
}

/** What rkolada-export.csv wrote for Karlstad (municipality_id 1780), N20402, 2022. */
async function rkoladaValue() {
	const [r] = await database.db.execute<{ value: number }>(
		sql`select m.value from measurements m join indicators i on i.id = m.indicator_id
		where i.kolada_id = 'N20402' and m.area_id = '1780' and m.period = 2022 and m.gender = 'T'`
	);
	return r?.value;
}

const SWEDISH = /[åäöÅÄÖ]|\b(och|inte|är|filen|raden|cellen|kolumn)\b/i;

describe('every bad file is imported right or refused, and a refused one writes nothing', () => {
	test.each(corpus.filter((c) => !c.benchOnly).map((c) => [c.name, c] as const))(
		'%s',
		async (_, c) => {
			const bytes = await c.make();
			const before = await counts();
			const r = await run(c, bytes);
			const after = await counts();
			if ('imported' in c.expect) {
				expect(r.errors).toEqual([]);
				expect(r.status).toBe('done');
				expect(r.written).toBe(c.expect.imported);
				if (c.import === 'initiatives')
					expect(after.initiatives - before.initiatives).toBe(c.expect.imported);
				else expect(await rkoladaValue()).toBe(6200.25);
				return;
			}
			expect(r.status).toBe('invalid');
			expect(after).toEqual(before);
			expect(r.errors.length).toBeGreaterThan(0);
			for (const e of r.errors) expect(e.message).toMatch(SWEDISH);
			const expected = c.expect;
			const hit = r.errors.find((e) => e.message.includes(expected.refused));
			expect(hit, JSON.stringify(r.errors.slice(0, 3))).toBeDefined();
			if (expected.row !== undefined) expect(hit!.row).toBe(expected.row);
			if (expected.column !== undefined) expect(hit!.column).toBe(expected.column);
			if (expected.moreErrors) {
				expect(r.errors).toHaveLength(1_000);
				expect(r.moreErrors).toBeGreaterThan(0);
				const lines = formatErrors(r.preview!);
				expect(lines).toHaveLength(101);
				expect(lines[100]).toMatch(/^… och [\d\s\u00a0]+ fel till, som inte visas\./);
			}
		},
		120_000
	);

	test('a stray byte names its row and column, and the rest of the file stays UTF-8', async () => {
		const c = corpus.find((f) => f.name === 'utf8-stray-cp1252-byte.csv')!;
		const r = await run(c, await c.make());
		expect(r.errors).toEqual([
			{
				row: 3,
				column: 'Beskrivning',
				value: 'Tr\uFFFDngbodd – påhittad.',
				message:
					'Cellen har ett tecken som inte är UTF-8 (byten 0xE5, "å" i Windows-1252), fast resten av filen är UTF-8. Skriv om tecknet och spara filen som "CSV UTF-8".'
			}
		]);
		// row 2 was read as UTF-8: Årjäng, not Ã…rjÃ¤ng
		expect(r.preview!.sample[0]!.value).toMatchObject({ municipalities: ['Årjängs kommun'] });
	});
});

describe('a staged upload is read once', () => {
	test('a zip bomb is refused at the upload; its preview is kept and the file is not', async () => {
		const bomb = corpus.find((f) => f.name === 'zip-bomb.xlsx')!;
		const staged = await stageInitiativeImport(database.db, coordinator.actor, '17', {
			name: bomb.name,
			bytes: await bomb.make()
		});
		if (staged.kind !== 'ok') throw new Error(JSON.stringify(staged));
		const [row] = await database.db
			.select()
			.from(importJobs)
			.where(eq(importJobs.id, staged.value.id));
		// nothing left to parse again: the preview page shows what was kept
		expect(row!.params).not.toHaveProperty('data');
		const page = await stagedInitiativeImport(
			database.db,
			coordinator.actor,
			'17',
			staged.value.id
		);
		if (page.kind !== 'ok') throw new Error('not ok');
		expect(page.value.run?.status).toBe('invalid');
		expect(page.value.run?.preview.errors[0]!.message).toContain(
			'Arbetsboken packas upp till mer än 50 MB'
		);
	});
});
