/**
 * The shape in which a module names its own audit entries (its
 * `domain/audit-labels.ts`); the audit module puts them together with the
 * words the modules share (modules/audit/domain/labels.ts).
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
	 * placed after one of the shared fields (SHARED.fields in
	 * modules/audit/domain/labels.ts): that is where they come when a change
	 * is shown field by field.
	 */
	fields?: { after: string; labels: Record<string, string> }[];
	/** a field → its stored codes in words */
	values?: Record<string, Record<string, string>>;
}
