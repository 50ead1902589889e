import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { auditOf } from '../../../../tests/kit/audit.ts';
import { castForFile, organisationId } from '../../../../tests/kit/cast.ts';
import { anonymous } from '../../core/actor.ts';
import { initiatives } from './tables.ts';
import {
	archiveInitiative,
	createInitiative,
	getInitiative,
	initiativeChoices,
	listInitiatives,
	municipalityMap,
	updateInitiative
} from './service.server.ts';

const database = databaseForFile();
const {
	coordinator,
	reader,
	editor: arvikaEditor,
	dalarnaCoordinator
} = castForFile(database, 'coordinator', 'reader', 'editor', 'dalarnaCoordinator');
let arvika: number;
let karlstad: number;
let torsby: number;
let region: number;

/** Initiatives of this file carry this word, so the seeded inventory does not disturb counts. */
const TAG = 'Provinsats';

const input = (over: Record<string, unknown> = {}) => ({
	title: `${TAG} mobila team i hemsjukvården`,
	description: 'Mobila team med sjuksköterskor och läkare besöker äldre med stora behov i hemmet.',
	leadOrganisationId: region,
	partnerIds: [arvika],
	municipalityIds: [arvika, torsby],
	level: 'subregional',
	phase: 'pilot',
	goalAreas: ['aldre', 'hemsjukvard'],
	developmentAreas: ['bridging', 'person_centred'],
	focusShifts: ['coordination'],
	funding: [{ year: 2024, fundingSource: 'Statliga stimulansmedel', amountSek: 1500000 }],
	contactFunction: 'Nära vård-kansliet',
	contactEmail: 'naravard@example.se',
	...over
});

beforeAll(async () => {
	arvika = await organisationId(database.db, 'Arvika kommun');
	karlstad = await organisationId(database.db, 'Karlstads kommun');
	torsby = await organisationId(database.db, 'Torsby kommun');
	region = await organisationId(database.db, 'Region Värmland');
});

async function create(over: Record<string, unknown> = {}, actor = coordinator.actor) {
	const result = await createInitiative(database.db, actor, '17', {
		confirmSimilar: 'on',
		...input(over)
	});
	if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
	return result.value;
}

const count = async () =>
	(
		await database.db
			.select({ n: sql<number>`count(*)::int` })
			.from(initiatives)
			.where(sql`${initiatives.title} like ${`${TAG}%`}`)
	)[0]!.n;

