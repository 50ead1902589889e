import { Visibility, isCalendarDate, optionalText, requiredId, text } from '../../core/fields.ts';
import { z } from '../../core/zod.ts';
import { ContentVisibility } from '../counties/index.ts';
import { ACTION_ORIGINS, ACTION_STATUSES } from './domain/vocabulary.ts';

/** A day written as ÅÅÅÅ-MM-DD that is in the calendar, with `what` in the message. */
export const day = (what: string) =>
	z
		.string({ error: `Skriv ${what} som ÅÅÅÅ-MM-DD, t.ex. 2024-05-14.` })
		.trim()
		.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), {
			error: `Skriv ${what} som ÅÅÅÅ-MM-DD, t.ex. 2024-05-14.`,
			abort: true
		})
		.refine((v) => isCalendarDate(v) && v >= '1900-01-01' && v <= '2100-12-31', {
			error: 'Datumet finns inte i kalendern (eller ligger före år 1900 eller efter 2100).'
		})
		.openapi({ description: 'ÅÅÅÅ-MM-DD' });

export const ActionStatus = z.enum(ACTION_STATUSES, { error: 'Välj en status i listan.' });

/** The owner of an action and when it is due: what a meeting's agenda item asks too. */
export const ActionOwner = z.object({
	ownerOrganisationId: requiredId('Välj organisationen som äger åtgärden.').openapi({
		description: 'organisationen i länet som äger åtgärden'
	}),
	ownerUserId: requiredId('Välj personen som ansvarar för åtgärden.').openapi({
		description: 'personen (en användare med roll i länet) som ansvarar'
	}),
	dueOn: day('sista dag')
});

export const ActionInput = ActionOwner.extend({
	title: text('vad som ska göras', 300),
	description: optionalText('beskrivningen', 5000),
	visibility: Visibility.default('internal')
}).openapi('ActionInput');
export type ActionInput = z.infer<typeof ActionInput>;

/** What the owner (or a coordinator) reports: the status and what was done. */
export const ActionProgress = z
	.object({
		status: ActionStatus,
		outcome: optionalText('vad som gjorts', 5000),
		revision: z.coerce
			.number({ error: 'Formuläret saknar versionsnummer. Ladda om sidan och försök igen.' })
			.int()
			.positive()
	})
	.openapi('ActionProgress');

export const Action = z
	.object({
		id: z.number().int(),
		revision: z.number().int(),
		title: z.string(),
		description: z.string(),
		owner: z.object({
			organisation: z.object({ id: z.number().int(), name: z.string() }),
			user: z.object({ id: z.number().int(), name: z.string() })
		}),
		dueOn: z.iso.date(),
		status: ActionStatus,
		outcome: z.string().openapi({ description: 'vad som gjorts' }),
		origin: z.enum(ACTION_ORIGINS),
		originId: z.number().int().nullable(),
		visibility: ContentVisibility
	})
	.openapi('Action');
export type Action = z.infer<typeof Action>;

/** The board's filters, from the address's query. */
export const ActionFilter = z.object({
	status: z.enum([...ACTION_STATUSES, 'open_any', '']).catch(''),
	organisation: z.coerce.number().int().positive().optional().catch(undefined),
	overdue: z
		.enum(['1', ''])
		.catch('')
		.transform((v) => v === '1')
});
export type ActionFilter = z.infer<typeof ActionFilter>;

/** An action as a write answers it: with the revision the next report is based on. */
export const SavedAction = z
	.object({
		id: z.number().int(),
		revision: z.number().int(),
		title: z.string(),
		ownerOrganisationId: z.number().int(),
		ownerUserId: z.number().int(),
		dueOn: z.iso.date(),
		status: ActionStatus,
		outcome: z.string(),
		origin: z.enum(ACTION_ORIGINS),
		originId: z.number().int().nullable(),
		visibility: ContentVisibility
	})
	.openapi('SavedAction');

/** The board as the API answers it. */
export const ActionBoard = z
	.object({
		actions: z.array(
			Action.extend({
				due: z
					.enum(['overdue', 'due_soon', 'later', 'closed'])
					.openapi({ description: 'försenad, inom en vecka, senare, eller stängd' })
			})
		),
		today: z.iso.date(),
		counts: z.object({ open: z.number().int(), overdue: z.number().int() })
	})
	.openapi('ActionBoard');
