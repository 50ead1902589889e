import { and, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { varmlandQuotes } from '../../../../seed/stories/varmland.ts';
import { seedDatabase } from '../../app/seed/seed.ts';
import { firstStatement } from './fixture.ts';
import * as reads from './read.server.ts';
import { stories } from './tables.ts';

/**
 * The quotes of Värmland's roadmap (001) as seeded: published stories with
 * their source file and the consent basis "quoted in a published source",
 * tagged to the statements and shifts they speak to, under those statements
 * on the vision page; a second seed adds none.
 */

const database = databaseForFile();

describe('the quotes of the source documents as stories', () => {
	test('each is published with its source, its consent basis and its tags', async () => {
		const rows = await database.db
			.select()
			.from(stories)
			.where(and(eq(stories.countyCode, '17'), isNotNull(stories.seedKey)));
		expect(rows).toHaveLength(varmlandQuotes.length);
		expect(rows.map((r) => r.sourceQuote).sort()).toEqual(
			varmlandQuotes.map((q) => q.printedAs).sort()
		);
		for (const r of rows)
			expect(r).toMatchObject({
				status: 'published',
				consentBasis: 'published_source',
				consentPublish: true,
				consentQuote: true,
				withdrawalHash: null,
				source: '001_ae9703054a45fcdc.txt',
				careKind: 'other'
			});
		const listed = await reads.publishedStories(database.db, '17', { q: 'samma person' });
		if (listed.kind !== 'ok') throw new Error(JSON.stringify(listed));
		const story = listed.value.stories.find(
			(s) => s.title === 'Jag träffade 30 personer under två år'
		);
		expect(story).toMatchObject({
			authorKind: 'citizen',
			source: '001_ae9703054a45fcdc.txt',
			statements: [{ name: 'Jag har ett kontinuerligt, personligt och tillitsfullt stöd' }],
			shifts: ['person']
		});
		expect(story!.whatHappened).toContain('en 15-åring kommer inte lita på 30 nya personer');
	});

	test('they stand under their statements on the vision page', async () => {
		const statement = await firstStatement(database.db);
		const byStatement = await reads.storiesByStatement(database.db, '17', [statement.id]);
		const names = (byStatement.get(statement.id) ?? []).map((s) => s.name);
		expect(statement.title).toBe('Jag är en viktig och delaktig medskapare');
		expect(names).toContain('Helt andra svar än vi förväntat oss');
	});

	test('a second seed adds none, and keeps what a moderator changed', async () => {
		await database.db
			.update(stories)
			.set({ title: 'Omdöpt citat' })
			.where(eq(stories.seedKey, 'story:17:Vi behöver börja redan med barnen'));
		const again = await seedDatabase(database.db);
		expect(again.inserted.stories ?? 0).toBe(0);
		const [row] = await database.db
			.select({ title: stories.title })
			.from(stories)
			.where(eq(stories.seedKey, 'story:17:Vi behöver börja redan med barnen'));
		expect(row!.title).toBe('Omdöpt citat');
	});
});
