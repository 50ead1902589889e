import { beforeAll, describe, expect, test } from 'vitest';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { castForFile, organisationId } from '../../../../tests/kit/cast.ts';
import { createInitiative, listInitiatives } from './service.server.ts';

/**
 * The organisation and municipality facets and filters of the inventory's
 * search: an organisation counts as lead and as partner, a municipality by
 * its SCB code, several values of one facet are alternatives, and each facet
 * is counted with the other facets' choices applied.
 */

const database = databaseForFile();
const { coordinator } = castForFile(database, 'coordinator');
const id: Record<string, number> = {};

/** Initiatives of this file carry this word, so nothing else disturbs the counts. */
const TAG = 'Facettprov';

beforeAll(async () => {
	for (const name of ['Region Värmland', 'Arvika kommun', 'Karlstads kommun', 'Torsby kommun'])
		id[name] = await organisationId(database.db, name);
	const add = async (
		title: string,
		lead: string | undefined,
		partners: string[],
		municipalities: string[],
		phase: string
	) => {
		const result = await createInitiative(database.db, coordinator.actor, '17', {
			title: `${TAG} ${title}`,
			description: 'Ett prov av sökningens facetter.',
			leadOrganisationId: lead ? id[lead] : undefined,
			partnerIds: partners.map((p) => id[p]),
			municipalityIds: municipalities.map((m) => id[m]),
			level: 'local',
			phase,
			goalAreas: ['aldre'],
			confirmSimilar: 'on'
		});
		if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
	};
	await add(
		'Alfa',
		'Region Värmland',
		['Arvika kommun'],
		['Arvika kommun', 'Torsby kommun'],
		'pilot'
	);
	await add('Beta', 'Arvika kommun', [], ['Arvika kommun'], 'running');
	await add(
		'Gamma',
		'Karlstads kommun',
		['Region Värmland', 'Torsby kommun'],
		['Karlstads kommun', 'Torsby kommun'],
		'running'
	);
	await add('Delta', undefined, ['Karlstads kommun'], ['Karlstads kommun'], 'idea');
});

async function search(query: Record<string, unknown>) {
	const list = await listInitiatives(database.db, coordinator.actor, '17', { q: TAG, ...query });
	if (list.kind !== 'ok') throw new Error(JSON.stringify(list));
	const v = list.value;
	const counts = (facet: { label: string; count: number }[]) =>
		Object.fromEntries(facet.filter((f) => f.count > 0).map((f) => [f.label, f.count]));
	return {
		total: v.total,
		titles: v.items.map((i) => i.title.replace(`${TAG} `, '')).sort(),
		organisation: counts(v.facets.organisation),
		municipality: counts(v.facets.municipality),
		phase: counts(v.facets.phase)
	};
}

describe('organisation and municipality facets', () => {
	test('an organisation is counted as lead and as partner; municipalities by where the work runs', async () => {
		expect(await search({})).toEqual({
			total: 4,
			titles: ['Alfa', 'Beta', 'Delta', 'Gamma'],
			organisation: {
				'Region Värmland': 2,
				'Arvika kommun': 2,
				'Karlstads kommun': 2,
				'Torsby kommun': 1
			},
			municipality: { 'Arvika kommun': 2, 'Torsby kommun': 2, 'Karlstads kommun': 2 },
			phase: { Idé: 1, Pilot: 1, 'I drift': 2 }
		});
	});

	test('choosing an organisation finds it as partner too, and narrows the other facets only', async () => {
		expect(await search({ organisation: String(id['Arvika kommun']) })).toEqual({
			total: 2,
			titles: ['Alfa', 'Beta'],
			organisation: {
				'Region Värmland': 2,
				'Arvika kommun': 2,
				'Karlstads kommun': 2,
				'Torsby kommun': 1
			},
			municipality: { 'Arvika kommun': 2, 'Torsby kommun': 1 },
			phase: { Pilot: 1, 'I drift': 1 }
		});
	});

	test('a municipality and an organisation together; each counted with the other applied', async () => {
		expect(
			await search({ municipality: '1780', organisation: String(id['Region Värmland']) })
		).toEqual({
			total: 1,
			titles: ['Gamma'],
			organisation: { 'Region Värmland': 1, 'Karlstads kommun': 2, 'Torsby kommun': 1 },
			municipality: { 'Arvika kommun': 1, 'Torsby kommun': 2, 'Karlstads kommun': 1 },
			phase: { 'I drift': 1 }
		});
	});

	test('several values of one facet are alternatives; an unknown municipality code finds nothing', async () => {
		expect((await search({ municipality: ['1780', '1784'] })).titles).toEqual([
			'Alfa',
			'Beta',
			'Delta',
			'Gamma'
		]);
		expect((await search({ municipality: ['1737'], phase: ['running'] })).titles).toEqual([
			'Gamma'
		]);
		const none = await search({ municipality: '9999' });
		expect(none.total).toBe(0);
		expect(none.titles).toEqual([]);
		// the municipality facet itself still counts without its own choice
		expect(none.municipality).toEqual({
			'Arvika kommun': 2,
			'Torsby kommun': 2,
			'Karlstads kommun': 2
		});
	});

	test('pages follow the ranking and together hold every hit once', async () => {
		const all = await listInitiatives(database.db, coordinator.actor, '17', { q: TAG });
		const first = await listInitiatives(database.db, coordinator.actor, '17', {
			q: TAG,
			perPage: '3'
		});
		const second = await listInitiatives(database.db, coordinator.actor, '17', {
			q: TAG,
			perPage: '3',
			page: '2'
		});
		if (all.kind !== 'ok' || first.kind !== 'ok' || second.kind !== 'ok') throw new Error();
		expect([...first.value.items, ...second.value.items].map((i) => i.id)).toEqual(
			all.value.items.map((i) => i.id)
		);
		expect(second.value.total).toBe(4);
		const past = await listInitiatives(database.db, coordinator.actor, '17', {
			q: TAG,
			perPage: '3',
			page: '3'
		});
		expect(past.kind === 'ok' && past.value.items).toEqual([]);
	});
});
