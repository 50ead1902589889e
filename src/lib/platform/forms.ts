import { error, fail } from '@sveltejs/kit';
import type { Outcome } from '../core/outcome.ts';
import { formFieldFault } from './text-guard.ts';

/**
 * For form actions: an outcome that is not ok becomes what the form shows.
 * invalid → 400 with the field errors and the values as sent (the form is
 * shown again with an error summary); conflict → 409 with the current item;
 * forbidden/not_found → the error page; too_many → 429 with the message.
 */
export function formFailure(
	outcome: Exclude<Outcome<unknown>, { kind: 'ok' }>,
	values: Record<string, string>
) {
	const none: Record<string, string[]> = {};
	switch (outcome.kind) {
		case 'invalid':
			return fail(400, {
				message: outcome.message,
				fields: outcome.fields,
				values,
				current: undefined
			});
		case 'conflict':
			return fail(409, {
				message: outcome.message,
				fields: none,
				values,
				current: outcome.current
			});
		case 'too_many':
			return fail(429, { message: outcome.message, fields: none, values, current: undefined });
		case 'forbidden':
			error(403, outcome.message);
		// falls through: error() throws
		case 'not_found':
			error(404, outcome.message);
	}
}

/**
 * The submitted form, every text field checked by the one text rule
 * (text-guard.ts): a field with NUL or another refused character is the
 * error page with 400 and a message saying which field. Every form decoder
 * reads the form through this.
 */
export async function checkedFormData(request: Request): Promise<FormData> {
	const data = await request.formData();
	for (const [key, value] of data) {
		const fault = formFieldFault(key, typeof value === 'string' ? value : value.name);
		if (fault) error(400, fault);
	}
	return data;
}

/** The fields of a submitted form as plain strings (the last value of each name). */
export async function formValues(request: Request): Promise<Record<string, string>> {
	const data = await checkedFormData(request);
	const values: Record<string, string> = {};
	for (const [key, value] of data) if (typeof value === 'string') values[key] = value;
	return values;
}

/**
 * The fields of a submitted form as plain strings, where each name in
 * `lists` (a group of checkboxes) is the checked values joined by commas
 * ("" when none is checked), as the list schemas read them.
 */
export async function formValuesWithLists(
	request: Request,
	lists: readonly string[]
): Promise<Record<string, string>> {
	const data = await checkedFormData(request);
	const values: Record<string, string> = {};
	for (const [key, value] of data)
		if (typeof value === 'string' && !lists.includes(key)) values[key] = value;
	for (const name of lists)
		values[name] = data
			.getAll(name)
			.filter((v): v is string => typeof v === 'string')
			.join(',');
	return values;
}
