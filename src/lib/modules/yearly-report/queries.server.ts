import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/client.ts';
import type { Section } from './domain/sections.ts';
import { reportNarratives, reportNarrativeVersions } from './tables.ts';

/** The SQL of the yearly report's narratives, and nowhere else. */

export type NarrativeRow = typeof reportNarratives.$inferSelect;

/** The county's narratives of a year, each with who saved its latest version. */
export async function narrativesOf(db: Db | Tx, countyCode: string, year: number) {
	return db
		.select({
			section: reportNarratives.section,
			text: reportNarratives.text,
			revision: reportNarratives.revision,
			savedAt: reportNarrativeVersions.savedAt,
			savedBy: reportNarrativeVersions.savedByLabel
		})
		.from(reportNarratives)
		.leftJoin(
			reportNarrativeVersions,
			and(
				eq(reportNarrativeVersions.narrativeId, reportNarratives.id),
				eq(reportNarrativeVersions.version, reportNarratives.revision)
			)
		)
		.where(and(eq(reportNarratives.countyCode, countyCode), eq(reportNarratives.year, year)));
}

export async function narrativeOf(db: Db | Tx, countyCode: string, year: number, section: Section) {
	const [row] = await db
		.select()
		.from(reportNarratives)
		.where(
			and(
				eq(reportNarratives.countyCode, countyCode),
				eq(reportNarratives.year, year),
				eq(reportNarratives.section, section)
			)
		);
	return row;
}

/**
 * The narrative's row, made (empty, revision 0) if it is not there yet, so
 * the first save goes through the same revision check as every other.
 */
export async function ensureNarrative(tx: Tx, countyCode: string, year: number, section: Section) {
	await tx
		.insert(reportNarratives)
		.values({ countyCode, year, section })
		.onConflictDoNothing({
			target: [reportNarratives.countyCode, reportNarratives.year, reportNarratives.section]
		});
	return (await narrativeOf(tx, countyCode, year, section))!;
}

export async function addVersion(
	tx: Tx,
	v: {
		narrativeId: number;
		version: number;
		text: string;
		savedBy: number | null;
		savedByLabel: string;
	}
) {
	await tx.insert(reportNarrativeVersions).values(v);
}

/** Every saved version of a narrative, newest first. */
export async function versionsOf(db: Db | Tx, narrativeId: number) {
	return db
		.select({
			version: reportNarrativeVersions.version,
			text: reportNarrativeVersions.text,
			savedBy: reportNarrativeVersions.savedByLabel,
			savedAt: sql<string>`to_char(${reportNarrativeVersions.savedAt} at time zone 'Europe/Stockholm', 'YYYY-MM-DD HH24:MI')`
		})
		.from(reportNarrativeVersions)
		.where(eq(reportNarrativeVersions.narrativeId, narrativeId))
		.orderBy(desc(reportNarrativeVersions.version));
}
