import type { SourceFile } from '../types.ts';

/**
 * The meetings that Värmland's source documents describe, each with its
 * source and a quote from it (a test finds the quote in the file). Nothing
 * here is invented: an agenda item's outcome is "information" unless the
 * source states a decision, and only what the source names is on the agenda.
 */
export interface SeedMeeting {
	countyCode: string;
	title: string;
	heldOn: string;
	/** the last day of a meeting over several days */
	endsOn: string | null;
	/** the name of the seeded body that met (seed/content) */
	group: string;
	notes: string;
	source: SourceFile;
	/** a quote from the source, word for word (line breaks and hyphenation aside) */
	quote: string;
	/** the titles of the county's seeded processes the meeting worked with, in the source's order */
	processes: string[];
}

export const varmlandMeetings: SeedMeeting[] = [
	{
		countyCode: '17',
		title: 'Nätverksmöte för hälso- och sjukvårdsledningen och länets socialchefer',
		heldOn: '2023-03-30',
		endsOn: '2023-03-31',
		group: 'Strategiska nätverk för hälso- och sjukvårdsledning, socialchefer och skolchefer',
		notes:
			'Ett lunch- till lunchmöte för att diskutera fortsatt samverkan, systemledning och vilka förutsättningar som behövs för att arbeta med omställningen till god och nära vård. Gruppen arbetade också med fyra processer.',
		source: '000_f8bc95be08be1486.txt',
		quote:
			'30-31 mars hade länets socialchefer och regionens hälso- och sjukvårdsledning ett lunch- till lunchmöte för att diskutera fortsatt samverkan, systemledning och om vilka förutsättningar som behövs för att arbeta med omställningen till god och nära vård. Gruppen jobbade också med fyra processer:',
		processes: [
			'Psykisk hälsa barn och unga',
			'Minskade förflyttningar',
			'Levnadsvanor',
			'Fallprevention'
		]
	}
];
