import { checkbox, emptyIsNone, optionalText, rowId, text } from '../../core/fields.ts';
import { z } from '../../core/zod.ts';
import { CARE_KINDS } from '../stories/index.ts';

/** The inputs of "Levande bibliotek"; messages in Swedish. */

const careKind = z.enum(CARE_KINDS, { error: 'Välj ett område i listan.' });

export const OfferInput = z
	.object({
		name: text('ditt namn', 120),
		contact: text('hur vi når dig (e-post eller telefon)', 200),
		experience: text('vilken erfarenhet du har', 3000),
		careKind,
		municipalityId: z.preprocess(emptyIsNone, rowId('Välj en kommun i listan.').optional()),
		consent: checkbox.refine((v) => v, {
			error: 'Kryssa i samtycket. Utan det kan vi inte spara dina uppgifter.'
		})
	})
	.openapi('LivedExperienceOffer');

export const RequestInput = z
	.object({
		subject: z
			.string({ error: 'Välj processen eller insatsen som behöver deltagare.' })
			.regex(/^(process|initiative):\d{1,9}$/, {
				error: 'Välj processen eller insatsen som behöver deltagare.'
			}),
		task: text('vad deltagarna ska göra', 2000),
		careKind: z.preprocess(emptyIsNone, careKind.optional()),
		wanted: z.coerce
			.number({ error: 'Skriv hur många deltagare som behövs (1–50).' })
			.int({ error: 'Skriv hur många deltagare som behövs (1–50).' })
			.min(1, { error: 'Skriv hur många deltagare som behövs (1–50).' })
			.max(50, { error: 'Skriv hur många deltagare som behövs (1–50).' })
	})
	.openapi('ParticipantRequest');

export const AssignmentInput = z
	.object({
		requestId: z.preprocess(emptyIsNone, rowId('Välj förfrågan.')),
		offerId: z.preprocess(emptyIsNone, rowId('Välj personen.')),
		paid: checkbox,
		terms: optionalText('villkoren', 500)
	})
	.openapi('ParticipantAssignment');
