/**
 * The shape of the initiatives (insatser) Nära's inventory starts with: real
 * work named in the source documents in `seed/sources/`. Every initiative
 * names its source file and where in it (`sourceLocator`); organisations are
 * named exactly as in the organisations table (seed/reference/), and are
 * resolved to ids within the initiative's county when the seed runs.
 * How phases and tags were judged: PROVENANCE.md beside this file.
 */
import type {
	DevelopmentArea,
	FocusShift,
	GoalArea,
	Phase,
	WorkLevel
} from '../../src/lib/core/vocabulary.ts';
import type { SourceFile } from '../types.ts';

export interface SeedFunding {
	year: number;
	/** e.g. "Regeringen", "Stimulansmedel för god och nära vård" */
	fundingSource: string;
	/** whole kronor; null when the source does not say */
	amountSek: number | null;
	note?: string;
}

export interface SeedInitiative {
	/** two-digit county code (counties seed, seed/reference/geo/scb_counties.csv) */
	countyCode: string;
	/** unique within the county: the seed's natural key is (countyCode, title) */
	title: string;
	/** Swedish, close to the source's wording */
	description: string;
	/** the leading organisation as named in Nära, e.g. 'Region Värmland'; null when the source names none */
	lead: string | null;
	/** other organisations in Nära that take part (not the lead) */
	partners: string[];
	/** partners that are not organisations in Nära (a university, a company, the police) */
	otherPartners: string[];
	/** municipality organisations where it runs; [] when county-wide or not stated */
	municipalities: string[];
	level: WorkLevel;
	/** as of the source's date (2020 for the national overview) */
	phase: Phase;
	/** 'YYYY-MM-DD', only when the source states the day */
	startsOn?: string;
	endsOn?: string;
	goalAreas: GoalArea[];
	developmentAreas: DevelopmentArea[];
	focusShifts: FocusShift[];
	funding?: SeedFunding[];
	results?: string;
	lessons?: string;
	links?: { url: string; title: string }[];
	/** only the case studies of the national overview */
	goodExample?: boolean;
	source: SourceFile;
	/** where in the source, e.g. 'Region Västerbotten – Exempel på gemensamma satsningar' */
	sourceLocator: string;
}

/** What a data file writes per initiative; the rest comes from `initiativesOf`. */
export type SeedInitiativeDraft = Pick<
	SeedInitiative,
	'title' | 'description' | 'level' | 'phase'
> &
	Partial<Omit<SeedInitiative, 'countyCode' | 'source' | 'sourceLocator'>>;

/**
 * Initiatives of one county from one source: `section(locator, drafts)`
 * fills in the county, source, locator and the region as lead (override with
 * `lead: null` or another organisation), and empty lists for what a draft
 * leaves out.
 */
export function initiativesOf(countyCode: string, region: string, source: SourceFile) {
	return (sourceLocator: string, drafts: SeedInitiativeDraft[]): SeedInitiative[] =>
		drafts.map((d) => ({
			countyCode,
			lead: region,
			partners: [],
			otherPartners: [],
			municipalities: [],
			goalAreas: [],
			developmentAreas: [],
			focusShifts: [],
			...d,
			source,
			sourceLocator
		}));
}
