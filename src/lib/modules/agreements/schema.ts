import {
	isCalendarDate,
	optionalInt,
	optionalText,
	text,
	Visibility,
	withRevision
} from '../../core/fields.ts';
import { z } from '../../core/zod.ts';
import { ContentVisibility } from '../counties/index.ts';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from './domain/review.ts';

/** The register of agreements and guidelines: the input and the answers. */

const optionalDate = (label: string) =>
	z.preprocess(
		(v) => (v === '' || v === null || v === undefined ? null : v),
		z
			.string()
			.trim()
			.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isCalendarDate(v), {
				error: `Skriv ${label} som ÅÅÅÅ-MM-DD, t.ex. 2025-06-30, eller lämna fältet tomt.`
			})
			.nullable()
	);

/** Ids from a checkbox group (joined by commas) or a JSON array. */
const ids = (message: string) =>
	z.preprocess(
		(v) =>
			v === undefined || v === null || v === ''
				? []
				: Array.isArray(v)
					? v
					: String(v).split(',').filter(Boolean),
		z
			.array(z.coerce.number({ error: message }).int({ error: message }).min(1).max(2147483647))
			.max(200)
	);

/** Names, one a line in a form, or a JSON array. */
const names = z.preprocess(
	(v) =>
		v === undefined || v === null || v === ''
			? []
			: Array.isArray(v)
				? v
				: String(v)
						.split('\n')
						.map((s) => s.trim())
						.filter(Boolean),
	z.array(z.string().max(200, { error: 'Ett namn får ha högst 200 tecken.' })).max(50)
);

export const AgreementInput = z
	.object({
		kind: z.enum(AGREEMENT_KINDS, {
			error: 'Välj om det är en överenskommelse eller en riktlinje.'
		}),
		title: text('en titel', 300),
		partyIds: ids('Välj parter bland länets organisationer.').openapi({
			description: 'parter: organisationer i länet (id)'
		}),
		otherParties: names.openapi({ description: 'parter som inte finns i Nära, en per rad' }),
		scope: optionalText('omfattningen', 5000),
		ownerGroupId: optionalInt('Välj ett organ i listan, eller inget.', 1, 2147483647).openapi({
			description: 'organet som äger överenskommelsen'
		}),
		validFrom: optionalDate('giltig från'),
		validTo: optionalDate('giltig till'),
		nextReviewOn: optionalDate('nästa uppföljning'),
		status: z.enum(AGREEMENT_STATUSES, { error: 'Välj status.' }),
		documentUrl: z
			.string()
			.trim()
			.max(2000, { error: 'Adressen får ha högst 2000 tecken.' })
			.refine((v) => v === '' || (/^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v)), {
				error: 'Skriv en webbadress som börjar med https://, eller lämna fältet tomt.'
			})
			.default(''),
		decisionIds: ids('Välj beslut bland länets beslut.').openapi({
			description: 'besluten som antog den (id)'
		}),
		visibility: Visibility.default('public')
	})
	.refine((a) => !a.validFrom || !a.validTo || a.validFrom <= a.validTo, {
		path: ['validTo'],
		error: 'Giltig till kan inte vara före giltig från.'
	})
	.openapi('AgreementInput');
export type AgreementInput = z.infer<typeof AgreementInput>;

export const AgreementUpdate = withRevision(AgreementInput, 'AgreementUpdate');

export const Agreement = z
	.object({
		id: z.number().int(),
		revision: z.number().int(),
		kind: z.enum(AGREEMENT_KINDS),
		title: z.string(),
		partyIds: z.array(z.number().int()),
		parties: z.array(z.string()),
		otherParties: z.array(z.string()),
		scope: z.string(),
		ownerGroupId: z.number().int().nullable(),
		ownerGroup: z.string().nullable(),
		validFrom: z.string().nullable(),
		validTo: z.string().nullable(),
		nextReviewOn: z.string().nullable(),
		reviewOverdue: z.boolean().openapi({ description: 'nästa uppföljning har passerat' }),
		status: z.enum(AGREEMENT_STATUSES),
		documentUrl: z.string(),
		decisionIds: z.array(z.number().int()),
		decisions: z.array(
			z.object({ id: z.number().int(), title: z.string(), decidedOn: z.string() })
		),
		visibility: ContentVisibility,
		updatedAt: z.string()
	})
	.openapi('Agreement');
export type Agreement = z.infer<typeof Agreement>;

export const AgreementList = z
	.object({ agreements: z.array(Agreement), overdue: z.number().int() })
	.openapi('AgreementList');
