import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { grantRoleByEmail } from '#lib/modules/accounts/server/account.ts';
import { PASSWORD_LINK_DAYS } from '#lib/modules/accounts/server/service.ts';
import {
	createUser,
	listUsers,
	newPasswordLink,
	NewUserInput,
	revokeRole,
	type UserSummary
} from '#lib/modules/accounts/server/users.ts';
import { formFailure, formValues } from '#lib/platform/forms.ts';
import { unwrap } from '#lib/platform/http.ts';
import { formId } from '#lib/platform/ids.ts';
import { roleName } from '#lib/modules/accounts/ui/people.ts';
import { pageCounty, requireUser } from '#lib/platform/request.ts';
import * as groupsReads from '#lib/modules/groups/read.server.ts';

/** People and roles of the county: only for its administrators (listUsers and the rest check). */

async function countyCode(event: Pick<RequestEvent, 'locals' | 'params'>): Promise<string> {
	return (await pageCounty(event.locals)).code;
}

/** What every action here reads first: the administrator (or sign-in), the county, the form. */
async function signedInForm(event: RequestEvent) {
	const actor = requireUser(event.locals, event.url);
	const code = await countyCode(event);
	return { actor, code, values: await formValues(event.request) };
}

/** The people of the county, for the messages that name a person. */
async function people(event: RequestEvent, code: string): Promise<UserSummary[]> {
	return unwrap(await listUsers(event.locals.db, event.locals.actor, code));
}

const passwordUrl = (url: URL, token: string) => `${url.origin}/konto/losenord/${token}`;

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireUser(locals, url);
	const county = await pageCounty(locals);
	const users = unwrap(await listUsers(locals.db, actor, county.code));
	const { organisations } = unwrap(await groupsReads.organisations(locals.db, actor, county.code));
	// the confirm step of taking a role away: ?ta-bort=<role assignment id>
	const removing = formId(url.searchParams.get('ta-bort') ?? undefined);
	const confirm =
		users
			.flatMap((u) => u.roles.map((r) => ({ user: u, role: r })))
			.find((x) => x.role.id === removing) ?? null;
	// "Ge en roll" in a person's row fills in the form below with their e-mail: ?person=<id>
	const chosen = users.find((u) => u.id === formId(url.searchParams.get('person') ?? undefined));
	return {
		users,
		organisations: organisations
			.map((o) => ({ id: o.id, name: o.name }))
			.sort((a, b) => a.name.localeCompare(b.name, 'sv')),
		confirm: confirm && {
			assignmentId: confirm.role.id,
			name: confirm.user.name,
			email: confirm.user.email,
			role: confirm.role.role,
			organisationName: confirm.role.organisationName
		},
		grantEmail: chosen?.email ?? '',
		linkDays: PASSWORD_LINK_DAYS
	};
};

export const actions: Actions = {
	create: async (event) => {
		const { locals, url } = event;
		const { actor, code, values } = await signedInForm(event);
		const input = {
			email: values.email ?? '',
			name: values.name ?? '',
			role: values.role ?? '',
			organisationId: values.organisationId ?? ''
		};
		const outcome = await createUser(locals.db, actor, code, {
			...input,
			organisationId: input.organisationId || undefined
		});
		if (outcome.kind !== 'ok') return formFailure(outcome, input);
		const created = NewUserInput.parse({ ...input, organisationId: undefined });
		return {
			link: {
				reason: 'created' as const,
				name: created.name,
				email: created.email,
				url: passwordUrl(url, outcome.value.passwordToken)
			}
		};
	},
	grant: async (event) => {
		const { locals } = event;
		const { actor, code, values } = await signedInForm(event);
		const input = {
			grantEmail: values.grantEmail ?? '',
			grantRole: values.grantRole ?? '',
			grantOrganisationId: values.grantOrganisationId ?? ''
		};
		const outcome = await grantRoleByEmail(locals.db, actor, code, {
			email: input.grantEmail,
			role: input.grantRole,
			organisationId: input.grantOrganisationId || undefined
		});
		if (outcome.kind === 'invalid') {
			// the grant form's fields have names of their own (the add form has email, role …)
			const rename: Record<string, string> = {
				email: 'grantEmail',
				role: 'grantRole',
				organisationId: 'grantOrganisationId'
			};
			const fields = Object.fromEntries(
				Object.entries(outcome.fields).map(([k, v]) => [rename[k] ?? k, v])
			);
			return formFailure({ ...outcome, fields }, input);
		}
		if (outcome.kind !== 'ok') return formFailure(outcome, input);
		const role = roleName[input.grantRole as keyof typeof roleName];
		return { done: `${outcome.value.name} har fått rollen ${role}.` };
	},
	revoke: async (event) => {
		const { locals } = event;
		const { actor, code, values } = await signedInForm(event);
		const id = formId(values.assignmentId);
		const before = (await people(event, code)).find((u) => u.roles.some((r) => r.id === id));
		const outcome = await revokeRole(locals.db, actor, code, id);
		if (outcome.kind === 'invalid') {
			// point the error summary at the role in the table
			const messages = Object.values(outcome.fields).flat();
			return formFailure({ ...outcome, fields: { [`roll-${id}`]: messages } }, {});
		}
		if (outcome.kind !== 'ok') return formFailure(outcome, {});
		const role = before!.roles.find((r) => r.id === id)!;
		const left = before!.roles.length - 1;
		return {
			done:
				`Rollen ${roleName[role.role]} är borttagen för ${before!.name}.` +
				(left ? '' : ' Hen har inte längre någon roll i länet.')
		};
	},
	link: async (event) => {
		const { locals, url } = event;
		const { actor, code, values } = await signedInForm(event);
		const id = formId(values.userId);
		const outcome = await newPasswordLink(locals.db, actor, code, id);
		if (outcome.kind !== 'ok') return formFailure(outcome, {});
		const person = (await people(event, code)).find((u) => u.id === id)!;
		return {
			link: {
				reason: 'new' as const,
				name: person.name,
				email: person.email,
				url: passwordUrl(url, outcome.value.passwordToken)
			}
		};
	}
};
