import type { Actor } from '../../core/actor.ts';
import { actorUserId } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, ok, type Outcome } from '../../core/outcome.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { updateAudited, type Edited } from '../../platform/editing.ts';
import { withCounty } from '../counties/index.server.ts';
import { canWriteNarrative } from './domain/permissions.ts';
import { SECTION_TITLES, type Section } from './domain/sections.ts';
import * as q from './queries.server.ts';
import { NarrativeInput, ReportYear, SectionKey } from './schema.ts';
import { reportNarratives } from './tables.ts';

/**
 * Writing the narrative beside a section of the yearly report: the county's
 * coordinators and administrators save it; each save is a new version (kept
 * with who saved it), is audited in its transaction, and a save based on an
 * older version is a conflict that writes nothing.
 */

export interface NarrativeView {
	/** null until the first save */
	id: number | null;
	countyCode: string;
	year: number;
	section: Section;
	title: string;
	text: string;
	revision: number;
	versions: Awaited<ReturnType<typeof q.versionsOf>>;
}

const NOT_SAVED = 'Berättelsen kunde inte sparas.';

const fields = (row: q.NarrativeRow) => ({
	year: row.year,
	section: row.section,
	narrative: row.text
});

async function view(db: Db | Tx, row: q.NarrativeRow): Promise<NarrativeView> {
	return {
		id: row.id,
		countyCode: row.countyCode,
		year: row.year,
		section: row.section,
		title: SECTION_TITLES[row.section],
		text: row.text,
		revision: row.revision,
		versions: await q.versionsOf(db, row.id)
	};
}

const NARRATIVE = {
	table: reportNarratives,
	entityType: 'yearly_report_narrative',
	fields,
	editable: (row: q.NarrativeRow, tx: Tx) => view(tx, row),
	current: (row: q.NarrativeRow) => ({ text: row.text, revision: row.revision }),
	notFound: () => invalid<never>(NOT_SAVED, {}),
	conflict:
		'Någon annan har sparat en ny version av berättelsen medan du skrev. Ingenting har skrivits över.'
} satisfies Edited<q.NarrativeRow, NarrativeView>;

/** The year and the section named by a form or the API, or what is wrong with them. */
function where(year: unknown, section: unknown): Outcome<{ year: number; section: Section }> {
	const y = ReportYear.safeParse(year);
	const s = SectionKey.safeParse(section);
	if (y.success && s.success) return ok({ year: y.data, section: s.data });
	return invalid(NOT_SAVED, {
		...(y.success ? {} : { year: [y.error.issues[0]!.message] }),
		...(s.success ? {} : { section: [s.error.issues[0]!.message] })
	});
}

/** A section's narrative for its edit form, with every saved version. */
export function narrativeForEdit(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	year: unknown,
	section: unknown
): Promise<Outcome<NarrativeView>> {
	return withCounty(db, codeOrSlug, async (c) => {
		if (!canWriteNarrative(actor, c.code)) return forbidden();
		const w = where(year, section);
		if (w.kind !== 'ok') return w;
		const row = await q.narrativeOf(db, c.code, w.value.year, w.value.section);
		if (row) return ok(await view(db, row));
		return ok({
			id: null,
			countyCode: c.code,
			...w.value,
			title: SECTION_TITLES[w.value.section],
			text: '',
			revision: 0,
			versions: []
		});
	});
}

/** Saves a new version of a section's narrative, on the version the writer started from. */
export function saveNarrative(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	year: unknown,
	section: unknown,
	raw: Record<string, unknown>
): Promise<Outcome<NarrativeView>> {
	return withCounty(db, codeOrSlug, async (c) => {
		if (!canWriteNarrative(actor, c.code)) return forbidden();
		const w = where(year, section);
		if (w.kind !== 'ok') return w;
		const parsed = NarrativeInput.safeParse(raw);
		if (!parsed.success) return invalid(NOT_SAVED, fieldErrors(parsed.error.issues));
		const { text, revision } = parsed.data;
		return db.transaction(async (tx): Promise<Outcome<NarrativeView>> => {
			const row = await q.ensureNarrative(tx, c.code, w.value.year, w.value.section);
			return updateAudited(
				tx,
				actor,
				NARRATIVE,
				{ id: row.id, countyCode: c.code, revision },
				{ text },
				(t) =>
					q.addVersion(t, {
						narrativeId: row.id,
						version: revision + 1,
						text,
						savedBy: actorUserId(actor),
						savedByLabel:
							actor.kind === 'user' ? actor.name : actor.kind === 'system' ? actor.label : 'anonym'
					})
			);
		});
	});
}
