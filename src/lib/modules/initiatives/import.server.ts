import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { INITIATIVE_COLUMNS, type InitiativeColumnKey } from './domain/columns.ts';
import {
	DEVELOPMENT_AREA_LABELS,
	FOCUS_SHIFT_LABELS,
	GOAL_AREA_LABELS,
	PHASE_LABELS,
	WORK_LEVEL_LABELS
} from '../../core/vocabulary.ts';
import type { County } from '../counties/index.ts';
import { InitiativeInput } from './schema.ts';
import { audit, auditMany } from '../../platform/audit.ts';
import { actorUserId, type Actor } from '../../core/actor.ts';
import { canEditSomething, canManageInitiative } from './domain/permissions.ts';
import { county as findCounty } from '../counties/index.server.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { importJobs } from '../../platform/db/tables.ts';
import {
	commitImport,
	prepareImport,
	type ImportColumn,
	type ImportPreview,
	type ImportProgress,
	type ImportSpec
} from '../../platform/imports/core.ts';
import { parseDecimal } from '../../platform/imports/numbers.ts';
import { forbidden, invalid, notFound, ok, type Outcome } from '../../core/outcome.ts';
import * as q from './queries.server.ts';
import { ENTITY, toWrite } from './service.server.ts';
import { INITIATIVE_LIMITS } from '../../platform/imports/limits.ts';
import { importTitleWarning, sameTitleInFileWarning } from './titles.ts';

/**
 * Importing the inventory from a file (CSV or XLSX): one row per
 * initiative, with the template's Swedish headers (or the open data's
 * English identifiers). Uses the import core: every bad row is reported with
 * its row, column, value and a Swedish message, and one bad row writes
 * nothing. Each row is checked with the same schema as the form
 * (InitiativeInput), organisations are found by their names in the county,
 * an editor may import only what their organisation leads, and a title that
 * is the same as or close to one in the county (or another row's) is a
 * warning, as in the form (titles.ts). All rows are written in one transaction with bulk inserts, with
 * one audit entry per initiative and one for the import.
 *
 * From the browser the file is staged first (import_jobs, kind
 * "initiatives"): it is read and checked once, when it is uploaded, and its
 * preview is kept with it, so the preview page never reads the file again;
 * the confirmation reads the same staged bytes, so nothing has to be
 * uploaded twice and nothing rides in the page.
 */

export const STAGED_KIND = 'initiatives';
/** Staged files that were never confirmed are removed after this long. */
const STAGE_HOURS = 24;
/** Larger files are refused before they are read (the web server's own limit is lower). */
export const MAX_FILE_BYTES = INITIATIVE_LIMITS.maxFileBytes;

export const IMPORT_COLUMNS: readonly ImportColumn[] = INITIATIVE_COLUMNS.map((c) => ({
	key: c.key,
	name: c.header,
	aliases: [c.id, ...c.aliases],
	required: c.required
}));

/** A row ready to write, with the names it was given (for the preview and the audit log). */
export interface InitiativeImportRow {
	/** the row in the file; set when all rows are checked */
	row: number;
	input: InitiativeInput;
	write: q.InitiativeWrite;
	lead: string | null;
	partners: string[];
	municipalities: string[];
}

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
const baseName = (name: string) => name.split(/[\\/]/).pop()!.trim();

// ——— Reading cells

