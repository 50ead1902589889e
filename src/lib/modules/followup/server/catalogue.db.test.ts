import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { auditOf } from '../../../../../tests/kit/audit.ts';
import { castOfFive, outsiders, type TestUser } from '../../../../../tests/kit/cast.ts';
import { anonymous } from '../../../core/actor.ts';
import { auditLog, indicators } from '../../../app/tables.ts';
import {
	createOwnIndicator,
	followUpSet,
	getIndicator,
	searchCatalogue,
	updateOwnIndicator,
	type OwnIndicatorConflict
} from './service.ts';

const database = databaseForFile();
const { coordinator, otherCoordinator, reader, editor, dalarnaCoordinator } = castOfFive(database);

async function search(q: Record<string, unknown>, actor = anonymous) {
	const r = await searchCatalogue(database.db, actor, q);
	if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
	return r.value;
}

describe('searching the catalogue', () => {
	test('"fall" finds N20402 (Swedish full text on title and description)', async () => {
		const r = await search({ q: 'fall' });
		expect(r.hits[0]).toMatchObject({
			koladaId: 'N20402',
			title: 'Fallskador bland personer 80+, 3-årsm, antal slutenvårdstillfällen/100 000 inv',
			credit: 'Källa: Kolada',
			exact: false
		});
		expect(r.total).toBeGreaterThan(20);
		expect(r.hits).toHaveLength(20);
		expect(r.hits.map((h) => h.koladaId)).toContain('U20462');
	});

	test('words narrow the search, and every hit has them', async () => {
		const r = await search({ q: 'fallskador 80+' });
		expect(r.hits.map((h) => h.koladaId).sort()).toEqual(['N20402', 'N20434']);
	});

	test('an exact Kolada id comes first, in any case', async () => {
		const r = await search({ q: 'n20402' });
		expect(r.hits[0]).toMatchObject({ koladaId: 'N20402', exact: true });
	});

	test('paging: the second page continues the first', async () => {
		const first = await search({ q: 'hemtjänst', limit: 5 });
		const second = await search({ q: 'hemtjänst', limit: 5, offset: 5 });
		expect(second.total).toBe(first.total);
		expect(second.hits.map((h) => h.id)).not.toContain(first.hits[0]!.id);
	});

	test.each([
		['<script>alert(1)</script>'],
		['"><img src=x onerror=alert(1)>'],
		["fall' or 1=1 --"],
		['fall:* | !&'],
		['😀 עברית']
	])('hostile text %j is only text', async (q) => {
		const r = await search({ q });
		expect(r.query.q).toBe(q.trim());
		for (const h of r.hits) expect(h.source).toBe('kolada');
	});

	test('no words (the documented default): the whole catalogue, from the start', async () => {
		for (const q of [{}, { q: '' }, { q: '   ' }]) {
			const r = await search(q);
			expect(r.total).toBeGreaterThan(1000);
			expect(r.hits).toHaveLength(20);
			expect(r.hits.every((h) => !h.exact)).toBe(true);
			expect(r.query).toMatchObject({ q: '', limit: 20, offset: 0 });
		}
	});

	test('nothing found', async () => {
		expect(await search({ q: 'xyzzyqwerty' })).toMatchObject({ total: 0, hits: [] });
	});

	test('bad paging is refused in Swedish', async () => {
		const r = await searchCatalogue(database.db, anonymous, { q: 'fall', limit: '500' });
		expect(r).toEqual({
			kind: 'invalid',
			message: 'Sökningen är ogiltig.',
			fields: { limit: ['Ange hur många träffar som ska visas (1–100).'] }
		});
	});
});

