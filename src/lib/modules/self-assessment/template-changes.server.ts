import type { Actor } from '../../core/actor.ts';
import { fieldErrors, forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import { audit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { isRowId } from '../../platform/ids.ts';
import { canEditTemplates } from './domain/permissions.ts';
import * as q from './queries.server.ts';
import { StatementInput, StatementTextInput } from './schema.ts';

/**
 * The coordinators' changes to a template: a statement added, reworded or
 * retired, each in a new version of the template (one transaction, audited;
 * a form made from an older version is a conflict). Answers stay tied to the
 * statements – the words – they were given to.
 */

const TEMPLATE = 'assessment_template';

/** A new version of a template: a statement added, reworded or retired. */
async function changeTemplate(
	db: Db,
	actor: Actor,
	countyCode: string,
	templateId: number,
	expectedVersion: unknown,
	change: (
		tx: Parameters<Parameters<Db['transaction']>[0]>[0],
		version: number
	) => Promise<Outcome<unknown> | { before: unknown; after: unknown }>
): Promise<Outcome<{ version: number }>> {
	if (!canEditTemplates(actor, countyCode)) return forbidden();
	if (!isRowId(templateId)) return notFound('Mallen finns inte.');
	return db.transaction(async (tx) => {
		const template = await q.template(tx, countyCode, templateId, true);
		// an archived template is not changed any more (its edit page is gone too)
		if (!template || template.archivedAt)
			return notFound<{ version: number }>('Mallen finns inte.');
		if (Number(expectedVersion) !== template.version)
			return {
				kind: 'conflict',
				message: 'Mallen har ändrats sedan du öppnade sidan. Ladda om och försök igen.'
			};
		const version = template.version + 1;
		const done = await change(tx, version);
		if ('kind' in done) return done as Outcome<never>;
		await q.bumpVersion(tx, templateId);
		await audit(tx, actor, {
			action: 'update',
			entityType: TEMPLATE,
			entityId: templateId,
			countyCode,
			...done
		});
		return ok({ version });
	});
}

export function addStatement(
	db: Db,
	actor: Actor,
	countyCode: string,
	templateId: number,
	raw: Record<string, unknown>
) {
	return changeTemplate(db, actor, countyCode, templateId, raw.version, async (tx, version) => {
		const parsed = StatementInput.safeParse(raw);
		if (!parsed.success)
			return invalid('Påståendet kunde inte läggas till.', fieldErrors(parsed.error.issues));
		const dimension = (await q.dimensions(tx, templateId)).find(
			(d) => d.key === parsed.data.dimensionKey
		);
		if (!dimension)
			return invalid('Påståendet kunde inte läggas till.', {
				dimensionKey: ['Välj en dimension i mallen.']
			});
		const row = await q.insertStatement(tx, {
			templateId,
			dimensionId: dimension.id,
			text: parsed.data.text,
			position: 1000 + version,
			source: parsed.data.source || null,
			quote: parsed.data.quote,
			addedInVersion: version
		});
		return {
			before: null,
			after: { statement: row.id, dimension: dimension.key, text: row.text, version }
		};
	});
}

export function retireStatement(
	db: Db,
	actor: Actor,
	countyCode: string,
	templateId: number,
	statementId: number,
	raw: Record<string, unknown>
) {
	return changeTemplate(db, actor, countyCode, templateId, raw.version, async (tx, version) => {
		const current = (await q.statements(tx, templateId, version - 1)).find(
			(s) => s.id === statementId
		);
		if (!current || !(await q.retireStatement(tx, templateId, statementId, version)))
			return notFound('Påståendet finns inte i mallens nuvarande version.');
		return {
			before: { statement: statementId, text: current.text },
			after: { statement: statementId, retiredInVersion: version }
		};
	});
}

/**
 * A statement reworded: in one new version the old wording is retired and
 * the new one added in its place (same dimension, same position), so the
 * answers given to the old words stay tied to them.
 */
export function rewordStatement(
	db: Db,
	actor: Actor,
	countyCode: string,
	templateId: number,
	statementId: number,
	raw: Record<string, unknown>
) {
	return changeTemplate(db, actor, countyCode, templateId, raw.version, async (tx, version) => {
		const parsed = StatementTextInput.safeParse(raw);
		if (!parsed.success)
			return invalid('Påståendet kunde inte ändras.', fieldErrors(parsed.error.issues));
		const current = (await q.statements(tx, templateId, version - 1)).find(
			(s) => s.id === statementId
		);
		if (!current) return notFound('Påståendet finns inte i mallens nuvarande version.');
		const next = {
			text: parsed.data.text,
			source: parsed.data.source || null,
			quote: parsed.data.quote
		};
		if (
			next.text === current.text &&
			next.source === current.source &&
			next.quote === current.quote
		)
			return invalid('Inget ändrades: påståendet, källan och citatet är desamma som förut.', {
				text: ['Skriv den nya formuleringen.']
			});
		const old = (await q.retireStatement(tx, templateId, statementId, version))!;
		const row = await q.insertStatement(tx, {
			templateId,
			dimensionId: old.dimensionId,
			position: old.position,
			addedInVersion: version,
			...next
		});
		return {
			before: { statement: statementId, text: current.text, source: current.source },
			after: { statement: row.id, text: row.text, source: row.source, version }
		};
	});
}
