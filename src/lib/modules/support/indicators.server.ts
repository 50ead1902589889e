import type { Actor } from '../../core/actor.ts';
import type { Tx } from '../../platform/db/client.ts';
import { publishExternalIndicator } from '../followup/index.server.ts';
import { indicatorTitle, participantsPerYear } from './domain/indicator.ts';
import { PREREQUISITE_LABELS, PREREQUISITES, type Prerequisite } from './domain/vocabulary.ts';
import * as q from './queries.server.ts';

/**
 * Course rounds feed indicators of "Följ omställningen": when a round of a
 * public course or programme is recorded, or an offer's prerequisites,
 * visibility or archiving change, the participants per year of each
 * prerequisite concerned (Ledarskap, Hållbara arbetsplatser …) are written
 * again as the county's own indicator, in the same transaction. A
 * prerequisite left without rounds loses its values (its indicator is not
 * made for nothing).
 */

export const INDICATOR_SOURCE = 'Nära – stödstrukturens kursomgångar';

export async function publishParticipantIndicators(
	tx: Tx,
	actor: Actor,
	countyCode: string,
	prerequisites: readonly string[]
): Promise<number> {
	const served = PREREQUISITES.filter((p) => prerequisites.includes(p));
	const rounds = await q.roundsServing(tx, countyCode, served);
	let published = 0;
	for (const p of served as Prerequisite[]) {
		const values = participantsPerYear(rounds, p);
		const done = await publishExternalIndicator(tx, actor, {
			countyCode,
			title: indicatorTitle(p),
			description: `Antal deltagare per år i omgångar av utbildningar och program i stödstrukturens katalog som hör till förutsättningen ”${PREREQUISITE_LABELS[p]}” i färdplanen. En omgång räknas det år den börjar; antalet omgångar står vid varje värde. Räknas i Nära ur de omgångar stödstrukturen registrerar.`,
			unit: 'deltagare',
			links: [],
			source: INDICATOR_SOURCE,
			values,
			create: values.length > 0
		});
		if (done.indicatorId !== null) published += 1;
	}
	return published;
}
