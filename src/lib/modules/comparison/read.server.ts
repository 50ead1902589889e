import type { Actor } from '../../core/actor.ts';
import { fieldErrors, invalid, ok, type Outcome } from '../../core/outcome.ts';
import type { Db } from '../../platform/db/client.ts';
import { listCounties } from '../counties/index.server.ts';
import { followUpOverview, type FollowUpOverview } from '../followup/index.server.ts';
import { tallyCoverage, tallyInventory } from './domain/tally.ts';
import * as q from './queries.server.ts';
import { type CountyComparison, ComparisonQuery } from './schema.ts';

/**
 * Two or more counties side by side: their inventories by development area,
 * focus shift and phase, their processes' coverage of the development areas,
 * and chosen indicators of SKR's follow-up set. Public content only, so
 * everyone sees the same comparison.
 */

type Item = FollowUpOverview['groups'][number]['items'][number];

/** The counties anyone can choose between. */
export async function comparisonChoices(db: Db) {
	return (await listCounties(db)).map((c) => ({ code: c.code, name: c.name }));
}

export async function compareCounties(
	db: Db,
	actor: Actor,
	query: Record<string, unknown>
): Promise<Outcome<CountyComparison>> {
	const parsed = ComparisonQuery.safeParse(query);
	if (!parsed.success)
		return invalid('Jämförelsen kunde inte göras.', fieldErrors(parsed.error.issues));
	const all = await listCounties(db);
	const codes = [...new Set(parsed.data.lan)];
	const unknown = codes.filter((c) => !all.some((x) => x.code === c));
	if (unknown.length)
		return invalid('Jämförelsen kunde inte göras.', { lan: ['Välj län i listan.'] });
	if (codes.length < 2)
		return invalid('Jämförelsen kunde inte göras.', { lan: ['Välj minst två län att jämföra.'] });
	const chosenCounties = all.filter((c) => codes.includes(c.code));
	const [inventory, proc, overviews] = await Promise.all([
		q.publicInitiatives(db, codes),
		q.publicProcesses(db, codes),
		Promise.all(chosenCounties.map((c) => followUpOverview(db, actor, c.code)))
	]);
	const items = (o: (typeof overviews)[number]) =>
		o.kind === 'ok'
			? o.value.groups.flatMap((g) =>
					g.items
						.filter((i): i is Item & { indicator: NonNullable<Item['indicator']> } => !!i.indicator)
						.map((i) => ({ ...i, focusShift: g.key }))
				)
			: [];
	const catalogue = new Map(overviews.flatMap(items).map((i) => [i.indicator.id, i]));
	const asked = parsed.data.indikator.filter((id) => catalogue.has(id));
	const chosen = asked.length
		? asked
		: [
				...new Map(
					[...catalogue.values()].map((i) => [i.focusShift, i.indicator.id] as const)
				).values()
			];
	return ok({
		counties: chosenCounties.map((c, n) => {
			const mine = new Map(items(overviews[n]!).map((i) => [i.indicator.id, i]));
			const processIds = proc.list.filter((p) => p.countyCode === c.code).map((p) => p.id);
			return {
				code: c.code,
				name: c.name,
				slug: c.slug,
				inventory: tallyInventory(inventory.filter((i) => i.countyCode === c.code)),
				coverage: tallyCoverage(processIds, proc.coverage),
				indicators: chosen.map((id) => {
					const f = mine.get(id)?.figure;
					return {
						indicatorId: id,
						figure: f
							? {
									period: f.latest.period,
									value: f.latest.value,
									basis: f.basis,
									credit: f.credit
								}
							: null
					};
				})
			};
		}),
		indicators: [...catalogue.values()].map((i) => ({
			id: i.indicator.id,
			koladaId: i.indicator.koladaId,
			title: i.title,
			unit: i.indicator.unit,
			focusShift: i.focusShift,
			chosen: chosen.includes(i.indicator.id)
		})),
		readAt: new Date().toISOString()
	});
}
