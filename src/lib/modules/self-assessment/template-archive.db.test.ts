import { expect, test } from 'vitest';
import { lastAuditId } from '../../../../tests/kit/audit.ts';
import { castForFile } from '../../../../tests/kit/cast.ts';
import { databaseForFile } from '../../../../tests/kit/db.ts';
import { addStatement } from './service.server.ts';
import * as t from './tables.ts';

const database = databaseForFile();
const { coordinator } = castForFile(database, 'coordinator');

test('an archived template is not changed any more', async () => {
	const [archived] = await database.db
		.insert(t.assessmentTemplates)
		.values({ countyCode: '17', title: 'Arkiverad mall', archivedAt: new Date() })
		.returning();
	const before = await lastAuditId(database.db);
	expect(
		await addStatement(database.db, coordinator.actor, '17', archived!.id, {
			version: String(archived!.version),
			dimensionKey: 'digital',
			text: 'Ska inte komma in.'
		})
	).toMatchObject({ kind: 'not_found', message: 'Mallen finns inte.' });
	expect(await lastAuditId(database.db)).toBe(before);
});
