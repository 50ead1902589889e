import type { Role } from '../../../core/actor.ts';

/** Words and formats for people, roles and keys, shared by the account and administration pages. */

/** The role as a noun in running text: "redaktör". */
export const roleName: Record<Role, string> = {
	admin: 'administratör',
	coordinator: 'samordnare',
	editor: 'redaktör',
	reader: 'läsare',
	moderator: 'moderator'
};

/** The role as a label on its own (a select, a table cell): "Redaktör". */
export const roleLabel: Record<Role, string> = {
	admin: 'Administratör',
	coordinator: 'Samordnare',
	editor: 'Redaktör',
	reader: 'Läsare',
	moderator: 'Moderator'
};

/** What each role may do, in one line. */
export const roleDescription: Record<Role, string> = {
	admin: 'allt i länet, också personer, roller och loggen',
	coordinator: 'länets gemensamma innehåll: målbild, färdplan, organ, beslut och tidslinje',
	editor: 'sin organisations innehåll, t.ex. dess beslut',
	reader: 'läsa det som är internt',
	moderator: 'granska invånarnas berättelser och svar innan de publiceras'
};

export const roles: Role[] = ['admin', 'coordinator', 'editor', 'moderator', 'reader'];

const dateTime = new Intl.DateTimeFormat('sv-SE', {
	dateStyle: 'long',
	timeStyle: 'short',
	timeZone: 'Europe/Stockholm'
});

/** "12 mars 2025 kl. 14:05", Swedish time. */
export function formatDateTime(value: Date | string): string {
	return dateTime.format(typeof value === 'string' ? new Date(value) : value);
}
