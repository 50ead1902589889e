import { eq, sql } from 'drizzle-orm';
import { dalarna } from '../../../../seed/content/dalarna.ts';
import { national } from '../../../../seed/content/national.ts';
import { varmland } from '../../../../seed/content/varmland.ts';
import { sourceDocuments as seedSources } from '../../../../seed/sources.ts';
import type { SeedCounty, SeedTimelineEvent } from '../../../../seed/types.ts';
import type { Db } from '../../platform/db/client.ts';
import * as t from '../tables.ts';
import { followUpSeedSteps } from '../../modules/followup/server/seed.ts';
import { initiativeSeedSteps } from '../../modules/initiatives/seed.server.ts';
import { milestoneSeedSteps } from '../../modules/milestones/seed.server.ts';
import { barrierSeedSteps } from '../../modules/barriers/seed.server.ts';
import { meetingSeedSteps } from '../../modules/meetings/seed.server.ts';
import { processSeedSteps } from '../../modules/processes/seed.server.ts';
import { selfAssessmentSeedSteps } from '../../modules/self-assessment/seed.server.ts';
import { storySeedSteps } from '../../modules/stories/seed.server.ts';
import { supportSeedSteps } from '../../modules/support/seed.server.ts';
import { BOUNDARY_SOURCE, loadBoundaries, loadCounties, loadMunicipalities } from './reference.ts';
import { adoptSeedKeys, seedKey } from './seed-keys.ts';

/** The counties whose vision, roadmap, bodies, decisions and timeline ship with Nära. */
export const seededCounties: SeedCounty[] = [varmland, dalarna];

export type SeedProgress = (step: string, done: number, total: number) => void;