describe('registering an initiative', () => {
	test('a coordinator registers one with its lists, and it is audited in the same write', async () => {
		const saved = await create({ title: `${TAG} Trygg hemgång Västra Värmland` });
		expect(saved).toMatchObject({
			title: `${TAG} Trygg hemgång Västra Värmland`,
			lead: { id: region, name: 'Region Värmland' },
			partners: [{ id: arvika, name: 'Arvika kommun' }],
			municipalities: [
				{ id: arvika, name: 'Arvika kommun', code: '1784' },
				{ id: torsby, name: 'Torsby kommun', code: '1737' }
			],
			funding: [
				{ year: 2024, fundingSource: 'Statliga stimulansmedel', amountSek: 1500000, note: '' }
			],
			source: null,
			revision: 1
		});
		const [entry] = await auditOf(database.db, 'initiative', saved.id);
		expect(entry).toMatchObject({ action: 'create', countyCode: '17' });
		expect(entry!.after).toMatchObject({
			lead: 'Region Värmland',
			municipalities: ['Arvika kommun', 'Torsby kommun']
		});
	});

	test('a title close to an existing one is a warning until the person confirms', async () => {
		await create({ title: `${TAG} Hälsosamtal för 70-åringar` });
		const before = await count();
		const again = await createInitiative(
			database.db,
			coordinator.actor,
			'17',
			input({ title: `${TAG} Hälsosamtal för 70-åringarna` })
		);
		expect(again.kind).toBe('invalid');
		if (again.kind !== 'invalid') return;
		expect(again.fields.confirmSimilar?.[0]).toContain(`"${TAG} Hälsosamtal för 70-åringar"`);
		expect(await count()).toBe(before);
		const confirmed = await createInitiative(
			database.db,
			coordinator.actor,
			'17',
			input({ title: `${TAG} Hälsosamtal för 70-åringarna`, confirmSimilar: 'on' })
		);
		expect(confirmed.kind).toBe('ok');
		// another county's titles are not this county's duplicates
		const dalarna = await createInitiative(
			database.db,
			dalarnaCoordinator.actor,
			'20',
			input({
				title: `${TAG} Hälsosamtal för 70-åringar`,
				leadOrganisationId: undefined,
				partnerIds: [],
				municipalityIds: []
			})
		);
		expect(dalarna.kind).toBe('ok');
	});

	test('bad input gets Swedish messages per field and writes nothing', async () => {
		const before = await count();
		const result = await createInitiative(
			database.db,
			coordinator.actor,
			'17',
			input({
				title: '',
				phase: 'maybe',
				startsOn: '2024-02-30',
				contactEmail: 'inte en adress',
				contactPerson: 'Anna Andersson',
				links: [{ url: 'javascript:alert(1)', title: 'x' }],
				funding: [{ year: 'nästa år', fundingSource: 'Stimulansmedel' }]
			})
		);
		expect(result.kind).toBe('invalid');
		if (result.kind !== 'invalid') return;
		expect(result.fields).toMatchObject({
			title: ['Skriv insatsens namn.'],
			phase: [expect.stringContaining('Välj fas')],
			startsOn: ['Datumet finns inte i kalendern.'],
			contactEmail: [expect.stringContaining('e-postadress')],
			'links.0.url': [expect.stringContaining('https://')],
			'funding.0.year': [expect.stringContaining('årtal')]
		});
		expect(await count()).toBe(before);
	});

	test('a named contact person needs their consent', async () => {
		const result = await createInitiative(
			database.db,
			coordinator.actor,
			'17',
			input({ title: `${TAG} Samtycke`, contactPerson: 'Anna Andersson' })
		);
		expect(result.kind).toBe('invalid');
		if (result.kind === 'invalid') expect(result.fields.contactConsent?.[0]).toContain('samtyckt');
		const consented = await create({
			title: `${TAG} Samtycke givet`,
			contactPerson: 'Anna Andersson',
			contactConsent: 'on'
		});
		expect(consented.contactPerson).toBe('Anna Andersson');
	});

	test('organisations must be of the county, municipalities municipalities', async () => {
		const falun = await organisationId(database.db, 'Faluns kommun');
		const result = await createInitiative(
			database.db,
			coordinator.actor,
			'17',
			input({ title: `${TAG} Fel län`, partnerIds: [falun], municipalityIds: [region] })
		);
		expect(result).toMatchObject({
			kind: 'invalid',
			fields: {
				partnerIds: ['Välj samarbetspartner bland länets organisationer.'],
				municipalityIds: ['Välj kommuner i länet.']
			}
		});
	});

	test("an editor registers their own organisation's initiatives, and only those", async () => {
		const own = await create(
			{ title: `${TAG} Arvikas seniorträffar`, leadOrganisationId: arvika },
			arvikaEditor.actor
		);
		expect(own.lead?.id).toBe(arvika);
		for (const lead of [karlstad, undefined]) {
			const refused = await createInitiative(
				database.db,
				arvikaEditor.actor,
				'17',
				input({ title: `${TAG} Inte min ${lead}`, leadOrganisationId: lead })
			);
			expect(refused.kind).toBe('forbidden');
		}
		for (const actor of [reader.actor, anonymous, dalarnaCoordinator.actor]) {
			expect((await createInitiative(database.db, actor, '17', input())).kind).toBe('forbidden');
		}
		const choices = await initiativeChoices(database.db, arvikaEditor.actor, '17');
		expect(choices.kind === 'ok' && choices.value.leadOptions.map((o) => o.id)).toEqual([arvika]);
		expect(choices.kind === 'ok' && choices.value.mayLeaveLeadEmpty).toBe(false);
	});
});

