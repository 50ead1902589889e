import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the accounts module's entries: people, their roles and API tokens. */
export const auditLabels: AuditLabels = {
	actions: {
		grant: 'gav roll',
		revoke: 'tog bort',
		sign_in: 'loggade in',
		sign_out: 'loggade ut',
		set_password: 'satte lösenord',
		change_password: 'bytte lösenord',
		sign_out_everywhere: 'loggade ut överallt',
		password_link: 'skapade lösenordslänk'
	},
	entityActions: { api_token: { revoke: 'återkallade' }, user: { revoke: 'tog bort roll' } },
	entities: { user: 'person', api_token: 'API-nyckel', role_assignment: 'roll' },
	fields: [
		{ after: 'source', labels: { email: 'e-post' } },
		{ after: 'name', labels: { role: 'roll' } },
		{
			after: 'link',
			labels: {
				password: 'lösenord',
				sessionsEnded: 'avslutade inloggningar',
				otherSessionsEnded: 'avslutade andra inloggningar'
			}
		}
	],
	values: {
		role: {
			admin: 'administratör',
			coordinator: 'samordnare',
			editor: 'redaktör',
			reader: 'läsare'
		}
	}
};
