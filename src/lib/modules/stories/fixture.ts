import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { organisations } from '../counties/tables.ts';
import { visionItems, visions } from '../vision/tables.ts';
import { formStamp } from '../privacy/index.server.ts';

/**
 * What the stories' tests share: a story as a citizen fills in the form a
 * minute after it was shown, in Arvika, and the first citizen statement of
 * Värmland's vision.
 */

export async function storyForm(db: Db, now: Date, fields: Record<string, string> = {}) {
	const [arvika] = await db
		.select({ id: organisations.id })
		.from(organisations)
		.where(eq(organisations.name, 'Arvika kommun'));
	return {
		title: 'Hemtjänsten kom i tid',
		whatHappened: 'Min mamma Greta Svensson fick hjälp av Ali på hemtjänsten varje morgon.',
		whatMattered: 'Att samma person kom och kände henne.',
		municipalityId: String(arvika!.id),
		careKind: 'elderly_care',
		ageBand: '80+',
		authorKind: 'relative',
		consentPublish: 'on',
		formstart: await formStamp(db, now.getTime() - 60_000),
		webbplats: '',
		...fields
	};
}

export async function firstStatement(db: Db): Promise<{ id: number; title: string }> {
	const [item] = await db
		.select({ id: visionItems.id, title: visionItems.title })
		.from(visionItems)
		.innerJoin(visions, eq(visions.id, visionItems.visionId))
		.where(and(eq(visions.countyCode, '17'), eq(visionItems.kind, 'citizen_statement')))
		.orderBy(asc(visions.version), asc(visionItems.position))
		.limit(1);
	return item!;
}