describe('changing an initiative', () => {
	test('a save on an old revision is a conflict that shows the other change, and writes nothing', async () => {
		const saved = await create({ title: `${TAG} Konflikt` });
		const first = await updateInitiative(database.db, coordinator.actor, '17', saved.id, {
			...input({ title: `${TAG} Konflikt`, phase: 'scaling', municipalityIds: [torsby] }),
			revision: 1
		});
		expect(first.kind).toBe('ok');
		if (first.kind === 'ok') {
			expect(first.value.revision).toBe(2);
			expect(first.value.municipalities.map((m) => m.name)).toEqual(['Torsby kommun']);
		}
		const stale = await updateInitiative(database.db, coordinator.actor, '17', saved.id, {
			...input({ title: `${TAG} Konflikt`, phase: 'ended' }),
			revision: 1
		});
		expect(stale.kind).toBe('conflict');
		if (stale.kind === 'conflict')
			expect(stale.current).toMatchObject({ current: { phase: 'scaling', revision: 2 } });
		const now = await getInitiative(database.db, coordinator.actor, '17', saved.id);
		expect(now.kind === 'ok' && now.value.phase).toBe('scaling');
		const entries = await auditOf(database.db, 'initiative', saved.id);
		expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
		expect(entries[1]!.before).toMatchObject({
			municipalities: ['Arvika kommun', 'Torsby kommun']
		});
		expect(entries[1]!.after).toMatchObject({ municipalities: ['Torsby kommun'] });
	});

	test("an editor may not give their initiative to another organisation, nor change others'", async () => {
		const own = await create(
			{ title: `${TAG} Arvikas egen`, leadOrganisationId: arvika },
			arvikaEditor.actor
		);
		const moved = await updateInitiative(database.db, arvikaEditor.actor, '17', own.id, {
			...input({ title: `${TAG} Arvikas egen`, leadOrganisationId: karlstad }),
			revision: 1
		});
		expect(moved.kind).toBe('forbidden');
		const regions = await create({ title: `${TAG} Regionens` });
		const others = await updateInitiative(database.db, arvikaEditor.actor, '17', regions.id, {
			...input({ title: `${TAG} Regionens` }),
			revision: 1
		});
		expect(others.kind).toBe('forbidden');
	});

	test('archiving hides it from lists and reads, and keeps it in the database', async () => {
		const saved = await create({ title: `${TAG} Arkiveras snart` });
		expect(
			(await archiveInitiative(database.db, coordinator.actor, '17', saved.id, { revision: 1 }))
				.kind
		).toBe('ok');
		expect((await getInitiative(database.db, coordinator.actor, '17', saved.id)).kind).toBe(
			'not_found'
		);
		const list = await listInitiatives(database.db, coordinator.actor, '17', {
			q: 'Arkiveras snart'
		});
		expect(list.kind === 'ok' && list.value.total).toBe(0);
		const [row] = await database.db.select().from(initiatives).where(eq(initiatives.id, saved.id));
		expect(row?.archivedAt).not.toBeNull();
	});
});

