import { and, desc, eq } from 'drizzle-orm';
import { varmlandQuotes, type SeedQuote } from '../../../../seed/stories/varmland.ts';
import type { Tx } from '../../platform/db/client.ts';
import { organisations } from '../counties/tables.ts';
import { visionItems, visions } from '../vision/tables.ts';
import { seedKey } from '../../app/seed/seed-keys.ts';
import * as t from './tables.ts';

/**
 * Seeding the quotes of the source documents as published stories (part of
 * `nara seed`, inside its one transaction, after the visions): each with its
 * source file, the consent basis "quoted in a published source", and tags
 * to the citizen statements and focus shifts it speaks to (seed/stories/).
 * Idempotent by the seed key: a story that is there, edited or not, is left
 * as it is, so what moderators have done since is kept.
 */

export interface StorySeedStep {
	label: string;
	run(tx: Tx): Promise<Record<string, number>>;
}

/** The consent text version a quote from a published source records. */
export const PUBLISHED_SOURCE_CONSENT = 'citerad i publicerad källa';

async function seedCounty(tx: Tx, countyCode: string, quotes: SeedQuote[]) {
	const counts = { stories: 0, story_statements: 0, story_shifts: 0 };
	const [region] = await tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(and(eq(organisations.countyCode, countyCode), eq(organisations.kind, 'region')));
	const [vision] = await tx
		.select({ id: visions.id })
		.from(visions)
		.where(eq(visions.countyCode, countyCode))
		.orderBy(desc(visions.version))
		.limit(1);
	if (!region || !vision) return counts;
	// published in Nära when seeded; the source's own date is its year (source_documents)
	const now = new Date();
	const statements = new Map(
		(
			await tx
				.select({ id: visionItems.id, title: visionItems.title })
				.from(visionItems)
				.where(and(eq(visionItems.visionId, vision.id), eq(visionItems.kind, 'citizen_statement')))
		).map((s) => [s.title, s.id])
	);
	for (const q of quotes) {
		const [row] = await tx
			.insert(t.stories)
			.values({
				seedKey: seedKey('story', countyCode, q.title),
				countyCode,
				municipalityId: region.id,
				careKind: 'other',
				ageBand: null,
				authorKind: q.authorKind,
				title: q.title,
				whatHappened: q.quote,
				whatMattered: null,
				consentPublish: true,
				consentQuote: true,
				consentOpenData: false,
				consentBasis: 'published_source',
				consentTextVersion: PUBLISHED_SOURCE_CONSENT,
				consentedAt: now,
				status: 'published',
				moderatedAt: now,
				publishedAt: now,
				source: q.source,
				sourceQuote: q.printedAs
			})
			.onConflictDoNothing({ target: t.stories.seedKey })
			.returning({ id: t.stories.id });
		if (!row) continue;
		counts.stories++;
		const ids = q.statements.map((title) => {
			const id = statements.get(title);
			if (id === undefined)
				throw new Error(`Seed: ingen medborgarutsaga "${title}" i ${countyCode}`);
			return id;
		});
		if (ids.length)
			counts.story_statements += (
				await tx
					.insert(t.storyStatements)
					.values(ids.map((visionItemId) => ({ storyId: row.id, visionItemId })))
					.returning()
			).length;
		if (q.shifts.length)
			counts.story_shifts += (
				await tx
					.insert(t.storyShifts)
					.values(q.shifts.map((shift) => ({ storyId: row.id, shift })))
					.returning()
			).length;
	}
	return counts;
}

export const storySeedSteps: StorySeedStep[] = [
	{
		label: 'Citat ur källdokumenten som berättelser',
		run: (tx) => seedCounty(tx, '17', varmlandQuotes)
	}
];
