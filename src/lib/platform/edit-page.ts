import { error, redirect } from '@sveltejs/kit';
import type { Actor } from '../core/actor.ts';
import { nestFormValues } from '../core/form-data.ts';
import { canEditCountyContent } from '../core/permissions.ts';
import type { Outcome } from '../core/outcome.ts';
import type { Db } from './db/client.ts';
import { formFailure, formValues, formValuesWithLists } from './forms.ts';
import { unwrap } from './http.ts';
import { formId } from './ids.ts';
import { pageCounty, requireUser } from './request.ts';

/**
 * The server half of an edit page (ui/EditPage.svelte) and of a new-item
 * page, written once. A module gives its read, save, create and archive use
 * cases; these give the page's `load` and its form actions:
 *
 *   export const load = editLoad(getGroup, (group) => ({ group }));
 *   export const actions = {
 *     save: formAction(updateGroup, (county, g) => `/lan/${county.slug}/organisation#group-${g.id}`),
 *     archive: formAction(archiveGroup, (county) => `/lan/${county.slug}/organisation`)
 *   };
 *
 * A use case is called with the page's scope: the database, the actor, the
 * county's code and, on a page under `[id=id]`, the item's id; then, for a
 * write, the form as the use case's input. Every refusal goes back to the
 * form (formFailure: invalid, conflict, too_many) or to the error page
 * (forbidden, not_found); an `ok` redirects (303), so the forms work without
 * JavaScript.
 */

/** What a load or an action receives of SvelteKit's event. */
export interface PageEvent {
	locals: App.Locals;
	params: Partial<Record<string, string>>;
	url: URL;
	request: Request;
}

/** The database, the actor and the county's code: the first arguments of every use case. */
export type CountyScope = [db: Db, actor: Actor, countyCode: string];
/** …and the id of the item, on a page under `[id=id]`. */
export type ItemScope = [...CountyScope, id: number];
type Scope = CountyScope | ItemScope;

/** The page's county and scope, for loads that need more than the item. */
export interface At {
	county: App.County;
	db: Db;
	actor: Actor;
	url: URL;
}

type Refusal = Exclude<Outcome<unknown>, { kind: 'ok' }>;

/** How a form is read, turned into a use case's input, and shown again after a refusal. */
export interface FormCodec<Sent, Failure> {
	read: (request: Request) => Promise<Sent>;
	input: (sent: Sent) => Record<string, unknown>;
	failure: (outcome: Refusal, sent: Sent) => Failure;
}

type PlainFailure = ReturnType<typeof formFailure>;

/** A form of plain fields (the last value of each name), given to the use case as it is. */
export const plainForm: FormCodec<Record<string, string>, PlainFailure> = {
	read: formValues,
	input: (values) => values,
	failure: formFailure
};

/**
 * A form with dotted names ("items.3.title") and checkbox groups (`lists`,
 * joined by commas), given to the use case nested as the API sends it.
 */
export function nestedForm(
	lists: readonly string[] = []
): FormCodec<Record<string, string>, PlainFailure> {
	return {
		read: (request) => formValuesWithLists(request, lists),
		input: nestFormValues,
		failure: formFailure
	};
}

async function scopeOf(event: PageEvent): Promise<{ at: At; scope: Scope }> {
	const county = await pageCounty(event.locals);
	const { db, actor } = event.locals;
	const base: CountyScope = [db, actor, county.code];
	return {
		at: { county, db, actor, url: event.url },
		scope: event.params.id === undefined ? base : [...base, formId(event.params.id)]
	};
}

/**
 * The load of a page with a form: the county (404 when there is none), a
 * signed-in person (else to sign-in), then what `data` gives.
 */
export function formLoad<Data>(data: (at: At) => Data | Promise<Data>) {
	return async (event: PageEvent): Promise<Data> => {
		const { at } = await scopeOf(event);
		requireUser(event.locals, event.url);
		return data(at);
	};
}

/**
 * For formLoad, on pages only the county's coordinators and administrators
 * use: anyone else gets the 403 page. The page needs no data.
 */
export function countyEditor({ actor, county }: At): Record<never, never> {
	if (!canEditCountyContent(actor, county.code))
		error(403, 'Du har inte behörighet att göra det här.');
	return {};
}

/**
 * The load of an edit page: as formLoad, with the item read by `read`
 * (its refusal is the error page: 403, 404), shown as `data` makes it.
 */
export function editLoad<S extends Scope, Item, Data>(
	read: (...scope: S) => Promise<Outcome<Item>>,
	data: (item: Item, at: At) => Data | Promise<Data>
) {
	return async (event: PageEvent): Promise<Data> => {
		const { at, scope } = await scopeOf(event);
		requireUser(event.locals, event.url);
		return data(unwrap(await read(...(scope as S))), at);
	};
}

/**
 * A form action: reads the form, calls `write` with the scope and the
 * input, and redirects to `to` when it went through; a refusal is shown on
 * the form again (or is the error page), as `form` says.
 */
export function formAction<
	S extends Scope,
	Value,
	Sent = Record<string, string>,
	Failure = PlainFailure
>(
	write: (...args: [...S, Record<string, unknown>]) => Promise<Outcome<Value>>,
	to: (county: App.County, value: Value) => string,
	form: FormCodec<Sent, Failure> = plainForm as unknown as FormCodec<Sent, Failure>
) {
	return async (event: PageEvent): Promise<Failure> => {
		const { at, scope } = await scopeOf(event);
		const sent = await form.read(event.request);
		const outcome = await write(
			...([...scope, form.input(sent)] as [...S, Record<string, unknown>])
		);
		if (outcome.kind !== 'ok') return form.failure(outcome, sent);
		redirect(303, to(at.county, outcome.value));
	};
}
