import type { AuditLabels } from '../../../core/audit-labels.ts';

/**
 * How the audit log names things, put together from the modules: each module
 * declares the words for its own entries (its `domain/audit-labels.ts`), and
 * the audit module holds the words they share. Pure: no I/O.
 */

/** The labels, put together. */
export interface Labels {
	actions: Record<string, string>;
	entityActions: Record<string, Record<string, string>>;
	entities: Record<string, string>;
	/** every known field, in reading order */
	fields: Record<string, string>;
	values: Record<string, Record<string, string>>;
}

/** The words the modules share: the common actions, fields and values. */
export const SHARED = {
	actions: {
		create: 'skapade',
		update: 'ändrade',
		archive: 'arkiverade',
		publish: 'publicerade',
		import: 'läste in'
	},
	// the imports' record, shared by the follow-up and the inventory
	entities: { import_jobs: 'import' },
	fields: {
		title: 'rubrik',
		subtitle: 'underrubrik',
		intro: 'ingress',
		body: 'text',
		description: 'beskrivning',
		year: 'år',
		month: 'månad',
		day: 'dag',
		visibility: 'synlighet',
		archivedAt: 'arkiverad',
		revision: 'version',
		position: 'plats i ordningen',
		level: 'nivå',
		kind: 'slag',
		key: 'nyckel',
		goal: 'mål',
		status: 'status',
		goalAreas: 'målområden',
		source: 'källa',
		name: 'namn',
		organisationId: 'organisation (id)',
		initiativeId: 'insats (id)',
		link: 'länk'
	},
	values: { visibility: { public: 'offentlig', internal: 'intern' } }
} satisfies Omit<Labels, 'entityActions'>;

/**
 * The shared labels and the modules', in one set. A module's fields follow
 * the shared field they are placed after, in the order of `parts`; a field
 * placed after one that is not shared, or named twice, is an error.
 */
export function composeLabels(parts: AuditLabels[]): Labels {
	const known = new Set(Object.keys(SHARED.fields));
	for (const group of parts.flatMap((p) => p.fields ?? []))
		if (!known.has(group.after))
			throw new Error(`Fältet ${group.after} är inget gemensamt fält i granskningsloggen`);
	const fields = Object.entries(SHARED.fields).flatMap(([field, label]) => [
		[field, label],
		...parts.flatMap((p) =>
			(p.fields ?? []).filter((g) => g.after === field).flatMap((g) => Object.entries(g.labels))
		)
	]);
	const twice = fields.map(([f]) => f).filter((f, i, all) => all.indexOf(f) !== i);
	if (twice.length)
		throw new Error(`Fälten ${twice.join(', ')} har flera namn i granskningsloggen`);
	const merged = (pick: (p: AuditLabels) => Record<string, unknown> | undefined) =>
		Object.assign({}, ...parts.map(pick));
	return {
		actions: { ...SHARED.actions, ...merged((p) => p.actions) },
		entityActions: merged((p) => p.entityActions),
		entities: { ...SHARED.entities, ...merged((p) => p.entities) },
		fields: Object.fromEntries(fields),
		values: mergedValues([SHARED.values, ...parts.map((p) => p.values ?? {})])
	};
}

/**
 * Values are named per field; two modules may name values of the same field
 * (the statuses of processes and of stories), so their words are merged, not
 * replaced. A value named twice keeps the first module's word.
 */
function mergedValues(
	sets: Record<string, Record<string, string>>[]
): Record<string, Record<string, string>> {
	const out: Record<string, Record<string, string>> = {};
	for (const set of sets)
		for (const [field, words] of Object.entries(set)) out[field] = { ...words, ...out[field] };
	return out;
}
