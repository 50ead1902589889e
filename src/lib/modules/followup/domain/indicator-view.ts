import type { Direction, Gender } from './aggregate.ts';
import type { AreaValue } from './county-aggregate.ts';
import { rankAreas, sourceOf, targetStatus, type Ranked, type TargetStatus } from './dashboard.ts';
import type { Target } from './types.ts';

/**
 * One indicator for a county, laid out from its values: every area over the
 * years, the latest ranking, region and Riket, women and men, and the
 * county's targets against the values. Pure: the values are read elsewhere.
 */

export const COUNTRY_ID = '0000';

export interface NamedArea {
	areaId: string;
	name: string;
	kind: 'municipality' | 'region' | 'country';
}

export interface AreaSeries extends NamedArea {
	/** one per year of `years`, null where there is no value */
	values: (number | null)[];
}

export interface DashboardTarget {
	id: number;
	areaId: string;
	name: string;
	period: number;
	gender: 'T' | 'K' | 'M';
	target: number;
	/** the value for the same area, year and gender; null when there is none (yet) */
	actual: number | null;
	note: string;
	visibility: 'public' | 'internal';
	revision: number;
	/** who set the target: the county, in Nära */
	targetSource: string;
	/** where the actual value comes from; null when there is none */
	actualSource: string | null;
	status: TargetStatus;
}

const swedish = new Intl.Collator('sv');

/** The county's municipalities by name (Swedish collation: Å, Ä, Ö last), then the region and Riket. */
export function namedAreas(areas: {
	name: string;
	regionId: string;
	municipalities: readonly { id: string; name: string }[];
}): NamedArea[] {
	return [
		...[...areas.municipalities]
			.sort((a, b) => swedish.compare(a.name, b.name))
			.map((m) => ({ areaId: m.id, name: m.name, kind: 'municipality' as const })),
		{ areaId: areas.regionId, name: `${areas.name} (regionen)`, kind: 'region' },
		{ areaId: COUNTRY_ID, name: 'Riket', kind: 'country' }
	];
}

type Value = AreaValue & { source: string };

/** The layout of an indicator's values for the areas of a county (see the module's comment). */
export function indicatorView<V extends Value>(input: {
	named: readonly NamedArea[];
	values: readonly V[];
	direction: Direction;
	targets: readonly Target[];
	/** who set the targets, e.g. "Mål: satt av Värmlands län i Nära" */
	targetSource: string;
	/** whose values the years, the series, the ranking and the references are of (default: the total) */
	gender?: Gender;
}) {
	const { named, direction } = input;
	const g = input.gender ?? 'T';
	const byId = new Map(named.map((a) => [a.areaId, a]));
	const rows = input.values.map((v) => ({ ...v, ...byId.get(v.areaId)! }));
	const total = rows.filter((r) => r.gender === g);
	const years = [...new Set(total.map((r) => r.period))].sort((a, b) => a - b);
	const byKey = new Map(rows.map((r) => [`${r.areaId}|${r.gender}|${r.period}`, r]));
	const series = named.map((a) => ({
		...a,
		values: years.map((y) => byKey.get(`${a.areaId}|${g}|${y}`)?.value ?? null),
		source: sourceOf(total.filter((r) => r.areaId === a.areaId))
	}));
	const latestPeriod = years.length ? years[years.length - 1]! : null;
	const at = (areaId: string, gender: string, period: number | null) =>
		period === null ? null : (byKey.get(`${areaId}|${gender}|${period}`)?.value ?? null);
	const sourceAt = (areaIds: string[], genders: string[], period: number | null) =>
		sourceOf(
			areaIds.flatMap((a) =>
				genders.flatMap((g) => {
					const r = period === null ? undefined : byKey.get(`${a}|${g}|${period}`);
					return r ? [r] : [];
				})
			)
		);
	const genderPeriods = [
		...new Set(rows.filter((r) => r.gender !== 'T' && r.value !== null).map((r) => r.period))
	].sort((a, b) => a - b);
	const genderPeriod = genderPeriods.length ? genderPeriods[genderPeriods.length - 1]! : null;
	const municipalities = named.filter((a) => a.kind === 'municipality');
	const ranking: Ranked[] = rankAreas(
		municipalities.map((m) => ({
			areaId: m.areaId,
			name: m.name,
			value: at(m.areaId, g, latestPeriod)
		})),
		direction
	);
	return {
		years,
		series,
		latestPeriod,
		ranking,
		rankingSource: sourceAt(
			municipalities.map((m) => m.areaId),
			[g],
			latestPeriod
		),
		references: named
			.filter((a) => a.kind !== 'municipality')
			.map((a) => ({
				areaId: a.areaId,
				name: a.name,
				value: at(a.areaId, g, latestPeriod),
				source: sourceAt([a.areaId], [g], latestPeriod)
			})),
		gender:
			genderPeriod === null
				? null
				: {
						period: genderPeriod,
						rows: named.map((a) => ({
							areaId: a.areaId,
							name: a.name,
							K: at(a.areaId, 'K', genderPeriod),
							M: at(a.areaId, 'M', genderPeriod)
						})),
						source: sourceAt(
							named.map((a) => a.areaId),
							['K', 'M'],
							genderPeriod
						)
					},
		targets: input.targets.map((t): DashboardTarget => {
			const actual = at(t.areaId, t.gender, t.period);
			return {
				id: t.id,
				areaId: t.areaId,
				name: byId.get(t.areaId)?.name ?? t.areaId,
				period: t.period,
				gender: t.gender as DashboardTarget['gender'],
				target: t.value,
				actual,
				note: t.note,
				visibility: t.visibility,
				revision: t.revision,
				targetSource: input.targetSource,
				actualSource: sourceAt([t.areaId], [t.gender], t.period),
				status: targetStatus(t.value, actual, direction)
			};
		}),
		rows
	};
}

const KIND_LABEL: Record<NamedArea['kind'], string> = {
	municipality: 'Kommun',
	region: 'Region',
	country: 'Riket'
};
const GENDER_LABEL: Record<string, string> = { T: 'Totalt', K: 'Kvinnor', M: 'Män' };

export const EXPORT_HEADERS = [
	'Nyckeltal',
	'Namn',
	'Område-id',
	'Område',
	'Typ',
	'År',
	'Kön',
	'Värde',
	'Källa'
] as const;

/** Every value of an indicator page, one row per area × year × gender, for CSV and XLSX. */
export function exportRows(d: {
	indicator: { id: number; koladaId: string | null; title: string };
	rows: readonly (Value & NamedArea)[];
}): (string | number | null)[][] {
	const order: Record<NamedArea['kind'], number> = { municipality: 0, region: 1, country: 2 };
	return [...d.rows]
		.sort(
			(a, b) =>
				order[a.kind] - order[b.kind] ||
				a.name.localeCompare(b.name, 'sv') ||
				a.gender.localeCompare(b.gender) ||
				a.period - b.period
		)
		.map((r) => [
			d.indicator.koladaId ?? String(d.indicator.id),
			d.indicator.title,
			r.areaId,
			r.name,
			KIND_LABEL[r.kind],
			r.period,
			GENDER_LABEL[r.gender] ?? r.gender,
			r.value,
			r.source
		]);
}