export interface SeedResult {
	/** rows added per table; all zero when the database already held everything */
	inserted: Record<string, number>;
	total: number;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Loads reference data and the content of the source documents. Idempotent:
 * it adds only what is missing and never changes what is there, so content
 * edited in Nära is kept. Bodies, decisions, timeline events, initiatives and
 * processes are recognised by their seed key (seed-keys.ts), so one that was
 * renamed in Nära is not added again; the rest by their natural key. All in one transaction:
 * an interrupted seed writes nothing.
 */
export async function seedDatabase(db: Db, progress: SeedProgress = () => {}): Promise<SeedResult> {
	const inserted: Record<string, number> = {};
	const add = (table: string, n: number) => (inserted[table] = (inserted[table] ?? 0) + n);
	const steps =
		5 +
		seededCounties.length +
		followUpSeedSteps.length +
		initiativeSeedSteps.length +
		processSeedSteps.length +
		selfAssessmentSeedSteps.length +
		storySeedSteps.length +
		supportSeedSteps.length +
		milestoneSeedSteps.length +
		barrierSeedSteps.length +
		meetingSeedSteps.length;
	let step = 0;
	const next = (label: string) => progress(label, ++step, steps);

	await db.transaction(async (tx) => {
		// One seed at a time, even from several processes.
		await tx.execute(sql`select pg_advisory_xact_lock(7300418)`);

		next('Källdokument');
		add(
			'source_documents',
			(
				await tx
					.insert(t.sourceDocuments)
					.values(seedSources)
					.onConflictDoNothing()
					.returning({ k: t.sourceDocuments.fileName })
			).length
		);

		next('Län och regioner');
		const counties = loadCounties();
		add(
			'counties',
			(
				await tx
					.insert(t.counties)
					.values(counties)
					.onConflictDoNothing()
					.returning({ k: t.counties.code })
			).length
		);

		next('Organisationer');
		const orgs = [
			...counties.map((c) => ({
				countyCode: c.code,
				kind: 'region' as const,
				name: c.regionName,
				shortName: c.regionName,
				scbCode: c.code,
				koladaId: c.koladaId
			})),
			...loadMunicipalities().map((m) => ({
				countyCode: m.countyCode,
				kind: 'municipality' as const,
				name: m.name,
				shortName: m.shortName,
				scbCode: m.code,
				koladaId: m.koladaId
			}))
		];
		add(
			'organisations',
			(
				await tx
					.insert(t.organisations)
					.values(orgs)
					.onConflictDoNothing()
					.returning({ k: t.organisations.id })
			).length
		);

		next('Kommun- och länsgränser');
		const boundaries = loadBoundaries().map((b) => ({ ...b, source: BOUNDARY_SOURCE }));
		add(
			'boundaries',
			(
				await tx
					.insert(t.boundaries)
					.values(boundaries)
					.onConflictDoNothing()
					.returning({ k: t.boundaries.areaCode })
			).length
		);

		for (const county of seededCounties) {
			next(`Innehåll för län ${county.countyCode}`);
			await seedCounty(tx, county, add);
		}

		next('Nationell tidslinje');
		add('timeline_events', await seedTimeline(tx, null, national.timeline));

		// Follow-up: the Kolada catalogue, SKR's indicators, values and population
		for (const step of followUpSeedSteps) {
			next(step.label);
			for (const [table, n] of Object.entries(await step.run(tx))) add(table, n);
		}

		// The inventory: the real initiatives named in the source documents
		for (const step of initiativeSeedSteps) {
			next(step.label);
			for (const [table, n] of Object.entries(await step.run(tx))) add(table, n);
		}

		// County processes and their coverage of the development areas (after the bodies they name)
		for (const step of processSeedSteps) {
			next(step.label);
			for (const [table, n] of Object.entries(await step.run(tx))) add(table, n);
		}

		// The Dialogguide's starting templates, from the counties' visions and roadmaps
		for (const step of selfAssessmentSeedSteps) {
			next(step.label);
			for (const [table, n] of Object.entries(await step.run(tx))) add(table, n);
		}

		// The quotes of the source documents as published stories, tagged to the vision,
		// and the support structure's catalogue, from the timeline and the roadmap
		for (const step of [...storySeedSteps, ...supportSeedSteps]) {
			next(step.label);
			for (const [table, n] of Object.entries(await step.run(tx))) add(table, n);
		}

		// The milestones the sources name (after the bodies, the roadmap and the processes they link)
		for (const step of milestoneSeedSteps) {
			next(step.label);
			for (const [table, n] of Object.entries(await step.run(tx))) add(table, n);
		}

		// The barriers and the meeting the sources quote (after the bodies and processes they link)
		for (const step of [...barrierSeedSteps, ...meetingSeedSteps]) {
			next(step.label);
			for (const [table, n] of Object.entries(await step.run(tx))) add(table, n);
		}
	});

	return { inserted, total: Object.values(inserted).reduce((a, b) => a + b, 0) };
}

async function seedCounty(tx: Tx, c: SeedCounty, add: (table: string, n: number) => void) {
	const [existingVision] = await tx
		.select({ id: t.visions.id })
		.from(t.visions)
		.where(eq(t.visions.countyCode, c.countyCode))
		.limit(1);
	if (!existingVision) {
		const [vision] = await tx
			.insert(t.visions)
			.values({
				countyCode: c.countyCode,
				version: 1,
				title: c.vision.title,
				subtitle: c.vision.subtitle,
				intro: c.vision.intro,
				source: c.vision.source
			})
			.returning({ id: t.visions.id });
		add('visions', 1);
		const positions = new Map<string, number>();
		const items = c.vision.items.map((i) => {
			const position = (positions.get(i.kind) ?? 0) + 1;
			positions.set(i.kind, position);
			return {
				visionId: vision!.id,
				kind: i.kind,
				position,
				title: i.title,
				body: i.body,
				fromText: i.fromText ?? null,
				toText: i.toText ?? null,
				focusShiftKey: i.focusShiftKey ?? null,
				source: i.source
			};
		});
		if (items.length)
			add('vision_items', (await tx.insert(t.visionItems).values(items).returning()).length);
	}

	let [roadmap] = await tx
		.select({ id: t.roadmaps.id })
		.from(t.roadmaps)
		.where(eq(t.roadmaps.countyCode, c.countyCode));
	if (!roadmap) {
		[roadmap] = await tx
			.insert(t.roadmaps)
			.values({
				countyCode: c.countyCode,
				title: c.roadmap.title,
				intro: c.roadmap.intro,
				source: c.roadmap.source
			})
			.returning({ id: t.roadmaps.id });
		add('roadmaps', 1);
	}
	if (c.roadmap.items.length) {
		const items = c.roadmap.items.map((i, index) => ({
			roadmapId: roadmap!.id,
			kind: i.kind,
			key: i.key,
			position: index + 1,
			title: i.title,
			body: i.body,
			source: i.source
		}));
		add(
			'roadmap_items',
			(
				await tx
					.insert(t.roadmapItems)
					.values(items)
					.onConflictDoNothing()
					.returning({ k: t.roadmapItems.id })
			).length
		);
	}

	if (c.groups.length) {
		const groups = c.groups.map((g, index) => ({
			countyCode: c.countyCode,
			position: index + 1,
			...g,
			seedKey: seedKey('group', c.countyCode, g.name)
		}));
		await adoptSeedKeys(
			tx,
			'groups',
			['county_code', 'name'],
			groups.map((g) => ({ county_code: g.countyCode, name: g.name, seed_key: g.seedKey }))
		);
		add(
			'groups',
			(await tx.insert(t.groups).values(groups).onConflictDoNothing().returning({ k: t.groups.id }))
				.length
		);
	}

	if (c.decisions.length) {
		const orgs = await tx
			.select({ id: t.organisations.id, name: t.organisations.name })
			.from(t.organisations)
			.where(eq(t.organisations.countyCode, c.countyCode));
		const groupRows = await tx
			.select({ id: t.groups.id, name: t.groups.name, seedKey: t.groups.seedKey })
			.from(t.groups)
			.where(eq(t.groups.countyCode, c.countyCode));
		const orgId = new Map(orgs.map((o) => [o.name, o.id]));
		// a seeded body by its seed key (it may have been renamed), else by name
		const groupId = new Map(groupRows.map((g) => [g.name, g.id]));
		for (const g of groupRows) if (g.seedKey) groupId.set(g.seedKey, g.id);
		const groupOf = (name: string) =>
			groupId.get(seedKey('group', c.countyCode, name)) ?? groupId.get(name);
		const rows = c.decisions.map((d) => {
			const organisationId = orgId.get(d.organisation);
			if (organisationId === undefined) {
				throw new Error(
					`Seed: organisationen "${d.organisation}" finns inte i län ${c.countyCode}`
				);
			}
			const gid = d.group === undefined ? null : groupOf(d.group);
			if (gid === undefined)
				throw new Error(`Seed: organet "${d.group}" finns inte i län ${c.countyCode}`);
			return {
				countyCode: c.countyCode,
				organisationId,
				groupId: gid,
				subject: d.subject,
				title: d.title,
				decidedOn: d.decidedOn,
				datePrecision: d.precision ?? 'day',
				description: d.description,
				source: d.source,
				seedKey: seedKey('decision', c.countyCode, d.organisation, d.subject, d.decidedOn)
			};
		});
		await adoptSeedKeys(
			tx,
			'decisions',
			['county_code', 'organisation_id', 'subject', 'decided_on'],
			rows.map((r) => ({
				county_code: r.countyCode,
				organisation_id: r.organisationId,
				subject: r.subject,
				decided_on: r.decidedOn,
				seed_key: r.seedKey
			}))
		);
		add(
			'decisions',
			(
				await tx
					.insert(t.decisions)
					.values(rows)
					.onConflictDoNothing()
					.returning({ k: t.decisions.id })
			).length
		);
	}

	add('timeline_events', await seedTimeline(tx, c.countyCode, c.timeline));
}

async function seedTimeline(
	tx: Tx,
	countyCode: string | null,
	events: SeedTimelineEvent[]
): Promise<number> {
	if (events.length === 0) return 0;
	const rows = events.map((e, index) => ({
		countyCode,
		level: countyCode === null ? ('national' as const) : ('county' as const),
		year: e.year,
		yearStated: e.yearStated ?? true,
		month: e.month ?? null,
		day: e.day ?? null,
		periodLabel: e.periodLabel,
		title: e.title,
		body: e.body,
		position: index + 1,
		source: e.source,
		seedKey: seedKey('timeline', countyCode, e.year, e.title)
	}));
	await adoptSeedKeys(
		tx,
		'timeline_events',
		['county_code', 'year', 'title'],
		rows.map((r) => ({
			county_code: r.countyCode,
			year: r.year,
			title: r.title,
			seed_key: r.seedKey
		}))
	);
	return (
		await tx
			.insert(t.timelineEvents)
			.values(rows)
			.onConflictDoNothing()
			.returning({ k: t.timelineEvents.id })
	).length;
}

/** Whether the database has no reference data yet (a fresh install). */
export async function isEmpty(db: Db): Promise<boolean> {
	const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(t.counties);
	return (row?.n ?? 0) === 0;
}
