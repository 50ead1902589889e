import { and, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../../tests/kit/db.ts';
import { auditOf, expectOneCreate, rowCount } from '../../../../../tests/kit/audit.ts';
import { castOfFive, outsiders, type TestUser } from '../../../../../tests/kit/cast.ts';
import { exerciseTemplate, scenarioFromTemplate, type ScenarioInput } from '../domain/index.ts';
import { anonymous } from '../../../core/actor.ts';
import {
	auditLog,
	indicators,
	measurements,
	scenarioVersions,
	scenarios
} from '../../../app/tables.ts';
import { readReferenceCsv } from '../../followup/server/seed.ts';
import {
	archiveScenario,
	compute,
	createScenario,
	fillFromData,
	getScenario,
	listScenarios,
	saveScenarioVersion
} from './service.ts';

const database = databaseForFile();
const { coordinator, otherCoordinator, reader, editor, dalarnaCoordinator } = castOfFive(database);

/** The exercise template with made-up figures for the effort itself (test data, not real). */
function exercise(name = 'Träning för 80+ i Karlstad och Kil'): ScenarioInput {
	const made = scenarioFromTemplate(exerciseTemplate, {
		name,
		municipalities: ['1780', '1715'],
		population: { likely: 6_430 },
		reach: { likely: 0.2, low: 0.1, high: 0.3 },
		rampUp: [0.5, 1],
		costs: [
			{
				name: 'Träningsledare',
				organisationId: 'municipality',
				basis: 'per_participant',
				amount: { likely: 1_500, low: 1_000, high: 2_500 }
			}
		],
		horizonYears: 10,
		discountRate: 0.03
	});
	if (!made.ok) throw new Error(JSON.stringify(made.errors));
	return made.value;
}

const count = async (table: typeof scenarios | typeof scenarioVersions | typeof auditLog) =>
	await rowCount(database.db, table);

const auditEntries = (id: number) => auditOf(database.db, 'scenario', id);

async function create(
	who: TestUser,
	over: Partial<{ name: string; visibility: string; description: string }> = {}
) {
	const created = await createScenario(database.db, who.actor, '17', {
		description: over.description ?? 'Underlag till länsgruppen för äldres hälsa.',
		visibility: over.visibility ?? 'public',
		scenario: exercise(over.name)
	});
	if (created.kind !== 'ok') throw new Error(JSON.stringify(created));
	return created.value;
}

describe('computing', () => {
	test('anyone may compute; the result has the summary, percentiles and the tornado', () => {
		const result = compute(exercise());
		if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
		const { summary, simulation, sensitivity } = result.value;
		expect(summary[0]).toMatch(/^Kommunen betalar i genomsnitt .* per år och sparar .* per år\.$/);
		expect(simulation).toMatchObject({ draws: 10_000, seed: 1, horizonYears: 10 });
		expect(simulation.system.cumulativeNet).toHaveLength(10);
		// the inputs with a range, by how much they move the system's net
		expect(sensitivity.items.map((i) => i.path)).toEqual(['costs.0.amount', 'reach']);
		// the same scenario gives the same answer
		const again = compute(exercise());
		expect(again.kind === 'ok' && again.value.simulation.system.discountedNet).toEqual(
			simulation.system.discountedNet
		);
	});

	test('bad input gets Swedish messages at its fields', () => {
		const bad = exercise();
		bad.population.likely = -5;
		bad.reach = { likely: 1.2 };
		bad.outcomes[0]!.rateRatio = { likely: 0.8, low: 0.9, high: 0.6 };
		bad.horizonYears = 500;
		expect(compute(bad)).toEqual({
			kind: 'invalid',
			message: 'Kalkylen kunde inte räknas.',
			fields: {
				'population.likely': ['Befolkningen kan inte vara negativ.'],
				'reach.likely': ['Räckvidden kan inte vara över 100 %.'],
				'outcomes.0.rateRatio.low': ['Lägsta värdet kan inte vara högre än det högsta.'],
				horizonYears: ['Tidshorisonten ska vara 1–50 år.']
			}
		});
	});
});

describe('saving scenarios', () => {
	test('a coordinator saves a scenario: version 1, one audit entry with who and what', async () => {
		const saved = await create(coordinator);
		expect(saved).toMatchObject({
			name: 'Träning för 80+ i Karlstad och Kil',
			visibility: 'public',
			version: 1,
			currentVersion: 1,
			revision: 1,
			templateId: 'fall-exercise',
			municipalities: ['1780', '1715'],
			savedBy: coordinator.actor.name,
			versions: [{ version: 1, savedBy: coordinator.actor.name }]
		});
		expect(saved.input).toEqual(JSON.parse(JSON.stringify(exercise())));
		expectOneCreate(await auditEntries(saved.id), coordinator, {
			name: 'Träning för 80+ i Karlstad och Kil',
			description: 'Underlag till länsgruppen för äldres hälsa.',
			visibility: 'public',
			version: 1
		});
	});

	test.each(outsiders({ reader, editor, dalarnaCoordinator }))(
		'%s may not save, and nothing is written',
		async (_, who) => {
			const before = [await count(scenarios), await count(scenarioVersions), await count(auditLog)];
			expect(
				await createScenario(database.db, who(), '17', {
					visibility: 'public',
					scenario: exercise()
				})
			).toMatchObject({ kind: 'forbidden' });
			expect([
				await count(scenarios),
				await count(scenarioVersions),
				await count(auditLog)
			]).toEqual(before);
		}
	);

	test('bad input is refused with Swedish messages keyed by field, and nothing is written', async () => {
		const before = await count(scenarios);
		const bad = exercise();
		bad.horizonYears = 500;
		bad.population.likely = -1;
		expect(
			await createScenario(database.db, coordinator.actor, '17', {
				visibility: 'hemlig',
				scenario: bad
			})
		).toEqual({
			kind: 'invalid',
			message: 'Kalkylen kunde inte sparas.',
			fields: {
				visibility: ['Välj om uppgiften är offentlig eller intern.'],
				'scenario.population.likely': ['Befolkningen kan inte vara negativ.'],
				'scenario.horizonYears': ['Tidshorisonten ska vara 1–50 år.']
			}
		});
		const elsewhere = exercise();
		elsewhere.municipalities = ['1780', '2080'];
		expect(
			await createScenario(database.db, coordinator.actor, '17', {
				visibility: 'public',
				scenario: elsewhere
			})
		).toEqual({
			kind: 'invalid',
			message: 'Kalkylen kunde inte sparas.',
			fields: { 'scenario.municipalities.1': ['Kommunen hör inte till länet.'] }
		});
		expect(await count(scenarios)).toBe(before);
	});

	test('each save is a new version; old versions stay readable; a save on an old revision is a conflict', async () => {
		const saved = await create(coordinator, { name: 'Versioner' });
		const changed = exercise('Versioner, bredare räckvidd');
		changed.reach = { likely: 0.3, low: 0.2, high: 0.4 };
		const second = await saveScenarioVersion(database.db, coordinator.actor, '17', saved.id, {
			description: 'Med större räckvidd.',
			visibility: 'internal',
			revision: '1',
			scenario: changed
		});
		expect(second).toMatchObject({
			kind: 'ok',
			value: {
				name: 'Versioner, bredare räckvidd',
				version: 2,
				currentVersion: 2,
				revision: 2,
				visibility: 'internal',
				versions: [{ version: 2 }, { version: 1 }]
			}
		});
		const first = await getScenario(database.db, coordinator.actor, '17', saved.id, 1);
		expect(first.kind === 'ok' && first.value.input.reach.likely).toBe(0.2);
		expect(first.kind === 'ok' && first.value.version).toBe(1);

		const late = await saveScenarioVersion(database.db, otherCoordinator.actor, '17', saved.id, {
			visibility: 'public',
			revision: '1',
			scenario: exercise('Den andras version')
		});
		expect(late).toMatchObject({
			kind: 'conflict',
			current: {
				current: {
					name: 'Versioner, bredare räckvidd',
					version: 2,
					revision: 2,
					visibility: 'internal'
				},
				changedBy: `${coordinator.actor.name} <${coordinator.actor.email}>`
			}
		});
		const versions = await database.db
			.select({ version: scenarioVersions.version })
			.from(scenarioVersions)
			.where(eq(scenarioVersions.scenarioId, saved.id));
		expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);

		const entries = await auditEntries(saved.id);
		expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
		expect(entries[1]).toMatchObject({
			actorUserId: coordinator.actor.userId,
			before: { name: 'Versioner', version: 1, visibility: 'public' },
			after: { name: 'Versioner, bredare räckvidd', version: 2, visibility: 'internal' }
		});
		expect(await getScenario(database.db, coordinator.actor, '17', saved.id, 7)).toEqual({
			kind: 'not_found',
			message: 'Kalkylen har ingen version 7.'
		});
	});

	test('internal scenarios are seen only by people with a role in the county', async () => {
		const internal = await create(coordinator, {
			name: 'Intern budgetkalkyl',
			visibility: 'internal'
		});
		const sees = async (who: Parameters<typeof listScenarios>[1]) => {
			const list = await listScenarios(database.db, who, '17');
			if (list.kind !== 'ok') throw new Error(list.kind);
			return list.value.some((s) => s.id === internal.id);
		};
		expect(await sees(anonymous)).toBe(false);
		expect(await sees(dalarnaCoordinator.actor)).toBe(false);
		expect(await sees(reader.actor)).toBe(true);
		expect(await sees(editor.actor)).toBe(true);
		expect(await getScenario(database.db, anonymous, '17', internal.id)).toEqual({
			kind: 'not_found',
			message: 'Kalkylen finns inte.'
		});
		expect(await getScenario(database.db, dalarnaCoordinator.actor, '20', internal.id)).toEqual({
			kind: 'not_found',
			message: 'Kalkylen finns inte.'
		});
		const asReader = await getScenario(database.db, reader.actor, '17', internal.id);
		expect(asReader.kind === 'ok' && asReader.value.savedBy).toBe(coordinator.actor.name);

		// a public one is open to everyone, without who saved it
		const open = await create(coordinator, { name: 'Offentlig kalkyl' });
		const asAnyone = await getScenario(database.db, anonymous, '17', open.id);
		expect(asAnyone).toMatchObject({
			kind: 'ok',
			value: { name: 'Offentlig kalkyl', savedBy: null, versions: [{ version: 1, savedBy: null }] }
		});
	});

	test('archiving takes the scenario off the list but keeps it and its history', async () => {
		const saved = await create(coordinator, { name: 'Arkiveras' });
		expect(
			await archiveScenario(database.db, coordinator.actor, '17', saved.id, { revision: '2' })
		).toMatchObject({ kind: 'conflict' });
		expect(
			await archiveScenario(database.db, coordinator.actor, '17', saved.id, { revision: '1' })
		).toEqual({ kind: 'ok', value: { id: saved.id } });
		const list = await listScenarios(database.db, coordinator.actor, '17');
		expect(list.kind === 'ok' && list.value.some((s) => s.id === saved.id)).toBe(false);
		expect(await getScenario(database.db, coordinator.actor, '17', saved.id)).toMatchObject({
			kind: 'not_found'
		});
		const [row] = await database.db.select().from(scenarios).where(eq(scenarios.id, saved.id));
		expect(row?.archivedAt).not.toBeNull();
		expect((await auditEntries(saved.id)).map((e) => e.action)).toEqual(['create', 'archive']);
		expect(
			await saveScenarioVersion(database.db, coordinator.actor, '17', saved.id, {
				visibility: 'public',
				revision: '2',
				scenario: exercise()
			})
		).toMatchObject({ kind: 'not_found' });
	});
});

