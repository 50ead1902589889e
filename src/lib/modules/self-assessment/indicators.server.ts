import { systemActor } from '../../core/actor.ts';
import { ok, type Outcome } from '../../core/outcome.ts';
import type { Db } from '../../platform/db/client.ts';
import { publishExternalIndicator } from '../followup/index.server.ts';
import { yearlyValues } from './domain/indicator.ts';
import { effectiveK } from './domain/suppression.ts';
import { swedishDate } from './domain/round.ts';
import * as q from './queries.server.ts';

/**
 * The county's Dialogguide result per dimension as indicators of
 * "Följ omställningen": one own indicator per dimension (linked to its focus
 * shift or development area), a value per year – the mean of the people's
 * values in the year's closed rounds that reached K – with the number of
 * answers behind it; a year under K has no value. A use case for a job
 * (nightly): `(db, now) => Outcome`.
 */

export const INDICATOR_SOURCE = 'Nära – Dialogguiden';

export async function publishCountyIndicators(
	db: Db,
	now: Date,
	kSetting: number
): Promise<Outcome<{ indicators: number; values: number }>> {
	const k = effectiveK(kSetting);
	const today = swedishDate(now);
	const counties = await q.countiesWithTemplates(db);
	let indicators = 0;
	let values = 0;
	for (const countyCode of counties) {
		const [template] = await q.templates(db, countyCode);
		if (!template) continue;
		const rows = await q.countyAggregate(db, countyCode, template.id, today, k);
		const dimensions = await q.dimensions(db, template.id);
		await db.transaction(async (tx) => {
			for (const d of dimensions) {
				const yearly = yearlyValues(rows, d.key, k);
				const links = [
					...(d.focusShift ? [{ kind: 'focus_shift' as const, key: d.focusShift }] : []),
					...(d.developmentArea
						? [{ kind: 'development_area' as const, key: d.developmentArea }]
						: [])
				];
				const done = await publishExternalIndicator(tx, systemActor('Dialogguiden'), {
					countyCode,
					title: `Dialogguiden: ${d.title}`,
					description: `Medelvärdet (1–5) av arbetsplatsernas svar på Dialogguidens påståenden om ”${d.title}”, i årets stängda omgångar med minst ${k} svar. Antalet svar och omgångar står vid varje värde; ett år med färre svar har inget värde. Fördelningen och medianen finns i Dialogguiden.`,
					unit: 'medelvärde 1–5',
					links,
					source: INDICATOR_SOURCE,
					values: yearly.map((v) => ({
						period: v.period,
						value: v.value,
						count: v.count,
						basis: v.basis
					}))
				});
				indicators += 1;
				values += done.values;
			}
		});
	}
	return ok({ indicators, values });
}
