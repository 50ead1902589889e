import { median } from './scoring.ts';
import { effectiveK, suppress } from './suppression.ts';

/**
 * The county's aggregate over time: per dimension and half-year, the county
 * as a whole and each organisation, every cell through the suppression rule
 * (organisations are a partition of the county's answers, so small ones are
 * folded into "övriga"). Each shown value says how many answers and rounds
 * it rests on. Pure: no I/O.
 */

export interface AggregateInput {
	organisationId: number;
	period: string;
	key: string;
	/** each person's value on the dimension */
	values: number[];
	rounds: number;
}

export interface Figure {
	n: number;
	rounds: number;
	median: number;
	mean: number;
}

export type AggregateCell = ({ shown: true; folded: boolean } & Figure) | { shown: false };

export interface PeriodAggregate {
	key: string;
	period: string;
	county: AggregateCell;
	organisations: {
		organisationId: number | 'övriga';
		organisationIds: number[];
		cell: AggregateCell;
	}[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function figure(rows: AggregateInput[]): Figure {
	const values = rows.flatMap((r) => r.values);
	return {
		n: values.length,
		rounds: rows.reduce((s, r) => s + r.rounds, 0),
		median: round2(median(values)),
		mean: round2(values.reduce((a, b) => a + b, 0) / values.length)
	};
}

export function countyAggregate(rows: AggregateInput[], k: number): PeriodAggregate[] {
	const min = effectiveK(k);
	const cells = new Map<string, AggregateInput[]>();
	for (const r of rows) {
		const id = `${r.key}\u0000${r.period}`;
		cells.set(id, [...(cells.get(id) ?? []), r]);
	}
	const out: PeriodAggregate[] = [];
	for (const list of cells.values()) {
		const { key, period } = list[0]!;
		const total = list.reduce((s, r) => s + r.values.length, 0);
		const plan = suppress(
			list.map((r) => ({ key: String(r.organisationId), n: r.values.length })),
			min,
			{ partition: true }
		);
		const byId = new Map(list.map((r) => [String(r.organisationId), r]));
		out.push({
			key,
			period,
			county: total >= min ? { shown: true, folded: false, ...figure(list) } : { shown: false },
			organisations: [
				...plan.shown.map((g) => ({
					organisationId: g.folded ? ('övriga' as const) : Number(g.keys[0]),
					organisationIds: g.keys.map(Number),
					cell: {
						shown: true as const,
						folded: g.folded,
						...figure(g.keys.map((id) => byId.get(id)!))
					}
				})),
				...plan.hidden.map((id) => ({
					organisationId: Number(id),
					organisationIds: [Number(id)],
					cell: { shown: false as const }
				}))
			]
		});
	}
	return out.sort((a, b) => a.period.localeCompare(b.period) || a.key.localeCompare(b.key));
}

export interface ExportRow {
	dimension: string;
	period: string;
	organisation: string;
	answers: number;
	rounds: number;
	median: number;
	mean: number;
}

/**
 * The rows of the exports (CSV, XLSX, open data, the API): only shown
 * cells, so nothing exported rests on fewer than K answers.
 */
export function aggregateExportRows(
	periods: PeriodAggregate[],
	names: Map<number | string, string>,
	dimensionTitle: (key: string) => string = (k) => k
): ExportRow[] {
	const rows: ExportRow[] = [];
	for (const p of periods) {
		const base = { dimension: dimensionTitle(p.key), period: p.period };
		if (p.county.shown)
			rows.push({
				...base,
				organisation: 'Hela länet',
				answers: p.county.n,
				rounds: p.county.rounds,
				median: p.county.median,
				mean: p.county.mean
			});
		for (const o of p.organisations)
			if (o.cell.shown)
				rows.push({
					...base,
					organisation:
						o.organisationId === 'övriga'
							? `Övriga (${o.organisationIds.length} organisationer sammanslagna)`
							: (names.get(o.organisationId) ?? `Organisation ${o.organisationId}`),
					answers: o.cell.n,
					rounds: o.cell.rounds,
					median: o.cell.median,
					mean: o.cell.mean
				});
	}
	return rows;
}