describe("filling a scenario from Nära's data", () => {
	const population = readReferenceCsv(
		'population/population_by_area_agegroup_kolada_1994-2022.csv'
	);
	const values = readReferenceCsv('kolada/kolada_values_nara_vard_1994-2022.csv');
	const people = (area: string, year: string) =>
		Number(population.find((r) => r.area_id === area && r.year === year)!.age_80_plus);
	const falls = (area: string, year: string) =>
		Number(
			values.find((r) => r.kpi === 'N20402' && r.area_id === area && r.year === year)!.value_total
		);
	const plain = (s: string | undefined) => s?.replace(/\u00a0/g, ' ');

	test('Karlstad and Kil: the population 80+ and the fall-injury baseline of the seeded year 2022', async () => {
		const filled = await fillFromData(database.db, '17', ['1780', '1715']);
		if (filled.kind !== 'ok') throw new Error(JSON.stringify(filled));
		const [karlstad, kil] = [people('1780', '2022'), people('1715', '2022')];
		expect(filled.value.problems).toEqual({});
		expect(filled.value.population).toMatchObject({
			likely: karlstad + kil,
			source: 'SCB via Kolada (N01957: Invånare 80+, antal)',
			period: '2022'
		});
		expect(plain(filled.value.population!.derivation)).toBe(
			`Personer 80 år och äldre den 31 december 2022: Karlstads kommun ${karlstad.toLocaleString('sv-SE').replace(/\u00a0/g, ' ')} + Kils kommun ${kil} = ${(karlstad + kil).toLocaleString('sv-SE').replace(/\u00a0/g, ' ')}.`
		);
		const weighted =
			(falls('1780', '2022') * karlstad + falls('1715', '2022') * kil) / (karlstad + kil);
		expect(filled.value.baselineRate!.likely).toBeCloseTo(weighted / 100_000, 12);
		expect(filled.value.baselineRate).toMatchObject({
			source:
				'Kolada (N20402: Fallskador bland personer 80+, 3-årsm, antal slutenvårdstillfällen/100 000 inv)',
			period: '2022'
		});
		expect(plain(filled.value.baselineRate!.derivation)).toMatch(
			/^Befolkningsvägt medelvärde: \(7 212,5 × .* \+ 6 395,3 × .*\) ÷ .* per 100 000 \(Karlstads kommun, Kils kommun\); ÷ 100 000 = 0,0\d+ per person och år\.$/
		);
	});

	test('the latest year that has a value for every chosen municipality is used', async () => {
		const [n20402] = await database.db
			.select({ id: indicators.id })
			.from(indicators)
			.where(eq(indicators.koladaId, 'N20402'));
		const [n01957] = await database.db
			.select({ id: indicators.id })
			.from(indicators)
			.where(eq(indicators.koladaId, 'N01957'));
		// made-up test rows for a later year: Hammarö has values, Grums has a gap
		await database.db.insert(measurements).values([
			{
				indicatorId: n20402!.id,
				areaId: '1761',
				period: 2030,
				gender: 'T',
				value: 5_000,
				source: 'Test'
			},
			{
				indicatorId: n20402!.id,
				areaId: '1764',
				period: 2030,
				gender: 'T',
				value: null,
				source: 'Test'
			},
			{
				indicatorId: n01957!.id,
				areaId: '1761',
				period: 2030,
				gender: 'T',
				value: 2_000,
				source: 'Test'
			}
		]);
		const alone = await fillFromData(database.db, '17', ['1761']);
		if (alone.kind !== 'ok') throw new Error(JSON.stringify(alone));
		expect(alone.value.population).toMatchObject({ likely: 2_000, period: '2030' });
		expect(alone.value.baselineRate).toMatchObject({ likely: 0.05, period: '2030' });

		const both = await fillFromData(database.db, '17', ['1761', '1764']);
		if (both.kind !== 'ok') throw new Error(JSON.stringify(both));
		expect(both.value.baselineRate?.period).toBe('2022');
		expect(both.value.population?.period).toBe('2022');
	});

	test('what is missing is named, never read as zero; other counties’ municipalities are refused', async () => {
		const [n20402] = await database.db
			.select({ id: indicators.id })
			.from(indicators)
			.where(eq(indicators.koladaId, 'N20402'));
		await database.db
			.delete(measurements)
			.where(and(eq(measurements.indicatorId, n20402!.id), eq(measurements.areaId, '1737')));
		const filled = await fillFromData(database.db, '17', ['1780', '1737']);
		if (filled.kind !== 'ok') throw new Error(JSON.stringify(filled));
		expect(filled.value.population?.period).toBe('2022');
		expect(filled.value.baselineRate).toBeUndefined();
		expect(filled.value.problems).toEqual({
			'outcomes.0.baselineRate.likely': [
				expect.stringMatching(
					/^Mätvärde saknas för Torsby kommun \(Kolada \(N20402: .*\), 2022\)\.$/
				)
			]
		});
		expect(await fillFromData(database.db, '17', ['2080'])).toEqual({
			kind: 'invalid',
			message: 'Uppgifterna kunde inte hämtas.',
			fields: { municipalities: ['Kommunen 2080 hör inte till länet.'] }
		});
		expect(await fillFromData(database.db, '17', [])).toMatchObject({
			kind: 'invalid',
			fields: { municipalities: ['Välj minst en kommun att hämta uppgifter för.'] }
		});
	});
});
