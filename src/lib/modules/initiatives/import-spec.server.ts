import { INITIATIVE_COLUMNS } from './domain/columns.ts';
import { normalise } from './domain/import-cells.ts';
import type { County } from '../counties/index.ts';
import { audit, auditMany } from '../../platform/audit.ts';
import type { Actor } from '../../core/actor.ts';
import { canManageInitiative } from './domain/permissions.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import {
	commitImport,
	prepareImport,
	type ImportColumn,
	type ImportPreview,
	type ImportProgress,
	type ImportSpec
} from '../../platform/imports/core.ts';
import { forbidden, invalid } from '../../core/outcome.ts';
import { countyOrganisations, lockCountyInitiatives } from './queries.server.ts';
import { insertInitiatives, titleMatches, type TitleMatch } from './import-queries.server.ts';
import { ENTITY } from './service.server.ts';
import { INITIATIVE_LIMITS } from '../../platform/imports/limits.ts';
import { importTitleWarning, sameTitleInFileWarning } from './titles.ts';
import {
	rowSchema,
	type InitiativeImportContext,
	type InitiativeImportRow
} from './import-rows.server.ts';

/**
 * The initiatives import for the import core (platform/imports/core.ts):
 * its columns, its row schema (import-rows.server.ts), the checks across
 * rows (who may import what, titles that are taken) and the writer (one
 * transaction, bulk inserts, one audit entry per initiative and one for the
 * import); and a file run through it, as a preview or for real.
 */

/** Larger files are refused before they are read (the web server's own limit is lower). */
export const MAX_FILE_BYTES = INITIATIVE_LIMITS.maxFileBytes;

export const IMPORT_COLUMNS: readonly ImportColumn[] = INITIATIVE_COLUMNS.map((c) => ({
	key: c.key,
	name: c.header,
	aliases: [c.id, ...c.aliases],
	required: c.required
}));

export interface InitiativeImportResult {
	created: number;
	ids: number[];
	file: string;
}

export type InitiativeImportRun =
	| { status: 'invalid'; preview: ImportPreview<InitiativeImportRow> }
	| { status: 'preview'; preview: ImportPreview<InitiativeImportRow> }
	| {
			status: 'done';
			preview: ImportPreview<InitiativeImportRow>;
			result: InitiativeImportResult;
	  };

/** A file's name without its folders, also a Windows path as some browsers send it. */
export const baseName = (name: string) => name.split(/[\\/]/).pop()!.trim();

/** Thrown inside the write when the staged file was imported by an earlier confirmation. */
export class AlreadyImported extends Error {}

export interface WriteHooks {
	/** first thing in the transaction: false when the import must not run (already done) */
	claim?(tx: Tx): Promise<boolean>;
	/** last thing in the transaction */
	done?(tx: Tx, result: InitiativeImportResult): Promise<void>;
}

