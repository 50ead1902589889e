import { and, eq } from 'drizzle-orm';
import { describe, expect, inject, test } from 'vitest';
import { databaseForFile, targetFor } from '../../../../tests/kit/db.ts';
import { rowCount, writtenBy } from '../../../../tests/kit/audit.ts';
import { castForFile, FIVE, label, outsiders } from '../../../../tests/kit/cast.ts';
import { nestFormValues } from '../../core/form-data.ts';
import { anonymous, type Actor } from '../../core/actor.ts';
import { connect } from '../../platform/db/client.ts';
import { auditLog, visionItems, visions } from '../../app/tables.ts';
import { getVisionForEditing, publishVision, type EditableVision } from './service.server.ts';
import * as visionReads from './read.server.ts';

const database = databaseForFile();
const { coordinator, otherCoordinator, reader, editor, dalarnaCoordinator, stockholmCoordinator } =
	castForFile(database, ...FIVE, 'stockholmCoordinator');

async function editing(actor: Actor = coordinator.actor): Promise<EditableVision> {
	const v = await getVisionForEditing(database.db, actor, '17');
	if (v.kind !== 'ok' || !v.value) throw new Error(JSON.stringify(v));
	return v.value;
}

/** The latest version as the API would send it back unchanged. */
function asInput(v: EditableVision) {
	return {
		basedOnVersion: v.version,
		title: v.title,
		subtitle: v.subtitle,
		intro: v.intro,
		visibility: v.visibility,
		items: v.items.map((i) => ({
			id: i.id,
			kind: i.kind,
			title: i.title,
			body: i.body,
			fromText: i.fromText ?? '',
			toText: i.toText ?? ''
		}))
	};
}

const count = (table: typeof visions | typeof visionItems | typeof auditLog) =>
	rowCount(database.db, table);

async function publishEntries(countyCode = '17') {
	return database.db
		.select()
		.from(auditLog)
		.where(
			and(
				eq(auditLog.entityType, 'vision'),
				eq(auditLog.action, 'publish'),
				eq(auditLog.countyCode, countyCode)
			)
		)
		.orderBy(auditLog.id);
}

