/**
 * The questions for the workplace meeting after a round: first those the
 * county's own documents ask (each with its source file and the quoted
 * passage), then Nära's own, which are said to be Nära's. A county whose
 * documents ask none gets only Nära's.
 */

export interface MeetingQuestion {
	question: string;
	/** the source document's file, when the question comes from one */
	source?: string;
	/** the passage as the source has it */
	quote?: string;
}

const FROM_SOURCES: Record<string, MeetingQuestion[]> = {
	// Värmland: the Dialogguide's purpose in Region Värmland's timeline
	'17': [
		{
			question:
				'Vad gör vi redan i dag, och vad behöver hända för att vi gemensamt ska nå målbilden?',
			source: '000_f8bc95be08be1486.txt',
			quote: 'vad gör man redan idag och vad behöver hända för att vi gemensamt ska nå målbilden?'
		}
	],
	// Dalarna: asked at the county's inspiration day with its managers (003)
	'20': [
		{
			question: 'Är vi på väg – leder det vi gör oss mot målet?',
			source: '003_d73e8bd60805b56a.txt',
			quote: 'God och nära vård: är vi på väg, leder det här oss mot målet.'
		},
		{
			question: 'Hur sprider vi de bra exemplen som pågår hos oss?',
			source: '003_d73e8bd60805b56a.txt',
			quote: 'Hur sprider vi de bra exemplen som pågår?'
		}
	]
};

/** Nära's own questions, asked in every county. */
export const OWN_QUESTIONS: MeetingQuestion[] = [
	{ question: 'Var skiljer sig vårt resultat från länets, och varför tror vi att det är så?' },
	{ question: 'Vilken dimension vill vi börja med?' }
];

export function meetingQuestions(countyCode: string): {
	fromSources: MeetingQuestion[];
	own: MeetingQuestion[];
} {
	return { fromSources: FROM_SOURCES[countyCode] ?? [], own: OWN_QUESTIONS };
}

/** Every question quoted from a source, for the test that checks the quotes. */
export const quotedQuestions = (): MeetingQuestion[] => Object.values(FROM_SOURCES).flat();