/** The initiatives import, for the import core: columns, row schema, checks and writer. */
export function initiativeImportSpec(
	ctx: InitiativeImportContext,
	hooks: WriteHooks = {}
): ImportSpec<InitiativeImportRow, InitiativeImportResult> {
	const countyCode = ctx.county.code;
	return {
		columns: IMPORT_COLUMNS,
		limits: INITIATIVE_LIMITS,
		schema: rowSchema(ctx),
		async check(rows, fail, warn) {
			const firstRow = new Map<string, number>();
			for (const r of rows) {
				r.value.row = r.row;
				const lead = r.value.write.columns.leadOrganisationId ?? null;
				if (!canManageInitiative(ctx.actor, countyCode, lead))
					fail(
						r,
						'lead',
						lead === null
							? 'Ange den ansvariga organisationen. Insatser för hela länet utan ansvarig organisation läses in av samordnare.'
							: `Du får bara läsa in insatser som din egen organisation leder, inte ${r.value.lead}s.`
					);
				const key = normalise(r.value.input.title);
				const first = firstRow.get(key);
				if (first !== undefined) warn(r, 'title', sameTitleInFileWarning(first));
				else firstRow.set(key, r.row);
			}
			const matches = await ctx.titleMatches(rows.map((r) => r.value.input.title));
			const byIndex = new Map<number, TitleMatch[]>();
			for (const m of matches) byIndex.set(m.index, [...(byIndex.get(m.index) ?? []), m]);
			for (const [index, list] of byIndex) warn(rows[index]!, 'title', importTitleWarning(list));
		},
		async write(tx, rows, progress) {
			await lockCountyInitiatives(tx, countyCode);
			if (hooks.claim && !(await hooks.claim(tx))) throw new AlreadyImported();
			const ids = await insertInitiatives(
				tx,
				countyCode,
				rows.map((r) => ({
					write: r.write,
					sourceLocator: `Inläst från filen ${ctx.fileName}, rad ${r.row}`
				})),
				progress
			);
			await auditMany(
				tx,
				ctx.actor,
				rows.map((r, i) => ({
					action: 'create',
					entityType: ENTITY,
					entityId: ids[i]!,
					countyCode,
					before: null,
					after: auditView(r)
				}))
			);
			const result = { created: ids.length, ids, file: ctx.fileName };
			await audit(tx, ctx.actor, {
				action: 'import',
				entityType: 'initiatives',
				entityId: ctx.fileName,
				countyCode,
				before: null,
				after: { file: ctx.fileName, rows: rows.length, created: ids.length, ids }
			});
			await hooks.done?.(tx, result);
			return result;
		}
	};
}

/** What the audit log keeps of a new initiative: the same as for one registered in the form. */
function auditView(r: InitiativeImportRow) {
	const c = r.write.columns;
	return {
		title: c.title,
		description: c.description,
		lead: r.lead,
		partners: r.partners,
		otherPartners: c.otherPartners,
		municipalities: r.municipalities,
		level: c.level,
		phase: c.phase,
		startsOn: c.startsOn,
		endsOn: c.endsOn,
		goalAreas: c.goalAreas,
		developmentAreas: c.developmentAreas,
		focusShifts: c.focusShifts,
		funding: r.write.funding,
		contactFunction: c.contactFunction,
		contactEmail: c.contactEmail,
		contactPhone: c.contactPhone,
		contactPerson: null,
		results: c.results,
		lessons: c.lessons,
		links: c.links,
		goodExample: c.goodExample,
		visibility: c.visibility,
		source: c.sourceLocator
	};
}

export const noImporting = () =>
	forbidden<never>(
		'Bara länets samordnare, administratörer och redaktörer kan läsa in insatser. Redaktörer läser in sin egen organisations insatser.'
	);

export async function loadContext(
	db: Db,
	actor: Actor,
	county: County,
	fileName: string
): Promise<InitiativeImportContext> {
	return {
		actor,
		county,
		organisations: await countyOrganisations(db, county.code),
		fileName,
		titleMatches: (titles) => titleMatches(db, county.code, titles)
	};
}

export async function run(
	db: Db,
	ctx: InitiativeImportContext,
	bytes: Uint8Array,
	opts: { dryRun?: boolean; progress?: ImportProgress; hooks?: WriteHooks }
): Promise<InitiativeImportRun> {
	const spec = initiativeImportSpec(ctx, opts.hooks);
	const prepared = await prepareImport(spec, { name: ctx.fileName, bytes }, opts.progress);
	const { preview } = prepared;
	if (preview.errors.length > 0) return { status: 'invalid', preview };
	if (opts.dryRun) return { status: 'preview', preview };
	const result = await commitImport(db, spec, prepared, opts.progress);
	return { status: 'done', preview, result };
}

export const tooLarge = () =>
	invalid<never>('Filen kunde inte läsas in.', {
		file: [
			`Filen är för stor (högst ${MAX_FILE_BYTES / 1024 / 1024} MB). Dela upp den i flera filer.`
		]
	});