describe('SKR’s follow-up set and an indicator with its links', () => {
	test('the set by focus shift, with the data source where there is one', async () => {
		const r = await followUpSet(database.db);
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.value.groups.map((g) => [g.focusShiftKey, g.items.length])).toEqual([
			['person', 4],
			['co_creator', 4],
			['proactive', 4],
			['coordination', 1]
		]);
		const falls = r.value.groups[2]!.items[1]!;
		expect(falls).toMatchObject({
			title: 'Fallskador per 100 000 invånare 65 år och äldre',
			indicator: { koladaId: 'U20462', direction: 'lower_is_better' }
		});
		expect(r.value.groups[3]!.items[0]).toMatchObject({
			title: 'Fast vårdkontakt',
			note: expect.stringMatching(/^Finns inte i Kolada/),
			indicator: null
		});
	});

	test('N21704 with its focus shift and its place in SKR’s set', async () => {
		const r = await getIndicator(database.db, anonymous, 'N21704');
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.value.links).toEqual([{ kind: 'focus_shift', key: 'co_creator' }]);
		expect(r.value.followUp).toEqual([
			expect.objectContaining({
				setKey: 'skr',
				focusShiftKey: 'co_creator',
				title: 'Behov av hemtjänst (personer 65+ med beslut om hemtjänst)'
			})
		]);
	});

	test('an unknown indicator', async () => {
		expect(await getIndicator(database.db, anonymous, 'X1')).toEqual({
			kind: 'not_found',
			message: 'Nyckeltalet X1 finns inte.'
		});
	});
});

