import type { SavedMeanwhile } from '../../core/outcome.ts';
import {
	COVERAGE_STATES,
	DEVELOPMENT_AREA_LABELS,
	DEVELOPMENT_AREAS,
	PROCESS_STATUSES,
	WORK_LEVELS,
	type DevelopmentArea
} from '../../core/vocabulary.ts';
import { Revision, Visibility } from '../../core/fields.ts';
import { z } from '../../core/zod.ts';

/**
 * The input of a process: one schema for the form, the API and the OpenAPI
 * document. Messages are Swedish and say what is wrong and where. Lists
 * (goal areas, participants, initiatives) come from the API as arrays and
 * from the form as the checked boxes' values joined by commas.
 */

const capital = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

const text = (label: string, max: number) =>
	z
		.string({ error: `Skriv ${label}.` })
		.trim()
		.min(1, { error: `Skriv ${label}.` })
		.max(max, { error: `${capital(label)} får ha högst ${max} tecken.` });

const optionalText = (label: string, max: number) =>
	z
		.string({ error: `${capital(label)} ska vara text.` })
		.trim()
		.max(max, { error: `${capital(label)} får ha högst ${max} tecken.` })
		.default('');

const rowId = (message: string) =>
	z.coerce
		.number({ error: message })
		.int({ error: message })
		.min(1, { error: message })
		.max(2147483647, { error: message });

/** A list: an array (API), or comma-separated values (form); empty means none; duplicates count once. */
const list = <T extends z.ZodType>(item: T, max: number, tooMany: string) =>
	z.preprocess(
		(v) =>
			v === undefined || v === null || v === ''
				? []
				: typeof v === 'string'
					? v
							.split(',')
							.map((s) => s.trim())
							.filter(Boolean)
					: v,
		z
			.array(item, { error: 'Skicka en lista.' })
			.max(max, { error: tooMany })
			.transform((values) => [...new Set(values)] as z.output<T>[])
	);

/** "proaktivt, hälsofrämjande och förebyggande arbete": an area's name inside a sentence. */
const areaInSentence = (area: DevelopmentArea) =>
	`${DEVELOPMENT_AREA_LABELS[area][0]!.toLowerCase()}${DEVELOPMENT_AREA_LABELS[area].slice(1)}`;

/** How a process has considered one development area. Considering an area means saying how. */
const coverageEntry = (area: DevelopmentArea, missing?: string) =>
	z
		.object(
			{
				state: z
					.enum(COVERAGE_STATES, {
						error: `Välj hur långt processen har kommit med ${areaInSentence(area)}: ej bedömt, inte beaktat än, beaktat eller genomarbetat.`
					})
					.default('not_assessed'),
				how: optionalText('beskrivningen av hur', 4000).openapi({
					description: 'hur processen har beaktat eller arbetat igenom området'
				}),
				evidence: optionalText('underlaget', 4000).openapi({
					description: 'var det syns: ett beslut, en rapport, en länk, ett protokoll'
				})
			},
			missing ? { error: missing } : undefined
		)
		.superRefine((v, ctx) => {
			if ((v.state === 'considered' || v.state === 'worked_through') && !v.how)
				ctx.addIssue({
					code: 'custom',
					path: ['how'],
					message: `Beskriv hur processen har ${v.state === 'considered' ? 'beaktat' : 'arbetat igenom'} ${areaInSentence(area)}.`
				});
		});

/** A new process: an area left out is not assessed yet. */
export const CoverageInput = z
	.object(
		Object.fromEntries(
			DEVELOPMENT_AREAS.map((area) => [area, coverageEntry(area).prefault({})])
		) as { [A in DevelopmentArea]: z.ZodPrefault<ReturnType<typeof coverageEntry>> }
	)
	.prefault({})
	.openapi({
		description:
			'täckningen av de fyra utvecklingsområdena; ett område som utelämnas blir "ej bedömt"'
	});

/** A change replaces the coverage of all four areas, so each must be sent: none is lost by leaving it out. */
export const CoverageUpdate = z
	.object(
		Object.fromEntries(
			DEVELOPMENT_AREAS.map((area) => [
				area,
				coverageEntry(
					area,
					`Skicka med täckningen av ${areaInSentence(area)} (state, how, evidence).`
				)
			])
		) as { [A in DevelopmentArea]: ReturnType<typeof coverageEntry> },
		{ error: 'Skicka med täckningen av alla fyra utvecklingsområdena.' }
	)
	.openapi({ description: 'täckningen av alla fyra utvecklingsområdena (alla ska skickas med)' });

const processFields = {
	title: text('en rubrik', 300),
	level: z.enum(WORK_LEVELS, {
		error: 'Välj nivå: länsövergripande, delregional eller lokal.'
	}),
	goal: optionalText('målet', 4000),
	description: optionalText('beskrivningen', 10000),
	ownerGroupId: z
		.preprocess(
			(v) => (v === '' || v === undefined ? null : v),
			rowId('Välj ett organ i länet, eller inget.').nullable()
		)
		.openapi({ description: 'organet som äger processen (id); null = inget angivet' }),
	status: z
		.enum(PROCESS_STATUSES, { error: 'Välj status: planerad, pågår, pausad eller avslutad.' })
		.default('ongoing'),
	goalAreas: list(
		z
			.string({ error: 'Välj målområden ur listan.' })
			.regex(/^[a-z0-9][a-z0-9_-]{0,79}$/, { error: 'Välj målområden ur listan.' }),
		100,
		'Högst 100 målområden.'
	).openapi({
		description:
			'målområden (nycklar): länets egna ur färdplanen eller de gemensamma, t.ex. ["fallprevention", "aldre"]'
	}),
	participants: list(
		rowId('Välj deltagande organisationer ur listan.'),
		400,
		'Högst 400 deltagande organisationer.'
	).openapi({ description: 'deltagande organisationer i länet (id)' }),
	initiatives: list(
		rowId('Välj insatser ur listan.'),
		1000,
		'Högst 1 000 kopplade insatser.'
	).openapi({ description: 'länets insatser som hör till processen (id)' }),
	visibility: Visibility.default('public')
};

export const ProcessInput = z
	.object({ ...processFields, coverage: CoverageInput })
	.openapi('ProcessInput');
export type ProcessInput = z.infer<typeof ProcessInput>;

export const ProcessUpdate = z
	.object({ ...processFields, coverage: CoverageUpdate, revision: Revision })
	.openapi('ProcessUpdate');

export type CoverageKey = `coverage.${DevelopmentArea}.${'state' | 'how' | 'evidence'}`;

/**
 * A process as one flat record: what the audit log records and what a
 * conflict compares, under the names of the form's fields.
 */
export type ProcessFields = {
	title: string;
	level: ProcessInput['level'];
	goal: string;
	description: string;
	ownerGroupId: number | null;
	status: ProcessInput['status'];
	goalAreas: string[];
	participants: number[];
	initiatives: number[];
	visibility: 'public' | 'internal';
} & Record<CoverageKey, string>;

/** A save refused because someone saved first: the process as it is now, and who saved it when. */
export type ProcessConflict = SavedMeanwhile<ProcessFields & { id: number; revision: number }>;