const normalise = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The values of a list cell. `|`, `;` and line breaks always separate; a
 * comma separates too, except inside a known value ("Ledning, styrning och
 * samverkan" stays one goal area).
 */
export function splitList(cell: string, isKnown: (value: string) => boolean = () => false) {
	const out: string[] = [];
	for (const part of cell.split(/[|;\n\r]+/)) {
		const tokens = part.split(',').map((t) => t.trim());
		let i = 0;
		while (i < tokens.length) {
			let taken = 1;
			for (let j = tokens.length; j > i + 1; j--) {
				if (isKnown(tokens.slice(i, j).join(', '))) {
					taken = j - i;
					break;
				}
			}
			const value = tokens
				.slice(i, i + taken)
				.join(', ')
				.trim();
			if (value) out.push(value);
			i += taken;
		}
	}
	return out;
}

/** Keys and Swedish labels of a vocabulary, both case-insensitive, to the key. */
function vocabulary<K extends string>(labels: Record<K, string>): Map<string, K> {
	const map = new Map<string, K>();
	for (const [key, label] of Object.entries(labels) as [K, string][]) {
		map.set(normalise(key), key);
		map.set(normalise(label), key);
	}
	return map;
}

const LEVELS = vocabulary(WORK_LEVEL_LABELS);
const PHASES = vocabulary(PHASE_LABELS);
const GOALS = vocabulary(GOAL_AREA_LABELS);
const DEVELOPMENT = vocabulary(DEVELOPMENT_AREA_LABELS);
const FOCUS = vocabulary(FOCUS_SHIFT_LABELS);

const quoted = (values: string[]) => values.map((v) => `"${v}"`).join(', ');
const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x']);
const NO = new Set(['', 'nej', 'n', 'no', 'false', 'falskt', '0']);
const PUBLIC = new Set(['', 'offentlig', 'public', 'öppen']);
const INTERNAL = new Set(['intern', 'internal']);

/** A date cell: ÅÅÅÅ-MM-DD, also with a time after it (as some programs write dates). */
function dateCell(cell: string): string {
	const m = /^(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(cell);
	return m ? m[1]! : cell;
}

/** An amount in kronor as Swedish Excel writes it: "1 500 000", "1500000,00", "1 500 000 kr". */
function amountCell(cell: string): number | null | 'nan' | 'fraction' {
	const parsed = parseDecimal(cell.replace(/\s*(kr|kronor|sek)\.?$/i, ''));
	if (parsed.kind === 'empty') return null;
	if (parsed.kind === 'nan') return 'nan';
	return Number.isInteger(parsed.value) ? parsed.value : 'fraction';
}

/** The field of the form schema (a path of InitiativeInput) → its column in the file. */
function columnOf(path: PropertyKey[]): InitiativeColumnKey {
	const [field, , sub] = path.map(String);
	if (field === 'funding') {
		return sub === 'fundingSource'
			? 'fundingSources'
			: sub === 'amountSek'
				? 'fundingAmounts'
				: 'fundingYears';
	}
	const byField: Record<string, InitiativeColumnKey> = {
		leadOrganisationId: 'lead',
		partnerIds: 'partners',
		municipalityIds: 'municipalities'
	};
	const key = byField[field ?? ''] ?? field;
	return INITIATIVE_COLUMNS.some((c) => c.key === key) ? (key as InitiativeColumnKey) : 'title';
}

// ——— The import for the core

type Organisation = Awaited<ReturnType<typeof q.countyOrganisations>>[number];

export interface InitiativeImportContext {
	actor: Actor;
	county: County;
	organisations: Organisation[];
	fileName: string;
	/** initiatives of the county with the same or close titles (the database, or a test's list) */
	titleMatches(titles: string[]): Promise<q.TitleMatch[]>;
}

/** Organisations by name, short name and SCB code, case-insensitive. */
function organisationIndex(orgs: Organisation[]) {
	const byName = new Map<string, Organisation>();
	const short = new Map<string, Organisation[]>();
	for (const o of orgs) {
		byName.set(normalise(o.name), o);
		if (o.code) byName.set(o.code, o);
		const s = normalise(o.shortName);
		short.set(s, [...(short.get(s) ?? []), o]);
	}
	return (value: string): Organisation | undefined => {
		const v = normalise(value);
		const found = byName.get(v);
		if (found) return found;
		const candidates = short.get(v) ?? [];
		// "Arvika" is the municipality, not another body with the same short name
		return candidates.length === 1
			? candidates[0]
			: candidates.find((o) => o.kind === 'municipality');
	};
}

function rowSchema(ctx: InitiativeImportContext) {
	const organisation = organisationIndex(ctx.organisations);
	const known = (map: Map<string, string>) => (v: string) => map.has(normalise(v));
	return z.record(z.string(), z.string()).transform((cells, zctx): InitiativeImportRow => {
		const cell = (key: InitiativeColumnKey) => cells[key] ?? '';
		let failed = false;
		const fail = (key: InitiativeColumnKey, message: string) => {
			failed = true;
			zctx.addIssue({ code: 'custom', path: [key], message });
		};

		const keys = <K extends string>(
			key: InitiativeColumnKey,
			map: Map<string, K>,
			[one, many]: [string, string]
		): K[] => {
			const values = splitList(cell(key), known(map));
			const unknown = values.filter((v) => !map.has(normalise(v)));
			if (unknown.length)
				fail(
					key,
					`${unknown.length === 1 ? one : many} ${quoted(unknown)} finns inte. Se de tillåtna värdena i mallens flik "Kolumner" eller på importsidan.`
				);
			return values.map((v) => map.get(normalise(v))!).filter(Boolean);
		};
		const one = <K extends string>(
			key: InitiativeColumnKey,
			map: Map<string, K>,
			allowed: string
		): K | '' => {
			const v = cell(key);
			if (v === '') return '';
			const found = map.get(normalise(v));
			if (!found) fail(key, `"${v}" går inte att läsa. Skriv ${allowed}.`);
			return found ?? '';
		};
		const organisations = (key: InitiativeColumnKey, municipalitiesOnly: boolean) => {
			const values = splitList(cell(key), (v) => organisation(v) !== undefined);
			const found = values.map((v) => [v, organisation(v)] as const);
			const unknown = found.filter(([, o]) => !o).map(([v]) => v);
			const notMunicipality = found
				.filter(([, o]) => o && municipalitiesOnly && o.kind !== 'municipality')
				.map(([v]) => v);
			if (unknown.length)
				fail(
					key,
					municipalitiesOnly
						? `${quoted(unknown)} är ${unknown.length === 1 ? 'ingen kommun' : 'inga kommuner'} i ${ctx.county.name}. Skriv kommunens namn (t.ex. "Arvika") eller kommunkod (t.ex. 1784).`
						: `${unknown.length === 1 ? 'Organisationen' : 'Organisationerna'} ${quoted(unknown)} finns inte i ${ctx.county.name} i Nära. Skriv namnet som i Nära, t.ex. "${ctx.county.regionName}".`
				);
			else if (notMunicipality.length)
				fail(key, `${quoted(notMunicipality)} är inte en kommun. Ange bara kommuner här.`);
			return found.flatMap(([, o]) => (o ? [o] : []));
		};

		const leads = organisations('lead', false);
		if (leads.length > 1)
			fail('lead', 'Ange en enda ansvarig organisation; andra organisationer är samarbetspartner.');
		const lead = leads[0] ?? null;
		const partners = organisations('partners', false);
		const municipalities = organisations('municipalities', true);

		const level = one('level', LEVELS, 'Länsövergripande, Delregional eller Lokal');
		if (cell('level') === '')
			fail('level', 'Ange nivån: Länsövergripande, Delregional eller Lokal.');
		const phase = one('phase', PHASES, 'Idé, Planering, Pilot, Spridning, I drift eller Avslutad');
		if (cell('phase') === '')
			fail('phase', 'Ange fasen: Idé, Planering, Pilot, Spridning, I drift eller Avslutad.');
		const goalAreas = keys('goalAreas', GOALS, ['Målområdet', 'Målområdena']);
		const developmentAreas = keys('developmentAreas', DEVELOPMENT, [
			'Utvecklingsområdet',
			'Utvecklingsområdena'
		]);
		const focusShifts = keys('focusShifts', FOCUS, [
			'Fokusförflyttningen',
			'Fokusförflyttningarna'
		]);

		// funding: the three columns in the same order, split on | or ;
		const years = splitList(cell('fundingYears'));
		const sources = cell('fundingSources')
			.split(/[|;\n\r]+/)
			.map((s) => s.trim())
			.filter(Boolean);
		const amounts = cell('fundingAmounts')
			.split(/[|;\n\r]+/)
			.map((s) => s.trim());
		const amountsGiven = amounts.some((a) => a !== '');
		const funding: { year: string; fundingSource: string; amountSek: number | undefined }[] = [];
		if (sources.length && years.length !== sources.length)
			fail(
				years.length ? 'fundingSources' : 'fundingYears',
				years.length
					? `Ange lika många källor som år (${years.length} år, ${sources.length} ${sources.length === 1 ? 'källa' : 'källor'}), i samma ordning.`
					: 'Ange året för finansieringen, t.ex. 2024.'
			);
		else if (years.length && !sources.length)
			fail('fundingSources', 'Ange varifrån pengarna kommer, t.ex. statliga stimulansmedel.');
		else if (amountsGiven && amounts.length !== years.length)
			fail(
				'fundingAmounts',
				`Ange ett belopp för varje år (${years.length} år, ${amounts.length} belopp), i samma ordning, eller lämna cellen tom.`
			);
		else {
			for (const [i, year] of years.entries()) {
				const amount = amountsGiven ? amountCell(amounts[i] ?? '') : null;
				if (amount === 'nan' || amount === 'fraction') {
					fail(
						'fundingAmounts',
						amount === 'nan'
							? `Beloppet "${amounts[i]}" är inte ett tal. Skriv hela kronor, t.ex. 1 500 000 eller 1500000,00.`
							: `Beloppet "${amounts[i]}" ska vara hela kronor, utan ören.`
					);
					break;
				}
				funding.push({ year, fundingSource: sources[i]!, amountSek: amount ?? undefined });
			}
		}

		const goodExampleCell = normalise(cell('goodExample'));
		if (!YES.has(goodExampleCell) && !NO.has(goodExampleCell))
			fail('goodExample', 'Skriv "ja" eller "nej" (tom betyder nej).');
		const visibilityCell = normalise(cell('visibility'));
		if (!PUBLIC.has(visibilityCell) && !INTERNAL.has(visibilityCell))
			fail('visibility', 'Skriv "offentlig" eller "intern" (tom betyder offentlig).');

		// the form's schema too, so a row's other mistakes show at once (one message per cell)
		const parsed = InitiativeInput.safeParse({
			title: cell('title'),
			description: cell('description'),
			leadOrganisationId: lead?.id,
			partnerIds: partners.map((o) => o.id),
			otherPartners: splitList(cell('otherPartners')),
			municipalityIds: municipalities.map((o) => o.id),
			level,
			phase,
			startsOn: dateCell(cell('startsOn')),
			endsOn: dateCell(cell('endsOn')),
			goalAreas,
			developmentAreas,
			focusShifts,
			funding,
			contactFunction: cell('contactFunction'),
			contactEmail: cell('contactEmail'),
			contactPhone: cell('contactPhone'),
			results: cell('results'),
			lessons: cell('lessons'),
			links: cell('links')
				.split(/[|;\s]+/)
				.filter(Boolean)
				.map((url) => ({ url, title: '' })),
			goodExample: YES.has(goodExampleCell),
			visibility: INTERNAL.has(visibilityCell) ? 'internal' : 'public',
			confirmSimilar: true
		});
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				zctx.addIssue({ code: 'custom', path: [columnOf(issue.path)], message: issue.message });
			return z.NEVER;
		}
		if (failed) return z.NEVER;
		const write = toWrite(parsed.data);
		const names = (ids: number[]) =>
			ids.map((id) => ctx.organisations.find((o) => o.id === id)!.name);
		return {
			row: 0,
			input: parsed.data,
			write,
			lead: lead?.name ?? null,
			partners: names(write.partnerIds),
			municipalities: names(write.municipalityIds)
		};
	});
}

/** Thrown inside the write when the staged file was imported by an earlier confirmation. */
class AlreadyImported extends Error {}

interface WriteHooks {
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
			const byIndex = new Map<number, q.TitleMatch[]>();
			for (const m of matches) byIndex.set(m.index, [...(byIndex.get(m.index) ?? []), m]);
			for (const [index, list] of byIndex) warn(rows[index]!, 'title', importTitleWarning(list));
		},
		async write(tx, rows, progress) {
			await q.lockCountyInitiatives(tx, countyCode);
			if (hooks.claim && !(await hooks.claim(tx))) throw new AlreadyImported();
			const ids = await q.insertInitiatives(
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

const noImporting = () =>
	forbidden<never>(
		'Bara länets samordnare, administratörer och redaktörer kan läsa in insatser. Redaktörer läser in sin egen organisations insatser.'
	);

async function loadContext(
	db: Db,
	actor: Actor,
	county: County,
	fileName: string
): Promise<InitiativeImportContext> {
	return {
		actor,
		county,
		organisations: await q.countyOrganisations(db, county.code),
		fileName,
		titleMatches: (titles) => q.titleMatches(db, county.code, titles)
	};
}

async function run(
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

/**
 * Imports a file of initiatives into a county: a preview only with
 * `dryRun`, else all rows in one transaction (audited), or nothing when any
 * row is bad.
 */
export async function importInitiatives(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	file: { name: string; bytes: Uint8Array },
	opts: { dryRun?: boolean; progress?: ImportProgress } = {}
): Promise<Outcome<InitiativeImportRun>> {
	const c = await findCounty(db, codeOrSlug);
	if (c.kind !== 'ok') return c;
	if (!canEditSomething(actor, c.value.code)) return noImporting();
	if (file.bytes.length > MAX_FILE_BYTES) return tooLarge();
	const ctx = await loadContext(db, actor, c.value, baseName(file.name) || 'import.csv');
	return ok(await run(db, ctx, file.bytes, opts));
}

const tooLarge = () =>
	invalid<never>('Filen kunde inte läsas in.', {
		file: [
			`Filen är för stor (högst ${MAX_FILE_BYTES / 1024 / 1024} MB). Dela upp den i flera filer.`
		]
	});

// ——— Staged files: upload, preview, confirm

export interface StagedImport {
	id: number;
	countyCode: string;
	fileName: string;
	size: number;
	status: 'queued' | 'running' | 'done' | 'failed';
	message: string;
	createdAt: Date;
	finishedAt: Date | null;
	result: InitiativeImportResult | null;
}

interface StagedParams {
	fileName: string;
	size: number;
	sha256: string;
	/** the file, base64; removed once it is imported */
	data?: string;
	/** the file as read and checked when it was uploaded: the preview page shows this */
	preview?: ImportPreview<InitiativeImportRow>;
	result?: InitiativeImportResult;
}

/**
 * Keeps an uploaded file for its preview and confirmation (import_jobs,
 * status queued), for the person who uploaded it. Audited like the start of
 * a Kolada import: who brought which file. Old unconfirmed files go.
 */
export async function stageInitiativeImport(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	file: { name: string; bytes: Uint8Array } | null
): Promise<Outcome<{ id: number }>> {
	const c = await findCounty(db, codeOrSlug);
	if (c.kind !== 'ok') return c;
	const countyCode = c.value.code;
	if (actor.kind !== 'user' || !canEditSomething(actor, countyCode)) return noImporting();
	if (!file || file.bytes.length === 0)
		return invalid('Filen kunde inte läsas in.', {
			file: [
				file
					? 'Filen är tom. Välj en CSV- eller Excel-fil med insatser.'
					: 'Välj en CSV- eller Excel-fil med insatser.'
			]
		});
	if (file.bytes.length > MAX_FILE_BYTES) return tooLarge();
	const fileName = baseName(file.name).slice(0, 200) || 'insatser.csv';
	// read and checked once, here; the preview page shows what is kept
	const checked = await run(db, await loadContext(db, actor, c.value, fileName), file.bytes, {
		dryRun: true
	});
	const params: StagedParams = {
		fileName,
		size: file.bytes.length,
		sha256: createHash('sha256').update(file.bytes).digest('hex'),
		// a file that cannot be imported as it is needs no keeping
		data: checked.status === 'invalid' ? undefined : Buffer.from(file.bytes).toString('base64'),
		preview: checked.preview
	};
	const id = await db.transaction(async (tx) => {
		await tx
			.delete(importJobs)
			.where(
				and(
					eq(importJobs.kind, STAGED_KIND),
					eq(importJobs.status, 'queued'),
					lt(importJobs.createdAt, sql`now() - make_interval(hours => ${STAGE_HOURS})`)
				)
			);
		const [job] = await tx
			.insert(importJobs)
			.values({
				kind: STAGED_KIND,
				countyCode,
				status: 'queued',
				total: 0,
				message: 'Väntar på att bekräftas',
				params,
				createdByUserId: actorUserId(actor)
			})
			.returning({ id: importJobs.id });
		await audit(tx, actor, {
			action: 'create',
			entityType: 'import_jobs',
			entityId: job!.id,
			countyCode,
			before: null,
			after: {
				kind: STAGED_KIND,
				file: params.fileName,
				size: params.size,
				sha256: params.sha256
			}
		});
		return job!.id;
	});
	return ok({ id });
}

async function stagedRow(db: Db | Tx, actor: Actor, countyCode: string, id: number) {
	if (!Number.isSafeInteger(id) || id < 1 || id > 2147483647) return undefined;
	const [row] = await db
		.select()
		.from(importJobs)
		.where(
			and(
				eq(importJobs.id, id),
				eq(importJobs.countyCode, countyCode),
				eq(importJobs.kind, STAGED_KIND)
			)
		);
	// a staged file is its uploader's: nobody else sees what it holds
	if (!row || row.createdByUserId === null || row.createdByUserId !== actorUserId(actor))
		return undefined;
	return row;
}

function stagedOf(row: typeof importJobs.$inferSelect): StagedImport {
	const p = row.params as StagedParams;
	return {
		id: row.id,
		countyCode: row.countyCode!,
		fileName: p.fileName,
		size: p.size,
		status: row.status,
		message: row.message,
		createdAt: row.createdAt,
		finishedAt: row.finishedAt,
		result: p.result ?? null
	};
}

/** The preview kept when the file was uploaded, as a dry run's outcome. */
const keptRun = (preview: ImportPreview<InitiativeImportRow>): InitiativeImportRun =>
	preview.errors.length > 0 ? { status: 'invalid', preview } : { status: 'preview', preview };

const noStaged = () =>
	notFound<never>(
		'Importen finns inte. Den kan ha tagits bort efter ett dygn utan att bekräftas; ladda upp filen igen.'
	);

/**
 * A staged file and, while it waits for confirmation, its preview against
 * the county as it is now (a dry run).
 */
export async function stagedInitiativeImport(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	id: number
): Promise<Outcome<{ county: County; staged: StagedImport; run: InitiativeImportRun | null }>> {
	const c = await findCounty(db, codeOrSlug);
	if (c.kind !== 'ok') return c;
	if (!canEditSomething(actor, c.value.code)) return noImporting();
	const row = await stagedRow(db, actor, c.value.code, id);
	if (!row) return noStaged();
	const staged = stagedOf(row);
	const { data, preview } = row.params as StagedParams;
	if (row.status !== 'queued') return ok({ county: c.value, staged, run: null });
	if (preview) return ok({ county: c.value, staged, run: keptRun(preview) });
	if (!data) return ok({ county: c.value, staged, run: null });
	const ctx = await loadContext(db, actor, c.value, staged.fileName);
	const run_ = await run(db, ctx, new Uint8Array(Buffer.from(data, 'base64')), { dryRun: true });
	return ok({ county: c.value, staged, run: run_ });
}

/**
 * Imports a staged file, all rows or nothing. A second confirmation of the
 * same file (a double click, a reload) imports nothing more.
 */
export async function confirmInitiativeImport(
	db: Db,
	actor: Actor,
	codeOrSlug: string,
	id: number
): Promise<Outcome<{ county: County; staged: StagedImport; run: InitiativeImportRun | null }>> {
	const c = await findCounty(db, codeOrSlug);
	if (c.kind !== 'ok') return c;
	if (!canEditSomething(actor, c.value.code)) return noImporting();
	const row = await stagedRow(db, actor, c.value.code, id);
	if (!row) return noStaged();
	const params = row.params as StagedParams;
	if (row.status === 'queued' && params.preview && params.preview.errors.length > 0)
		return ok({ county: c.value, staged: stagedOf(row), run: keptRun(params.preview) });
	if (row.status !== 'queued' || !params.data)
		return ok({ county: c.value, staged: stagedOf(row), run: null });
	const ctx = await loadContext(db, actor, c.value, params.fileName);
	const hooks: WriteHooks = {
		async claim(tx) {
			const [current] = await tx
				.select({ status: importJobs.status })
				.from(importJobs)
				.where(eq(importJobs.id, id))
				.for('update');
			return current?.status === 'queued';
		},
		async done(tx, result) {
			const kept: StagedParams = {
				fileName: params.fileName,
				size: params.size,
				sha256: params.sha256,
				result
			};
			await tx
				.update(importJobs)
				.set({
					status: 'done',
					done: result.created,
					total: result.created,
					message: `Läste in ${result.created} ${result.created === 1 ? 'insats' : 'insatser'} från ${params.fileName}.`,
					params: kept,
					finishedAt: new Date()
				})
				.where(eq(importJobs.id, id));
		}
	};
	let outcome: InitiativeImportRun;
	try {
		outcome = await run(db, ctx, new Uint8Array(Buffer.from(params.data, 'base64')), { hooks });
	} catch (e) {
		if (!(e instanceof AlreadyImported)) throw e;
		const [now] = await db.select().from(importJobs).where(eq(importJobs.id, id));
		return ok({ county: c.value, staged: stagedOf(now!), run: null });
	}
	const [now] = await db.select().from(importJobs).where(eq(importJobs.id, id));
	return ok({ county: c.value, staged: stagedOf(now!), run: outcome });
}
