/** The national overview (002, 2020) as seed data: the shape of overview.json and facts.ts. */

export const OVERVIEW_SOURCE = '002_ab6905b18fea9e05.txt';
/** the year the overview describes */
export const OVERVIEW_YEAR = 2020;

export const HEADINGS = [
	'direction',
	'organisation',
	'prioritised',
	'collaboration',
	'joint'
] as const;
export type HeadingKey = (typeof HEADINGS)[number];

/** One item of a heading: the overview's words, and the lines of 002 they stand on. */
export interface OverviewItem {
	quote: string;
	/** e.g. "rad 104–106" */
	lines: string;
}

export interface OverviewRegion {
	countyCode: string;
	/** as the overview names it */
	region: string;
	/** the line of the region's heading */
	line: number;
	sections: { heading: HeadingKey; line: number | null; items: OverviewItem[] }[];
	caseStudy?: { title: string; line: number; items: OverviewItem[]; lessons: OverviewItem[] };
	facts: RegionFacts;
}

/** A fact of the comparison table: the overview's words and where they stand. */
export interface OverviewFact extends OverviewItem {
	heading: HeadingKey | 'case';
}

export interface RegionFacts {
	strategy: (OverviewFact & { name: string; year: number | null }) | null;
	jointVision: (OverviewFact & { status: 'yes' | 'in_progress' | 'planned' }) | null;
	bodies: (OverviewFact & { name: string })[];
}

/**
 * The facts of the comparison table as written by hand in facts.json, read
 * from the national overview (002, 2020): each region's strategy and the
 * year the overview gives for it (absent when it gives none), whether a joint
 * vision (gemensam målbild) with the municipalities existed in 2020, the
 * bodies the region shares with the municipalities, and the lessons of the
 * four case studies. Every fact quotes 002 word for word (whitespace aside);
 * extract.ts finds the lines, seed.test.ts checks the quotes. What the
 * overview does not say is left out, and shown as unknown.
 */
export interface FactDraft {
	heading: HeadingKey | 'case';
	quote: string;
}

export interface RegionFactsDraft {
	strategy?: FactDraft & { name: string; year?: number };
	jointVision?: FactDraft & { status: 'yes' | 'in_progress' | 'planned' };
	bodies: (FactDraft & { name: string })[];
	lessons?: string[];
}
