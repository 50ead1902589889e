import { describe, expect, test } from 'vitest';
import { label, outsiders } from '../../../../tests/kit/cast.ts';
import { nestFormValues } from '../../core/form-data.ts';
import { anonymous } from '../../core/actor.ts';
import {
	archiveProcess,
	createProcess,
	getProcess,
	processChoices,
	processForEdit,
	updateProcess
} from './service.server.ts';
import type { ProcessConflict } from './schema.ts';
import {
	database,
	coordinator,
	otherCoordinator,
	reader,
	editor,
	dalarnaCoordinator,
	arvika,
	falun,
	body,
	auditEntries,
	counts,
	overview,
	created
} from './service-fixture.ts';

/** The process service against a real database: changing a process, conflicts, refusals and archiving. */

describe('writing', () => {
	test('a coordinator marks an area considered: the gap leaves the list; before and after in one audit entry', async () => {
		const [levnadsvanor] = (await overview()).processes.filter((p) => p.title === 'Levnadsvanor');
		const edit = await processForEdit(database.db, coordinator.actor, '17', levnadsvanor!.id);
		if (edit.kind !== 'ok') throw new Error(edit.kind);
		const { fields } = edit.value;
		// seeded: no source says how the process stands with digital solutions
		expect(fields['coverage.digital.state']).toBe('not_assessed');
		expect(fields.participants).toHaveLength(17);
		const saved = await updateProcess(database.db, coordinator.actor, '17', levnadsvanor!.id, {
			...fields,
			'coverage.digital.state': 'considered',
			'coverage.digital.how': 'Digitalt stöd för rökavvänjning.',
			'coverage.digital.evidence': 'Protokoll 2024-05-02',
			revision: levnadsvanor!.revision
		} as unknown as Record<string, unknown>);
		// a change that leaves out the coverage would wipe it: refused (the page nests the form's names)
		expect(saved).toMatchObject({
			kind: 'invalid',
			fields: { coverage: ['Skicka med täckningen av alla fyra utvecklingsområdena.'] }
		});
		const nested = nestFormValues(
			Object.fromEntries(
				Object.entries({
					...fields,
					'coverage.digital.state': 'considered',
					'coverage.digital.how': 'Digitalt stöd för rökavvänjning.',
					'coverage.digital.evidence': 'Protokoll 2024-05-02',
					revision: levnadsvanor!.revision
				}).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v === null ? '' : String(v)])
			)
		);
		const ok = await updateProcess(database.db, coordinator.actor, '17', levnadsvanor!.id, nested);
		if (ok.kind !== 'ok') throw new Error(JSON.stringify(ok));
		expect(ok.value.revision).toBe(levnadsvanor!.revision + 1);
		expect(ok.value.coverage[3]).toEqual({
			area: 'digital',
			state: 'considered',
			how: 'Digitalt stöd för rökavvänjning.',
			evidence: 'Protokoll 2024-05-02'
		});
		// the seeded text of the other areas is kept
		expect(ok.value.coverage[0]!.how).toBe(levnadsvanor!.coverage[0]!.how);
		expect(ok.value.participants).toHaveLength(17);
		// the other two areas are still not assessed: unknown, not gaps
		const { matrix } = await overview();
		expect(matrix.gaps.filter((g) => g.processId === levnadsvanor!.id)).toEqual([]);
		const row = matrix.rows.find((r) => r.process.id === levnadsvanor!.id)!;
		expect(row.cells.map((c) => c.state)).toEqual([
			'considered',
			'not_assessed',
			'not_assessed',
			'considered'
		]);
		const entries = await auditEntries(levnadsvanor!.id);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'update',
			before: { 'coverage.digital.state': 'not_assessed', 'coverage.digital.how': '' },
			after: {
				'coverage.digital.state': 'considered',
				'coverage.digital.how': 'Digitalt stöd för rökavvänjning.'
			}
		});
	});

	test('an area set back to not assessed needs no how and is no gap; an area left out of a new process is not assessed', async () => {
		const p = await created(coordinator.actor, { ...body(), title: 'Tillbaka till ej bedömt' });
		const gapsOf = async (id: number) =>
			(await overview()).matrix.gaps.filter((g) => g.processId === id).map((g) => g.area);
		expect(await gapsOf(p.id)).toEqual(['bridging', 'digital']);
		const saved = await updateProcess(database.db, coordinator.actor, '17', p.id, {
			...body(),
			title: 'Tillbaka till ej bedömt',
			coverage: { ...body().coverage, bridging: { state: 'not_assessed', how: '', evidence: '' } },
			revision: 1
		});
		if (saved.kind !== 'ok') throw new Error(JSON.stringify(saved));
		expect(saved.value.coverage[2]).toEqual({
			area: 'bridging',
			state: 'not_assessed',
			how: '',
			evidence: ''
		});
		expect(await gapsOf(p.id)).toEqual(['digital']);
		const entries = await auditEntries(p.id);
		expect(entries).toHaveLength(2);
		expect(entries.at(-1)).toMatchObject({
			action: 'update',
			before: { 'coverage.bridging.state': 'not_considered' },
			after: { 'coverage.bridging.state': 'not_assessed' }
		});

		const bare = await created(coordinator.actor, {
			...body(),
			title: 'Ingen har bedömt något',
			coverage: { digital: { state: 'considered', how: 'Videomöten', evidence: '' } }
		});
		expect(bare.coverage.map((c) => c.state)).toEqual([
			'not_assessed',
			'not_assessed',
			'not_assessed',
			'considered'
		]);
		expect(await gapsOf(bare.id)).toEqual([]);
	});

	test('a save on an old revision is a conflict: nothing is written, and it says what is saved now and by whom', async () => {
		const p = await created(coordinator.actor, { ...body(), title: 'Konfliktprocess' });
		const first = await updateProcess(database.db, coordinator.actor, '17', p.id, {
			...body(),
			title: 'Konfliktprocess',
			status: 'ongoing',
			revision: 1
		});
		expect(first).toMatchObject({ kind: 'ok', value: { status: 'ongoing', revision: 2 } });
		const before = await counts();
		const second = await updateProcess(database.db, otherCoordinator.actor, '17', p.id, {
			...body(),
			title: 'Konfliktprocess',
			status: 'paused',
			participants: [arvika],
			coverage: { ...body().coverage, digital: { state: 'considered', how: 'Den andras text' } },
			revision: '1'
		});
		expect(second).toMatchObject({
			kind: 'conflict',
			message:
				'Någon annan har sparat en ändring av processen medan du redigerade. Ingenting har skrivits över.',
			current: {
				current: {
					id: p.id,
					revision: 2,
					status: 'ongoing',
					'coverage.digital.state': 'not_considered'
				},
				changedBy: label(coordinator)
			}
		});
		expect((second as { current: ProcessConflict }).current.current.participants).toHaveLength(2);
		expect(await counts()).toEqual(before);
		const now = await getProcess(database.db, anonymous, '17', p.id);
		expect(now).toMatchObject({ kind: 'ok', value: { status: 'ongoing', revision: 2 } });
	});

	test('an invalid change writes nothing: the process, its links and its coverage stay as they were', async () => {
		const p = await created(coordinator.actor, { ...body(), title: 'Oförändrad' });
		const before = await counts();
		const result = await updateProcess(database.db, coordinator.actor, '17', p.id, {
			...body(),
			title: 'Oförändrad men ny rubrik',
			participants: [arvika, falun],
			coverage: { ...body().coverage, digital: { state: 'worked_through', how: 'Klart' } },
			revision: 1
		});
		expect(result).toMatchObject({
			kind: 'invalid',
			fields: { participants: [expect.any(String)] }
		});
		expect(await counts()).toEqual(before);
		expect(await getProcess(database.db, anonymous, '17', p.id)).toEqual({ kind: 'ok', value: p });
	});

	test.each(outsiders({ reader, editor, dalarnaCoordinator }))(
		'%s may not write processes, and nothing is written',
		async (_, who) => {
			const before = await counts();
			const [p] = (await overview()).processes;
			expect(await createProcess(database.db, who(), '17', body())).toMatchObject({
				kind: 'forbidden'
			});
			expect(await processForEdit(database.db, who(), '17', p!.id)).toMatchObject({
				kind: 'forbidden'
			});
			expect(await processChoices(database.db, who(), '17')).toMatchObject({ kind: 'forbidden' });
			expect(
				await updateProcess(database.db, who(), '17', p!.id, { ...body(), revision: p!.revision })
			).toMatchObject({ kind: 'forbidden' });
			expect(
				await archiveProcess(database.db, who(), '17', p!.id, { revision: p!.revision })
			).toMatchObject({ kind: 'forbidden' });
			expect(await counts()).toEqual(before);
		}
	);

	test('a process of another county is not found from this one', async () => {
		const [p] = (await overview()).processes;
		expect(await getProcess(database.db, dalarnaCoordinator.actor, '20', p!.id)).toMatchObject({
			kind: 'not_found'
		});
		expect(
			await updateProcess(database.db, dalarnaCoordinator.actor, '20', p!.id, {
				...body(),
				participants: [],
				initiatives: [],
				ownerGroupId: null,
				goalAreas: [],
				revision: p!.revision
			})
		).toMatchObject({ kind: 'not_found' });
	});

	test('archiving hides the process but keeps it and its history; a stale archive is a conflict', async () => {
		const p = await created(coordinator.actor, { ...body(), title: 'Arkiveras' });
		expect(
			await archiveProcess(database.db, coordinator.actor, '17', p.id, { revision: 5 })
		).toMatchObject({
			kind: 'conflict',
			message: 'Någon annan har ändrat processen sedan du öppnade den. Den har inte arkiverats.'
		});
		expect(
			await archiveProcess(database.db, coordinator.actor, '17', p.id, { revision: 1 })
		).toEqual({ kind: 'ok', value: { id: p.id } });
		expect((await overview(coordinator.actor)).processes.some((x) => x.id === p.id)).toBe(false);
		expect(await getProcess(database.db, coordinator.actor, '17', p.id)).toMatchObject({
			kind: 'not_found'
		});
		expect(
			await updateProcess(database.db, coordinator.actor, '17', p.id, { ...body(), revision: 2 })
		).toMatchObject({ kind: 'not_found' });
		const entries = await auditEntries(p.id);
		expect(entries.map((e) => [e.action, e.after === null])).toEqual([
			['create', false],
			['archive', true]
		]);
		expect(entries[1]!.before).toMatchObject({ title: 'Arkiveras' });
		// its title stays taken
		expect(
			await createProcess(database.db, coordinator.actor, '17', { ...body(), title: 'arkiveras' })
		).toMatchObject({ kind: 'invalid', fields: { title: [expect.any(String)] } });
	});
});