describe('a county’s own indicators', () => {
	const own = {
		title: 'Andel invånare 75+ med SIP inom 30 dagar efter utskrivning',
		description:
			'Antal personer 75+ med samordnad individuell plan inom 30 dagar, delat med antal utskrivna.',
		unit: 'andel (%)',
		direction: 'higher_is_better',
		source: 'own',
		frequency: 'kvartal',
		hasGenderSplit: 'on',
		aggregation: 'population_weighted',
		operatingArea: 'Hälso- och sjukvård',
		visibility: 'internal',
		links: [
			{ kind: 'focus_shift', key: 'coordination' },
			{ kind: 'process', key: 'utskrivning' }
		]
	};
	let id: number;

	/** A coordinator creates an own indicator from `body`. */
	const create = (body: Record<string, unknown>) =>
		createOwnIndicator(database.db, coordinator.actor, '17', body);

	/** `who` saves indicator `indicatorId` (the one created here unless named) as `own` with `fields`. */
	const save = (who: TestUser, fields: Record<string, unknown>, indicatorId = id) =>
		updateOwnIndicator(database.db, who.actor, '17', indicatorId, { ...own, ...fields });

	/** A link to a focus shift that does not exist, and one to a development area that does not. */
	const badLinks = [
		{ kind: 'focus_shift', key: 'elsewhere' },
		{ kind: 'development_area', key: 'finns-inte' }
	];

	test('a coordinator creates one: audited, searchable by the county’s readers only', async () => {
		const r = await create(own);
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		id = r.value.id;
		expect(r.value).toMatchObject({
			koladaId: null,
			countyCode: '17',
			title: own.title,
			direction: 'higher_is_better',
			frequency: 'kvartal',
			hasGenderSplit: true,
			revision: 1,
			credit: 'Länets eget nyckeltal',
			links: own.links
		});
		const entries = await auditOf(database.db, 'indicator', id);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'create',
			actorUserId: coordinator.actor.userId,
			countyCode: '17',
			before: null,
			after: { title: own.title, links: own.links }
		});
		expect(
			(await search({ q: 'SIP utskrivning', county: '17', source: 'own' }, reader.actor)).hits[0]
		).toMatchObject({ id, countyCode: '17' });
		expect(
			(await search({ q: 'SIP utskrivning', county: '17', source: 'own' }, anonymous)).hits
		).toEqual([]);
		expect(
			(
				await search(
					{ q: 'SIP utskrivning', county: '20', source: 'own' },
					dalarnaCoordinator.actor
				)
			).hits
		).toEqual([]);
		expect(await getIndicator(database.db, anonymous, id)).toMatchObject({ kind: 'not_found' });
		expect(await getIndicator(database.db, reader.actor, id)).toMatchObject({ kind: 'ok' });
	});

	test.each(outsiders({ reader, editor, dalarnaCoordinator }))(
		'%s may not create one, and nothing is written',
		async (_, who) => {
			const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(indicators);
			expect(await createOwnIndicator(database.db, who(), '17', own)).toMatchObject({
				kind: 'forbidden'
			});
			expect(await database.db.select({ n: sql<number>`count(*)::int` }).from(indicators)).toEqual(
				before
			);
		}
	);

	test('bad input: every field’s message, in Swedish', async () => {
		const r = await create({ title: ' ', direction: 'up', links: badLinks });
		expect(r).toEqual({
			kind: 'invalid',
			message: 'Nyckeltalet kunde inte sparas.',
			fields: {
				title: ['Skriv en rubrik.'],
				direction: ['Välj om ett högre värde är bättre, sämre eller ingetdera.']
			}
		});
		const links = await create({ title: 'X', links: badLinks });
		expect(links).toMatchObject({
			kind: 'invalid',
			fields: {
				'links.0.key': ['Omställningen ska vara person, co_creator, proactive eller coordination.']
			}
		});
		const area = await create({ title: 'X', links: badLinks.slice(1) });
		expect(area).toEqual({
			kind: 'invalid',
			message: 'Nyckeltalet kunde inte sparas.',
			fields: {
				'links.0.key': ['Länets färdplan har inget utvecklingsområde med nyckeln "finns-inte".']
			}
		});
	});

	test('a link to a development area of the county’s roadmap is kept', async () => {
		const [key] = await database.db.execute<{ key: string }>(
			sql`select ri.key from roadmap_items ri join roadmaps r on r.id = ri.roadmap_id
			where r.county_code = '17' and ri.kind = 'development_area' order by ri.position limit 1`
		);
		const r = await save(coordinator, {
			links: [{ kind: 'development_area', key: key!.key }],
			revision: 1
		});
		if (r.kind !== 'ok') throw new Error(JSON.stringify(r));
		expect(r.value).toMatchObject({
			revision: 2,
			links: [{ kind: 'development_area', key: key!.key }]
		});
		const [entry] = await database.db
			.select()
			.from(auditLog)
			.where(
				and(
					eq(auditLog.entityType, 'indicator'),
					eq(auditLog.entityId, String(id)),
					eq(auditLog.action, 'update')
				)
			);
		expect(entry).toMatchObject({
			before: { links: own.links },
			after: { links: [{ kind: 'development_area', key: key!.key }] }
		});
	});

	test('two coordinators edit at once: the second save is a conflict that shows the first', async () => {
		const first = await save(coordinator, { title: 'Ny rubrik från den första', revision: 2 });
		expect(first).toMatchObject({ kind: 'ok', value: { revision: 3 } });
		const second = await save(otherCoordinator, { title: 'Den andras rubrik', revision: 2 });
		expect(second.kind).toBe('conflict');
		const current = (second as { current: OwnIndicatorConflict }).current;
		expect(current.current).toMatchObject({ title: 'Ny rubrik från den första', revision: 3 });
		expect(current.changedBy).toBe(`${coordinator.actor.name} <${coordinator.actor.email}>`);
		const [row] = await database.db.select().from(indicators).where(eq(indicators.id, id));
		expect(row!.title).toBe('Ny rubrik från den första');
	});

	test('a Kolada KPI is not the county’s to edit', async () => {
		const [kpi] = await database.db
			.select({ id: indicators.id })
			.from(indicators)
			.where(eq(indicators.koladaId, 'N20402'));
		expect(await save(coordinator, { revision: 1 }, kpi!.id)).toEqual({
			kind: 'not_found',
			message: `Nyckeltalet ${kpi!.id} finns inte.`
		});
	});
});