describe('publishing a new version of the vision', () => {
	test('a coordinator publishes version 2 from the form: old version kept, sources kept only for unchanged items, one audit entry', async () => {
		const v1 = await editing();
		expect(v1.version).toBe(1);
		const principles = v1.items.filter((i) => i.kind === 'principle');
		const statements = v1.items.filter((i) => i.kind === 'citizen_statement');
		expect(principles.length).toBeGreaterThan(2);
		const itemsBefore = await count(visionItems);

		// the form posts flat fields: items.N.field, in the order of the rows
		const form: Record<string, string> = {
			basedOnVersion: String(v1.version),
			title: v1.title,
			subtitle: v1.subtitle,
			intro: v1.intro,
			visibility: 'public'
		};
		v1.items.forEach((item, n) => {
			form[`items.${n}.id`] = String(item.id);
			form[`items.${n}.kind`] = item.kind;
			form[`items.${n}.title`] = item.title;
			form[`items.${n}.body`] = item.body;
			if (item.kind === 'focus_shift') {
				form[`items.${n}.fromText`] = item.fromText ?? '';
				form[`items.${n}.toText`] = item.toText ?? '';
			}
		});
		const changedAt = v1.items.indexOf(principles[0]!);
		const removedAt = v1.items.indexOf(statements[0]!);
		form[`items.${changedAt}.title`] = 'Vi utgår från det som är viktigt för personen';
		form[`items.${removedAt}.title`] = ''; // removing an item: clear its title
		const next = v1.items.length;
		form[`items.${next}.kind`] = 'principle';
		form[`items.${next}.id`] = '';
		form[`items.${next}.title`] = 'Vi prövar nya arbetssätt tillsammans';
		form[`items.${next}.body`] = '';
		form[`items.${next + 1}.kind`] = 'core_value'; // an empty row for a new item: ignored
		form[`items.${next + 1}.id`] = '';
		form[`items.${next + 1}.title`] = '';
		form[`items.${next + 1}.body`] = '';

		const published = await publishVision(
			database.db,
			coordinator.actor,
			'17',
			nestFormValues(form)
		);
		if (published.kind !== 'ok') throw new Error(JSON.stringify(published));
		const v2 = published.value;
		expect(v2).toMatchObject({ version: 2, title: v1.title, source: v1.source });
		expect(v2.id).not.toBe(v1.id);

		const principles2 = v2.items.filter((i) => i.kind === 'principle');
		expect(principles2.map((p) => p.title)).toEqual([
			'Vi utgår från det som är viktigt för personen',
			...principles.slice(1).map((p) => p.title),
			'Vi prövar nya arbetssätt tillsammans'
		]);
		expect(principles2.map((p) => p.position)).toEqual(principles2.map((_, i) => i + 1));
		// changed and new items are entered in Nära; unchanged ones keep the source document
		expect(principles2[0]!.source).toBeNull();
		expect(principles2.at(-1)!.source).toBeNull();
		expect(principles2[1]!.source).toBe(principles[1]!.source);
		expect(v2.items.filter((i) => i.kind === 'citizen_statement').map((i) => i.title)).toEqual(
			statements.slice(1).map((s) => s.title)
		);
		const shifts = v2.items.filter((i) => i.kind === 'focus_shift');
		expect(shifts.find((s) => s.focusShiftKey === 'person')).toMatchObject({
			fromText: 'Fokus på organisation',
			source: '001_ae9703054a45fcdc.txt'
		});
		expect(v2.items.some((i) => i.kind === 'core_value')).toBe(false);

		// the old version is still there, unchanged
		const [old] = await database.db.select().from(visions).where(eq(visions.id, v1.id));
		expect(old).toMatchObject({ version: 1, title: v1.title });
		expect(await count(visionItems)).toBe(itemsBefore + v1.items.length);

		const entries = await publishEntries();
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'publish',
			entityId: String(v2.id),
			...writtenBy(coordinator),
			before: { version: 1, title: v1.title },
			after: { version: 2, title: v1.title, visibility: 'public' }
		});
		const after = entries[0]!.after as { items: { title: string }[] };
		expect(after.items.map((i) => i.title)).toContain('Vi prövar nya arbetssätt tillsammans');

		// what everyone reads is the new version
		const current = await visionReads.vision(database.db, anonymous, 'varmland');
		expect(current).toMatchObject({ kind: 'ok', value: { version: 2, id: v2.id } });
		const versions = await visionReads.visionVersions(database.db, anonymous, '17');
		if (versions.kind !== 'ok') throw new Error(versions.kind);
		expect(versions.value.versions.map((v) => [v.version, v.publishedBy])).toEqual([
			[2, coordinator.actor.name],
			[1, null]
		]);
		const first = await visionReads.visionVersion(database.db, anonymous, '17', 1);
		expect(first).toMatchObject({ kind: 'ok', value: { version: 1, id: v1.id } });
	});

	test.each(outsiders({ reader, editor, dalarnaCoordinator }))(
		'%s may not publish, and nothing is written',
		async (_, who) => {
			const input = asInput(await editing());
			const before = [await count(visions), await count(visionItems), await count(auditLog)];
			expect(
				await publishVision(database.db, who(), '17', { ...input, title: 'Kapad' })
			).toMatchObject({ kind: 'forbidden' });
			expect(await getVisionForEditing(database.db, who(), '17')).toMatchObject({
				kind: 'forbidden'
			});
			expect([await count(visions), await count(visionItems), await count(auditLog)]).toEqual(
				before
			);
		}
	);

	test('bad input is refused with a Swedish message per field, and nothing is written', async () => {
		const input = asInput(await editing());
		const before = [await count(visions), await count(auditLog)];
		const shift = input.items.findIndex((i) => i.kind === 'focus_shift');
		const items = [
			...input.items.map((item, n) => (n === shift ? { ...item, toText: ' ' } : item)),
			{ kind: 'concept', title: '', body: 'En text utan rubrik' },
			{ kind: 'principle', id: 999999, title: 'Finns inte', body: '' },
			{ kind: 'okänd', title: 'X' }
		];
		const result = await publishVision(database.db, coordinator.actor, '17', {
			...input,
			title: '',
			intro: 'x'.repeat(5001),
			visibility: 'hemlig',
			items
		});
		const n = input.items.length;
		expect(result).toEqual({
			kind: 'invalid',
			message: 'Målbilden kunde inte publiceras.',
			fields: {
				title: ['Skriv en rubrik.'],
				intro: ['En ingress får ha högst 5000 tecken.'],
				visibility: ['Välj om uppgiften är offentlig eller intern.'],
				[`items.${shift}.toText`]: ['Skriv vad förflyttningen går till.'],
				[`items.${n}.title`]: ['Skriv en rubrik, eller töm raden.'],
				[`items.${n + 2}.kind`]: ['Välj vilken del av målbilden raden hör till.']
			}
		});
		// an id from no version of this county's vision
		const [dalarna] = await database.db
			.select({ id: visionItems.id })
			.from(visionItems)
			.innerJoin(visions, eq(visions.id, visionItems.visionId))
			.where(eq(visions.countyCode, '20'))
			.limit(1);
		expect(
			await publishVision(database.db, coordinator.actor, '17', {
				...input,
				items: [...input.items, { kind: 'principle', id: dalarna!.id, title: 'Lånad', body: '' }]
			})
		).toEqual({
			kind: 'invalid',
			message: 'Målbilden kunde inte publiceras.',
			fields: {
				[`items.${n}.id`]: ['Raden hänvisar till en del av målbilden som inte finns.']
			}
		});
		expect([await count(visions), await count(auditLog)]).toEqual(before);
	});

	test('publishing on an older version is a conflict that names who published meanwhile', async () => {
		const base = asInput(await editing());
		const first = await publishVision(database.db, otherCoordinator.actor, '17', {
			...base,
			subtitle: 'Den andras underrubrik'
		});
		expect(first).toMatchObject({ kind: 'ok', value: { version: base.basedOnVersion + 1 } });
		const second = await publishVision(database.db, coordinator.actor, '17', {
			...base,
			subtitle: 'Min underrubrik'
		});
		expect(second).toMatchObject({
			kind: 'conflict',
			message: `Någon annan har publicerat version ${base.basedOnVersion + 1} av målbilden medan du redigerade. Ingenting har publicerats.`,
			current: {
				current: { version: base.basedOnVersion + 1, subtitle: 'Den andras underrubrik' },
				changedBy: label(otherCoordinator)
			}
		});
		const latest = await editing();
		expect(latest).toMatchObject({
			version: base.basedOnVersion + 1,
			subtitle: 'Den andras underrubrik'
		});
		// the header changed, so the version is entered in Nära
		expect(latest.source).toBeNull();
		expect((await publishEntries()).map((e) => e.actorUserId)).toEqual([
			coordinator.actor.userId,
			otherCoordinator.actor.userId
		]);
	});

	test('two publications at once on the same version: exactly one wins', async () => {
		const base = asInput(await editing());
		const other = await connect(targetFor(inject('dbServer'), database.name), {
			role: 'test-other',
			max: 2
		});
		try {
			const entriesBefore = (await publishEntries()).length;
			const results = await Promise.all([
				publishVision(database.db, coordinator.actor, '17', { ...base, subtitle: 'A' }),
				publishVision(other.db, otherCoordinator.actor, '17', { ...base, subtitle: 'B' })
			]);
			expect(results.map((r) => r.kind).sort()).toEqual(['conflict', 'ok']);
			const rows = await database.db
				.select({ version: visions.version })
				.from(visions)
				.where(eq(visions.countyCode, '17'));
			expect(Math.max(...rows.map((r) => r.version))).toBe(base.basedOnVersion + 1);
			expect((await publishEntries()).length).toBe(entriesBefore + 1);
		} finally {
			await other.close();
		}
	});

	test('an internal version is read only by people with a role in the county; the others keep reading the public one', async () => {
		const base = asInput(await editing());
		const published = await publishVision(database.db, coordinator.actor, '17', {
			...base,
			title: 'Utkast till ny målbild',
			visibility: 'internal'
		});
		if (published.kind !== 'ok') throw new Error(published.kind);
		const internal = published.value.version;
		const read = async (who: Actor) => {
			const v = await visionReads.vision(database.db, who, '17');
			if (v.kind !== 'ok') throw new Error(v.kind);
			return v.value.version;
		};
		expect(await read(anonymous)).toBe(internal - 1);
		expect(await read(dalarnaCoordinator.actor)).toBe(internal - 1);
		expect(await read(reader.actor)).toBe(internal);
		expect(await read(editor.actor)).toBe(internal);
		const listed = async (who: Actor) => {
			const l = await visionReads.visionVersions(database.db, who, '17');
			if (l.kind !== 'ok') throw new Error(l.kind);
			return l.value.versions.map((v) => v.version);
		};
		expect(await listed(anonymous)).not.toContain(internal);
		expect(await listed(reader.actor)).toContain(internal);
		expect(await visionReads.visionVersion(database.db, anonymous, '17', internal)).toMatchObject({
			kind: 'not_found'
		});
		expect(
			await visionReads.visionVersion(database.db, reader.actor, '17', internal)
		).toMatchObject({
			kind: 'ok',
			value: { title: 'Utkast till ny målbild' }
		});
	});

	test('the vision as the API reads it, sent back unchanged, is a new version with every source kept', async () => {
		const read = await visionReads.vision(database.db, reader.actor, '17');
		if (read.kind !== 'ok') throw new Error(read.kind);
		const v = read.value;
		const published = await publishVision(database.db, coordinator.actor, '17', {
			basedOnVersion: v.version,
			title: v.title,
			subtitle: v.subtitle,
			intro: v.intro,
			visibility: v.visibility,
			items: v.items.map(({ id, kind, title, body, fromText, toText }) => ({
				id,
				kind,
				title,
				body,
				fromText: fromText ?? '',
				toText: toText ?? ''
			}))
		});
		if (published.kind !== 'ok') throw new Error(JSON.stringify(published));
		const strip = (x: typeof v) =>
			x.items.map(({ kind, position, title, source, focusShiftKey }) => ({
				kind,
				position,
				title,
				source,
				focusShiftKey
			}));
		expect(published.value.version).toBe(v.version + 1);
		expect(published.value.source).toBe(v.source);
		expect(strip(published.value)).toEqual(strip(v));
	});

	test('a county without a vision publishes its first version', async () => {
		expect(await getVisionForEditing(database.db, stockholmCoordinator.actor, '01')).toEqual({
			kind: 'ok',
			value: null
		});
		expect(
			await publishVision(database.db, stockholmCoordinator.actor, '01', {
				basedOnVersion: 3,
				title: 'Nära i Stockholm',
				intro: 'Ingress'
			})
		).toMatchObject({ kind: 'invalid', fields: { basedOnVersion: expect.any(Array) } });
		const first = await publishVision(database.db, stockholmCoordinator.actor, '01', {
			basedOnVersion: 0,
			title: 'Nära i Stockholm',
			intro: 'Ingress',
			items: [{ kind: 'principle', title: 'Tillsammans', body: '' }]
		});
		expect(first).toMatchObject({
			kind: 'ok',
			value: {
				version: 1,
				source: null,
				items: [{ kind: 'principle', position: 1, title: 'Tillsammans', source: null }]
			}
		});
		expect(await publishEntries('01')).toHaveLength(1);
		expect(await visionReads.vision(database.db, anonymous, 'stockholm')).toMatchObject({
			kind: 'ok',
			value: { title: 'Nära i Stockholm' }
		});
	});
});