describe('finding initiatives', () => {
	beforeAll(async () => {
		await create({
			title: `${TAG} Sökbar mobil läkarbil`,
			description: 'En mobil enhet med läkare åker ut till särskilda boenden i Karlstad.',
			municipalityIds: [karlstad],
			partnerIds: [],
			phase: 'running',
			goodExample: 'on'
		});
		await create({
			title: `${TAG} Sökbar intern plan`,
			description: 'Intern planering av mobila insatser.',
			visibility: 'internal',
			phase: 'planning'
		});
	});

	test('Swedish full-text search finds inflected forms, ranks title matches first and marks matches', async () => {
		const list = await listInitiatives(database.db, coordinator.actor, '17', {
			q: 'mobila sökbar'
		});
		expect(list.kind).toBe('ok');
		if (list.kind !== 'ok') return;
		expect(list.value.items.map((i) => i.title)).toEqual([
			`${TAG} Sökbar mobil läkarbil`,
			`${TAG} Sökbar intern plan`
		]);
		const [first] = list.value.items;
		expect(first!.titleHighlight.filter((s) => s.match).map((s) => s.text)).toEqual([
			'Sökbar',
			'mobil'
		]);
		expect(first!.snippet.some((s) => s.match && s.text === 'mobil')).toBe(true);
	});

	test('when no initiative has every word, those with any of them are found, and it is said', async () => {
		const list = await listInitiatives(database.db, coordinator.actor, '17', {
			q: 'läkarbil zzyzxq'
		});
		expect(list.kind).toBe('ok');
		if (list.kind !== 'ok') return;
		expect(list.value.matchedAllWords).toBe(false);
		expect(list.value.items.map((i) => i.title)).toEqual([`${TAG} Sökbar mobil läkarbil`]);
		const all = await listInitiatives(database.db, coordinator.actor, '17', { q: 'läkarbil' });
		expect(all.kind === 'ok' && all.value.matchedAllWords).toBe(true);
	});

	test('internal initiatives are found only by people of the county', async () => {
		for (const actor of [anonymous, dalarnaCoordinator.actor]) {
			const list = await listInitiatives(database.db, actor, '17', { q: 'sökbar' });
			expect(list.kind === 'ok' && list.value.items.map((i) => i.title)).toEqual([
				`${TAG} Sökbar mobil läkarbil`
			]);
		}
		const list = await listInitiatives(database.db, reader.actor, '17', { q: 'sökbar' });
		expect(list.kind === 'ok' && list.value.total).toBe(2);
	});

	test('facets count each value with the other facets applied, so a choice never hides its siblings', async () => {
		const list = await listInitiatives(database.db, coordinator.actor, '17', {
			q: 'sökbar',
			phase: ['running']
		});
		expect(list.kind).toBe('ok');
		if (list.kind !== 'ok') return;
		expect(list.value.total).toBe(1);
		const phase = Object.fromEntries(list.value.facets.phase.map((f) => [f.value, f]));
		expect(phase.running).toMatchObject({ count: 1, selected: true, label: 'I drift' });
		expect(phase.planning).toMatchObject({ count: 1, selected: false });
		expect(phase.idea).toMatchObject({ count: 0 });
		const municipality = Object.fromEntries(
			list.value.facets.municipality.map((f) => [f.label, f.count])
		);
		expect(municipality['Karlstads kommun']).toBe(1);
		expect(municipality['Arvika kommun']).toBe(0);
		expect(list.value.facets.municipality).toHaveLength(16);
		expect(list.value.facets.goodExample[0]).toMatchObject({ count: 1 });
	});

	test('filters combine: a municipality by its code, an organisation as lead or partner', async () => {
		const byMunicipality = await listInitiatives(database.db, coordinator.actor, '17', {
			q: TAG,
			municipality: '1780'
		});
		expect(byMunicipality.kind === 'ok' && byMunicipality.value.items.map((i) => i.title)).toEqual([
			`${TAG} Sökbar mobil läkarbil`
		]);
		const byPartner = await listInitiatives(database.db, coordinator.actor, '17', {
			q: TAG,
			organisation: String(arvika),
			goodExample: '1'
		});
		expect(byPartner.kind === 'ok' && byPartner.value.total).toBe(0);
	});

	test('paging and a bad page number', async () => {
		const page = await listInitiatives(database.db, coordinator.actor, '17', {
			q: TAG,
			perPage: '2',
			page: '2'
		});
		expect(page.kind === 'ok' && page.value.items).toHaveLength(2);
		expect((await listInitiatives(database.db, coordinator.actor, '17', { page: 'x' })).kind).toBe(
			'invalid'
		);
	});

	test('search text with query syntax or quotes is only words', async () => {
		for (const q of ["'; drop table initiatives; --", '!!& | :*', '"mobila team"']) {
			expect((await listInitiatives(database.db, anonymous, '17', { q })).kind).toBe('ok');
		}
	});
});

test("the list's map draws every municipality of the county, with a point for its number", async () => {
	const map = await municipalityMap(database.db, '17');
	expect(map.width).toBe(400);
	expect(map.height).toBeGreaterThan(400);
	expect(map.shapes).toHaveLength(16);
	const arvika = map.shapes.find((s) => s.code === '1784')!;
	expect(arvika.path).toMatch(/^M[\d.]+ [\d.]+L/);
	expect(arvika.labelX).toBeGreaterThan(0);
	expect(arvika.labelX).toBeLessThan(map.width);
	expect(arvika.labelY).toBeLessThan(map.height);
	// every municipality the list counts has a shape
	const list = await listInitiatives(database.db, anonymous, '17', {});
	const codes = list.kind === 'ok' ? list.value.facets.municipality.map((m) => m.value) : [];
	expect(new Set(map.shapes.map((s) => s.code))).toEqual(new Set(codes));
	expect((await municipalityMap(database.db, '99')).shapes).toEqual([]);
});
