/**
 * How the number of people of working age per person 80 or older is
 * expected to move, from population projections. Pure.
 *
 * Working age is 20–64 where the projection gives it (SCB's own
 * projection) and 20–66 where it does not (Kolada's ten-year projection
 * has only 20–66); `workingGroup` says which, and the page says it too.
 */

export interface ProjectionRow {
	source: string;
	baseYear: number;
	ageGroup: string;
	year: number;
	value: number;
	origin: string;
}

export interface ProjectionPoint {
	year: number;
	/** the year whose population the projection starts from */
	baseYear: number;
	working: number;
	oldest: number;
	/** working per person 80+ */
	value: number;
}

export interface ProjectionRatio {
	source: string;
	/** the SCB table or the Kolada KPIs it comes from */
	origins: string[];
	workingGroup: '20-64' | '20-66';
	points: ProjectionPoint[];
}

const WORKING = ['20-64', '20-66'] as const;

/**
 * The ratio per projected year from the first of `sources` (in order of
 * preference) that has both working age and 80+; for each year the newest
 * projection that has both. Null when no source has.
 */
export function projectionRatio(
	rows: readonly ProjectionRow[],
	sources: readonly string[]
): ProjectionRatio | null {
	for (const source of sources) {
		const own = rows.filter((r) => r.source === source);
		for (const workingGroup of WORKING) {
			const get = (group: string, year: number, base: number) =>
				own.find((r) => r.ageGroup === group && r.year === year && r.baseYear === base);
			const byYear = new Map<number, ProjectionPoint & { origins: string[] }>();
			for (const w of own.filter((r) => r.ageGroup === workingGroup)) {
				const old = get('80+', w.year, w.baseYear);
				if (!old || old.value <= 0) continue;
				const have = byYear.get(w.year);
				if (have && have.baseYear >= w.baseYear) continue;
				byYear.set(w.year, {
					year: w.year,
					baseYear: w.baseYear,
					working: w.value,
					oldest: old.value,
					value: w.value / old.value,
					origins: [w.origin, old.origin]
				});
			}
			if (byYear.size === 0) continue;
			const points = [...byYear.values()].sort((a, b) => a.year - b.year);
			return {
				source,
				origins: [...new Set(points.flatMap((p) => p.origins))].sort(),
				workingGroup,
				points: points.map(({ origins: _o, ...p }) => p)
			};
		}
	}
	return null;
}
