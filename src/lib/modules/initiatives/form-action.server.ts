import { error, fail } from '@sveltejs/kit';
import { formErrors, formValuesFromEntries, type InitiativeFormValues } from './domain/form.ts';
import type { Outcome } from '../../core/outcome.ts';
import { checkedFormData } from '../../platform/forms.ts';

/**
 * The form actions of the initiative pages: the submitted form as the
 * service's input, and a refusal as what the form shows again. (formValues
 * keeps one value per name; checkbox groups send many.)
 */

export async function initiativeForm(
	request: Request
): Promise<{ values: InitiativeFormValues; revision: string }> {
	const data = await checkedFormData(request);
	const entries: [string, string][] = [];
	for (const [key, value] of data) if (typeof value === 'string') entries.push([key, value]);
	return {
		values: formValuesFromEntries(entries),
		revision: typeof data.get('revision') === 'string' ? (data.get('revision') as string) : ''
	};
}

/**
 * invalid → 400 with the errors on the form's fields and the values as
 * read (empty rows dropped, so the errors' row numbers match the rows
 * shown); conflict → 409 with the initiative as it is now; forbidden and
 * not found → the error page, as every form action does.
 */
export function initiativeFailure(
	outcome: Exclude<Outcome<unknown>, { kind: 'ok' }>,
	values: InitiativeFormValues,
	revision = ''
) {
	switch (outcome.kind) {
		case 'invalid':
			return fail(400, {
				message: outcome.message,
				fields: formErrors(outcome.fields),
				values,
				revision,
				current: undefined
			});
		case 'conflict':
			return fail(409, {
				message: outcome.message,
				fields: {} as Record<string, string[]>,
				values,
				revision,
				current: outcome.current
			});
		case 'too_many':
			return fail(429, {
				message: outcome.message,
				fields: {} as Record<string, string[]>,
				values,
				revision,
				current: undefined
			});
		case 'forbidden':
			error(403, outcome.message);
		// falls through: error() throws
		case 'not_found':
			error(404, outcome.message);
	}
}
