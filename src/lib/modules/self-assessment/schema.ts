import { isCalendarDate, optionalText, requiredId, Revision, text } from '../../core/fields.ts';
import { z } from '../../core/zod.ts';
import { DONT_KNOW, type Score } from './domain/scale.ts';

/**
 * The inputs of the Dialogguide: one schema per input for the form, the API
 * and the OpenAPI document, with Swedish messages that say what and where.
 */

const isoDate = (label: string) =>
	z
		.string({ error: `Skriv ${label} som ÅÅÅÅ-MM-DD.` })
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: `Skriv ${label} som ÅÅÅÅ-MM-DD, t.ex. 2026-03-31.` })
		.refine(isCalendarDate, {
			error: `${label[0]!.toUpperCase()}${label.slice(1)} finns inte i kalendern.`
		});

export const RoundInput = z
	.object({
		templateId: requiredId('Välj en mall.'),
		organisationId: requiredId('Välj organisationen som arbetsplatsen hör till.'),
		workplace: text('arbetsplatsens namn', 200),
		closesOn: isoDate('sista svarsdag'),
		mode: z.enum(['codes', 'link'], {
			error: 'Välj om deltagarna svarar med engångskoder eller med en länk.'
		}),
		codeCount: z.preprocess(
			(v) => (v === '' || v === undefined ? 20 : v),
			z.coerce
				.number({ error: 'Antal koder ska vara ett tal från 3 till 200.' })
				.int({ error: 'Antal koder ska vara ett helt tal från 3 till 200.' })
				.min(3, { error: 'Antal koder ska vara minst 3.' })
				.max(200, { error: 'Antal koder får vara högst 200.' })
		)
	})
	.openapi('AssessmentRoundInput');
export type RoundInput = z.infer<typeof RoundInput>;

export const CloseInput = z.object({ revision: Revision }).openapi('AssessmentRoundClose');

const scoreField = (label: string) =>
	z
		.string({ error: `Svara på påstående ${label}: välj ett steg på skalan eller ”Vet inte”.` })
		.refine((v) => v === DONT_KNOW || /^[1-5]$/.test(v), {
			error: `Svaret på påstående ${label} ska vara 1–5 eller ”Vet inte”.`
		})
		.transform((v): Score => (v === DONT_KNOW ? null : (Number(v) as Score)));

/** An answer to the statements (ids in order): each scored 1–5 or "vet inte". */
export function answerSchema(statementIds: number[]) {
	return z.object(
		Object.fromEntries(statementIds.map((id, i) => [`s${id}`, scoreField(String(i + 1))]))
	);
}

export const ConsensusInput = (dimensionKeys: string[]) =>
	z
		.object({
			revision: Revision,
			...Object.fromEntries(
				dimensionKeys.flatMap((k) => [
					[
						`score.${k}`,
						z.preprocess(
							(v) => (v === '' ? undefined : v),
							z.coerce
								.number({ error: 'Den gemensamma skattningen ska vara 1–5.' })
								.int({ error: 'Den gemensamma skattningen ska vara ett helt tal 1–5.' })
								.min(1, { error: 'Den gemensamma skattningen ska vara minst 1.' })
								.max(5, { error: 'Den gemensamma skattningen får vara högst 5.' })
								.optional()
						)
					],
					[`note.${k}`, optionalText('anteckningen', 1000)]
				])
			),
			nextWhat: optionalText('nästa steg', 1000),
			nextOwner: optionalText('vem som äger nästa steg', 200),
			nextDue: z.preprocess(
				(v) => (v === '' ? undefined : v),
				isoDate('datum för nästa steg').optional()
			)
		})
		// "vårt nästa steg" is what, who and by when: a step without an owner or a date is not one
		.superRefine((v, ctx) => {
			if (!v.nextWhat) return;
			if (!v.nextOwner)
				ctx.addIssue({
					code: 'custom',
					path: ['nextOwner'],
					message: 'Skriv vem som ansvarar för nästa steg.'
				});
			if (!v.nextDue)
				ctx.addIssue({
					code: 'custom',
					path: ['nextDue'],
					message: 'Skriv när nästa steg ska vara klart (ÅÅÅÅ-MM-DD).'
				});
		});

export const StatementInput = z
	.object({
		dimensionKey: text('dimensionen', 100),
		text: text('påståendet', 400),
		source: optionalText('källan', 100),
		quote: optionalText('citatet ur källan', 2000)
	})
	.openapi('AssessmentStatementInput');
export type StatementInput = z.infer<typeof StatementInput>;

/** A statement's new wording (and source): the old wording is retired, the new one added. */
export const StatementTextInput = StatementInput.pick({
	text: true,
	source: true,
	quote: true
}).openapi('AssessmentStatementTextInput');
