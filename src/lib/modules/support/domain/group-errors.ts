/**
 * A checkbox group's messages under the group's own name ("prerequisites",
 * not "prerequisites.0"), so the form shows them at the group and the error
 * summary links to it. Pure.
 */
export function groupErrors(fields: Record<string, string[]>): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [field, messages] of Object.entries(fields)) {
		const name = field.split('.')[0]!;
		out[name] = [...new Set([...(out[name] ?? []), ...messages])];
	}
	return out;
}
