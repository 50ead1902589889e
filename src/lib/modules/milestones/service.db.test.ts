import { and, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { auditOf, expectOneCreate, rowCount } from '../../../../tests/kit/audit.ts';
import { castOfFive, outsiders } from '../../../../tests/kit/cast.ts';
import { anonymous } from '../../core/actor.ts';
import { seedDatabase } from '../../app/seed/seed.ts';
import { groups } from '../groups/tables.ts';
import { initiatives } from '../initiatives/tables.ts';
import { processes } from '../processes/tables.ts';
import { roadmapItems, roadmaps } from '../roadmap/tables.ts';
import { listMilestones, milestone } from './read.server.ts';
import { seededMilestones } from './seed.server.ts';
import { createMilestone, updateMilestone } from './service.server.ts';
import { milestoneLinks, milestones } from './tables.ts';

const database = databaseForFile();
const { coordinator, otherCoordinator, reader, editor, dalarnaCoordinator } = castOfFive(database);
const db = () => database.db;

async function firstId(
	table: typeof groups | typeof initiatives | typeof processes,
	county = '17'
) {
	const [row] = await db()
		.select({ id: table.id })
		.from(table)
		.where(eq(table.countyCode, county))
		.limit(1);
	return row!.id;
}
async function roadmapItemOf(county: string) {
	const [row] = await db()
		.select({ id: roadmapItems.id })
		.from(roadmapItems)
		.innerJoin(roadmaps, eq(roadmaps.id, roadmapItems.roadmapId))
		.where(eq(roadmaps.countyCode, county))
		.limit(1);
	return row!.id;
}

const milestoneInput = async (title: string) => ({
	title,
	description: 'Alla kommuner har en gemensam plan.',
	year: '2026',
	periodLabel: 'Hösten 2026',
	ownerGroupId: String(await firstId(groups)),
	status: 'planned',
	initiativeIds: String(await firstId(initiatives)),
	processIds: String(await firstId(processes)),
	roadmapItemIds: String(await roadmapItemOf('17')),
	visibility: 'public'
});

/** Rows of the milestones, their links and the audit log: a refused write changes none. */
const counts = async () => [
	await rowCount(db(), milestones),
	await rowCount(db(), milestoneLinks),
	await rowCount(db())
];

describe('writing milestones', () => {
	test('a coordinator adds a milestone with its owner and links; one audit entry; anyone reads it', async () => {
		const input = await milestoneInput('Gemensam plan antagen');
		const created = await createMilestone(db(), coordinator.actor, '17', input);
		if (created.kind !== 'ok') throw new Error(JSON.stringify(created));
		const m = created.value;
		expect(m).toMatchObject({
			title: 'Gemensam plan antagen',
			year: 2026,
			period: 'Hösten 2026',
			status: 'planned',
			ownerGroupId: Number(input.ownerGroupId),
			source: null,
			revision: 1
		});
		expect(m.ownerGroup).toEqual(expect.any(String));
		expect(m.initiatives.map((i) => i.id)).toEqual([Number(input.initiativeIds)]);
		expect(m.processes.map((p) => p.id)).toEqual([Number(input.processIds)]);
		expect(m.roadmapItems.map((r) => r.id)).toEqual([Number(input.roadmapItemIds)]);
		expectOneCreate(await auditOf(db(), 'milestone', m.id), coordinator, {
			title: 'Gemensam plan antagen',
			status: 'planned',
			initiativeIds: [Number(input.initiativeIds)],
			processIds: [Number(input.processIds)],
			roadmapItemIds: [Number(input.roadmapItemIds)]
		});
		const list = await listMilestones(db(), anonymous, 'varmland');
		if (list.kind !== 'ok') throw new Error(list.kind);
		expect(list.value.milestones.map((x) => x.title)).toContain('Gemensam plan antagen');
		expect(await milestone(db(), anonymous, '17', m.id)).toMatchObject({
			kind: 'ok',
			value: { id: m.id }
		});
	});

	test('an edit replaces the links and records before and after; an old revision is a conflict that writes nothing', async () => {
		const input = await milestoneInput('Redigeras');
		const created = await createMilestone(db(), coordinator.actor, '17', input);
		if (created.kind !== 'ok') throw new Error(created.kind);
		const id = created.value.id;
		const first = await updateMilestone(db(), coordinator.actor, '17', id, {
			...input,
			status: 'under_way',
			year: '',
			periodLabel: '2025–2027',
			initiativeIds: '',
			revision: '1'
		});
		expect(first).toMatchObject({
			kind: 'ok',
			value: { revision: 2, status: 'under_way', year: null, period: '2025–2027', initiatives: [] }
		});
		const before = await counts();
		const second = await updateMilestone(db(), otherCoordinator.actor, '17', id, {
			...input,
			status: 'postponed',
			revision: '1'
		});
		expect(second).toMatchObject({
			kind: 'conflict',
			current: { current: { status: 'under_way', revision: 2, initiativeIds: [] } }
		});
		expect(await counts()).toEqual(before);
		const entries = await auditOf(db(), 'milestone', id);
		expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
		expect(entries[1]).toMatchObject({
			before: { status: 'planned', initiativeIds: [Number(input.initiativeIds)] },
			after: { status: 'under_way', initiativeIds: [], periodLabel: '2025–2027' }
		});
	});

	test('bad input gets a Swedish message per field and writes nothing', async () => {
		const before = await counts();
		const result = await createMilestone(db(), coordinator.actor, '17', {
			title: ' ',
			year: 'snart',
			status: 'klar',
			initiativeIds: 'x',
			visibility: 'hemlig'
		});
		expect(result).toEqual({
			kind: 'invalid',
			message: 'Milstolpen kunde inte sparas.',
			fields: {
				title: ['Skriv en rubrik.'],
				year: ['Året ska vara ett årtal 1900–2100, t.ex. 2026.'],
				status: ['Välj status: planerad, pågår, nådd, uppskjuten eller okänd.'],
				initiativeIds: ['Välj insatser bland länets insatser.'],
				visibility: ['Välj om uppgiften är offentlig eller intern.']
			}
		});
		expect(await counts()).toEqual(before);
	});

	test("another county's body, initiative, process or roadmap part is refused, and nothing is written", async () => {
		const before = await counts();
		const result = await createMilestone(db(), coordinator.actor, '17', {
			...(await milestoneInput('Fel län')),
			ownerGroupId: String(await firstId(groups, '20')),
			roadmapItemIds: String(await roadmapItemOf('20'))
		});
		expect(result).toMatchObject({
			kind: 'invalid',
			fields: {
				ownerGroupId: ['Välj ett organ i länet, eller inget.'],
				roadmapItemIds: ['Välj delar av länets färdplan.']
			}
		});
		expect(await counts()).toEqual(before);
	});

	test('a second milestone with the same title in the county is a field error', async () => {
		const input = await milestoneInput('Dubblett');
		expect((await createMilestone(db(), coordinator.actor, '17', input)).kind).toBe('ok');
		const before = await counts();
		expect(await createMilestone(db(), coordinator.actor, '17', input)).toMatchObject({
			kind: 'invalid',
			fields: { title: ['Länet har redan en milstolpe med den rubriken.'] }
		});
		expect(await counts()).toEqual(before);
	});

	test.each(outsiders({ reader, editor, dalarnaCoordinator }))(
		'%s may not add or change milestones, and nothing is written',
		async (_, who) => {
			const input = await milestoneInput(`Obehörig ${Math.random()}`);
			const [existing] = await db()
				.select({ id: milestones.id })
				.from(milestones)
				.where(eq(milestones.countyCode, '17'))
				.limit(1);
			const before = await counts();
			expect(await createMilestone(db(), who(), '17', input)).toMatchObject({
				kind: 'forbidden'
			});
			expect(
				await updateMilestone(db(), who(), '17', existing!.id, { ...input, revision: '1' })
			).toMatchObject({ kind: 'forbidden' });
			expect(await counts()).toEqual(before);
		}
	);

	test('internal milestones are shown only to people with a role in the county', async () => {
		const created = await createMilestone(db(), coordinator.actor, '17', {
			...(await milestoneInput('Intern milstolpe')),
			visibility: 'internal'
		});
		if (created.kind !== 'ok') throw new Error(created.kind);
		const seen = async (who: Parameters<typeof listMilestones>[1]) => {
			const list = await listMilestones(db(), who, '17');
			if (list.kind !== 'ok') throw new Error(list.kind);
			return list.value.milestones.some((m) => m.title === 'Intern milstolpe');
		};
		expect(await seen(anonymous)).toBe(false);
		expect(await seen(dalarnaCoordinator.actor)).toBe(false);
		expect(await seen(reader.actor)).toBe(true);
		expect(await milestone(db(), anonymous, '17', created.value.id)).toMatchObject({
			kind: 'not_found'
		});
	});
});

describe('the seeded milestones', () => {
	test('every seeded milestone is there with its source and passage; seeding again adds none', async () => {
		const seeded = await db()
			.select()
			.from(milestones)
			.where(and(eq(milestones.countyCode, '17'), isNotNull(milestones.seedKey)));
		expect(seeded.map((m) => m.title).sort()).toEqual(seededMilestones.map((m) => m.title).sort());
		for (const m of seeded) {
			expect(m.source).toMatch(/^00[01]_[0-9a-f]{16}\.txt$/);
			expect(m.sourcePassage).not.toBe('');
		}
		const approved = seeded.find((m) => m.title === 'Länsgemensam färdplan godkänd')!;
		expect(approved).toMatchObject({ status: 'reached', year: 2023 });
		expect(approved.ownerGroupId).not.toBeNull();
		expect(seeded.find((m) => m.title === 'Vi börjar med det enkla')).toMatchObject({
			status: 'unknown',
			year: null,
			ownerGroupId: null
		});
		const again = await seedDatabase(db());
		expect(again.inserted.milestones ?? 0).toBe(0);
		expect(again.inserted.milestone_links ?? 0).toBe(0);
	});
});
