/**
 * How the audit log names things, put together from the modules: each module
 * declares the words for its own entries (its `domain/audit-labels.ts`), and
 * the audit module holds the words they share. Pure: no I/O.
 */

/** What one module says about its audit entries (every part optional). */
export interface AuditLabels {
	/** an action stored in the log → what the actor did */
	actions?: Record<string, string>;
	/** for one item type, an action that reads differently (e.g. revoking an API token) */
	entityActions?: Record<string, Record<string, string>>;
	/** an item type → the kind of item, lower case */
	entities?: Record<string, string>;
	/**
	 * The module's own fields, in the order people read them, each group
	 * placed after one of the shared fields (SHARED.fields): that is where
	 * they come when a change is shown field by field.
	 */
	fields?: { after: string; labels: Record<string, string> }[];
	/** a field → its stored codes in words */
	values?: Record<string, Record<string, string>>;
}

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
		values: { ...SHARED.values, ...merged((p) => p.values) }
	};
}
