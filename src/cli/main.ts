import { readFile, stat } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { systemActor } from '../lib/core/actor.ts';
import { config, type Config } from '../lib/platform/config.ts';
import { migrateDatabase, openDatabase, type Db } from '../lib/platform/db/client.ts';
import { UserFacingError } from '../lib/platform/errors.ts';
import { importMeasurements } from '../lib/modules/followup/server/import.ts';
import { textFault } from '../lib/platform/text-guard.ts';
import { unexpectedErrorLine } from './unexpected.ts';
import {
	importFromKolada,
	koladaImportClient,
	parseKpis,
	parseYears
} from '../lib/modules/followup/server/kolada-import.ts';
import {
	INITIATIVE_LIMITS,
	MEASUREMENT_LIMITS,
	type ImportLimits
} from '../lib/platform/imports/limits.ts';
import type { ImportRun } from '../lib/platform/imports/core.ts';
import { formatErrors, formatPreview } from '../lib/platform/imports/report.ts';
import { tooLarge } from '../lib/platform/imports/table.ts';
import { importInitiatives } from '../lib/modules/initiatives/import.server.ts';
import { isEmpty, seedDatabase } from '../lib/app/seed/seed.ts';
import { createScbClient } from '../lib/modules/followup/scb/client.ts';
import { refreshFromScb } from '../lib/modules/followup/server/scb-import.ts';
import { registerAdmin } from './admin.ts';
import { registerPrivacy } from './privacy.ts';
import { failure } from './failure.ts';
import { progressReporter } from './progress.ts';
import { serve } from './serve.ts';
import { runWorker } from './worker.ts';

/**
 * `nara`: migrate, seed, serve, admin (the first administrator) and import
 * (measurements or initiatives from a file, values from Kolada, population from SCB). Exit
 * status: 0 on success, 1 when the work failed (the message says why), 2 when the command line was wrong.
 */

const log = (message: string) => console.error(message);

const program = new Command()
	.name('nara')
	.description('Nära – gemensam arbetsyta för omställningen till god och nära vård')
	.helpOption('-h, --help', 'visa hjälp')
	.helpCommand('help [kommando]', 'visa hjälp för ett kommando')
	.showHelpAfterError('(Kör nara --help för att se vad som finns.)')
	.configureOutput({ writeErr: (s) => process.stderr.write(s) })
	.exitOverride();

program
	.command('migrate')
	.description('Uppdatera databasens struktur till den här versionen av Nära')
	.helpOption('-h, --help', 'visa hjälp')
	.action(async () => {
		const cfg = config();
		const database = await openDatabase(cfg, { role: 'migrate', log, max: 2 });
		try {
			await migrateDatabase(database);
			console.log(`Databasen är uppdaterad (${database.where}).`);
		} finally {
			await database.close();
		}
	});

program
	.command('seed')
	.description(
		'Läs in referensdata (län, kommuner, gränser, Koladas nyckeltal med värden och befolkning) och innehållet från källdokumenten. Lägger bara till det som saknas.'
	)
	.helpOption('-h, --help', 'visa hjälp')
	.action(async () => {
		const cfg = config();
		const database = await openDatabase(cfg, { role: 'seed', log, max: 2 });
		try {
			if (!cfg.skipMigrations) await migrateDatabase(database);
			const progress = progressReporter('Läser in');
			const result = await seedDatabase(database.db, progress.update).finally(progress.stop);
			if (result.total === 0) {
				console.log('Inget att lägga till: databasen hade redan allt innehåll.');
			} else {
				const parts = Object.entries(result.inserted)
					.filter(([, n]) => n > 0)
					.map(([table, n]) => `${table} ${n}`);
				console.log(`Lade till ${result.total} rader (${parts.join(', ')}).`);
			}
		} finally {
			await database.close();
		}
	});

program
	.command('serve')
	.description('Starta Nära (webbplats och API)')
	.helpOption('-h, --help', 'visa hjälp')
	.addOption(new Option('-p, --port <port>', 'port (annars PORT, 3000)').argParser(parsePort))
	.addOption(new Option('--host <host>', 'adress att lyssna på (annars HOST, 0.0.0.0)'))
	.action(async (opts: { port?: number; host?: string }) => {
		const cfg = config();
		await serve({ ...cfg, port: opts.port ?? cfg.port, host: opts.host ?? cfg.host }, log);
	});

program
	.command('worker')
	.description(
		'Kör bakgrundsjobb (importer, beställda rapporter och exporter, veckobrevet, rensningar) utan webbplats, bredvid en eller flera nara serve mot samma databas'
	)
	.helpOption('-h, --help', 'visa hjälp')
	.action(async () => {
		await runWorker(config(), log);
	});

registerAdmin(program.command('admin'), log);
registerPrivacy(program.command('personuppgifter'), log);

const importCommand = program
	.command('import')
	.description('Läs in data från en fil')
	.helpOption('-h, --help', 'visa hjälp')
	.helpCommand('help [kommando]', 'visa hjälp för ett kommando');

importCommand
	.command('measurements')
	.description(
		'Läs in mätvärden från en CSV- eller Excel-fil (kpi, område, period, kön, värde; som Kolada). Allt eller inget: en felaktig rad gör att ingenting läses in, och alla felaktiga rader visas.'
	)
	.argument('<fil>', 'CSV (UTF-8 eller Windows-1252, ; eller ,) eller XLSX')
	.option('--dry-run', 'kontrollera filen och visa vad som skulle läsas in, utan att skriva något')
	.option('--source <källa>', 'vad värdena ska krediteras, t.ex. "Kolada" (annars filens namn)')
	.helpOption('-h, --help', 'visa hjälp')
	.action(async (file: string, opts: { dryRun?: boolean; source?: string }) => {
		checkArgument('Filnamnet', file);
		if (opts.source !== undefined) checkArgument('Källan (--source)', opts.source);
		const bytes = await readImportFile(file, MEASUREMENT_LIMITS);
		await withImportDatabase('referensdata och nyckeltalskatalogen', async (db) => {
			const progress = throttledProgress('Importerar');
			const outcome = await importMeasurements(
				db,
				systemActor('nara import'),
				{ name: file, bytes },
				{ dryRun: opts.dryRun, source: opts.source, progress: progress.update }
			).finally(progress.stop);
			if (outcome.kind !== 'ok') throw failure(outcome);
			const show = (r: {
				kpi: string;
				area: string;
				period: number;
				gender: string;
				value: number | null;
			}) => `${r.kpi} ${r.area} ${r.period} ${r.gender} ${r.value ?? '(saknas)'}`;
			const r = writtenResult(outcome.value, show);
			if (!r) return;
			console.log(
				`Läste in ${r.rows} värden (${r.inserted} nya, ${r.updated} ersatta) med källan "${r.source}".`
			);
		});
	});

importCommand
	.command('initiatives')
	.description(
		'Läs in insatser till länets inventering från en CSV- eller Excel-fil enligt mallen (en rad per insats; mallen finns på /lan/<län>/insatser/mall.xlsx). Allt eller inget: en felaktig rad gör att ingenting läses in, och alla felaktiga rader visas.'
	)
	.argument('<fil>', 'CSV (UTF-8 eller Windows-1252, ; eller ,) eller XLSX')
	.requiredOption('--county <kod>', 'länets kod, t.ex. 17')
	.option('--dry-run', 'kontrollera filen och visa vad som skulle läsas in, utan att skriva något')
	.helpOption('-h, --help', 'visa hjälp')
	.action(async (file: string, opts: { county: string; dryRun?: boolean }) => {
		checkArgument('Filnamnet', file);
		const county = opts.county.trim();
		if (!/^\d{2}$/.test(county))
			throw new UserFacingError(
				`Länskoden "${opts.county}" är ogiltig: ange två siffror, t.ex. 17 för Värmlands län.`,
				2
			);
		const bytes = await readImportFile(file, INITIATIVE_LIMITS);
		await withImportDatabase('referensdata och länens innehåll', async (db) => {
			const progress = throttledProgress('Importerar');
			const outcome = await importInitiatives(
				db,
				systemActor('nara import initiatives'),
				county,
				{ name: file, bytes },
				{ dryRun: opts.dryRun, progress: progress.update }
			).finally(progress.stop);
			if (outcome.kind === 'not_found')
				throw new UserFacingError(
					`Länet "${county}" finns inte. Ange länets kod med två siffror, t.ex. 17 för Värmlands län.`
				);
			if (outcome.kind !== 'ok') throw failure(outcome);
			const show = (r: { input: { title: string }; lead: string | null }) =>
				`${r.input.title}${r.lead ? ` (${r.lead})` : ''}`;
			const r = writtenResult(outcome.value, show);
			if (!r) return;
			console.log(
				`Läste in ${r.created} ${r.created === 1 ? 'insats' : 'insatser'} (id ${r.ids[0]}–${r.ids[r.ids.length - 1]}).`
			);
		});
	});

importCommand
	.command('kolada')
	.description(
		'Hämta värden från Koladas API (KOLADA_BASE_URL) för länets kommuner, regionen och riket. Allt hämtas först; bara om allt kom skrivs det, i en enda transaktion.'
	)
	.requiredOption('--kpi <id,id>', 'Koladas nyckeltal, t.ex. N20402,U01402 (måste finnas i Nära)')
	.requiredOption('--county <kod>', 'länets kod, t.ex. 17')
	.requiredOption('--years <från-till>', 'år, t.ex. 2010-2024')
	.option('--per-page <antal>', 'värden per sida från Kolada (högst 5000)', '5000')
	.helpOption('-h, --help', 'visa hjälp')
	.action(async (opts: { kpi: string; county: string; years: string; perPage: string }) => {
		const years = parseYears(opts.years);
		if (!years)
			throw new UserFacingError(
				`Åren "${opts.years}" är ogiltiga: ange t.ex. 2010-2024 eller 2022.`,
				2
			);
		const perPage = Number(opts.perPage);
		if (!Number.isInteger(perPage) || perPage < 1 || perPage > 5000)
			throw new UserFacingError(`--per-page "${opts.perPage}" är ogiltigt: ange 1–5000.`, 2);
		await withImportDatabase('referensdata och nyckeltalskatalogen', async (db, cfg) => {
			const progress = throttledProgress('Kolada');
			const client = koladaImportClient({ baseUrl: cfg.koladaBaseUrl, perPage }, progress.update);
			const outcome = await importFromKolada(
				db,
				systemActor('nara import kolada'),
				{ kpis: parseKpis(opts.kpi), countyCode: opts.county.trim(), years },
				{ client, onProgress: progress.update }
			).finally(progress.stop);
			if (outcome.kind !== 'ok') throw failure(outcome);
			const r = outcome.value;
			console.log(
				`Läste in ${r.rows} värden från Kolada (${r.inserted} nya, ${r.updated} ersatta, ${r.missing} utan värde) för ${r.areas} områden, ${r.years.from}–${r.years.to}.`
			);
		});
	});

importCommand
	.command('scb')
	.description(
		'Hämta befolkningen efter ålder och SCB:s befolkningsframskrivning från SCB:s statistikdatabas (SCB_BASE_URL) för länets kommuner, regionen och riket. Båda tabellerna hämtas först; bara om allt kom skrivs det, i en enda transaktion.'
	)
	.requiredOption('--county <kod>', 'länets kod, t.ex. 17')
	.option('--from <år>', 'första året för befolkningen', '2000')
	.option('--until <år>', 'sista året i framskrivningen', '2040')
	.helpOption('-h, --help', 'visa hjälp')
	.action(async (opts: { county: string; from: string; until: string }) => {
		const [fromYear, untilYear] = [Number(opts.from), Number(opts.until)];
		if (!Number.isInteger(fromYear) || !Number.isInteger(untilYear))
			throw new UserFacingError(
				`Åren "${opts.from}" och "${opts.until}" är ogiltiga: ange t.ex. --from 2000 --until 2040.`,
				2
			);
		await withImportDatabase('referensdata och nyckeltalskatalogen', async (db, cfg) => {
			const progress = throttledProgress('SCB');
			const outcome = await refreshFromScb(
				db,
				systemActor('nara import scb'),
				{ countyCode: opts.county.trim(), fromYear, untilYear },
				{ client: createScbClient({ baseUrl: cfg.scbBaseUrl }), onProgress: progress.update }
			).finally(progress.stop);
			if (outcome.kind !== 'ok') throw failure(outcome);
			const r = outcome.value;
			console.log(
				`Läste in befolkningen ${r.population.years.from}–${r.population.years.to} (${r.population.rows} värden) och SCB:s framskrivning ${r.projection.years.from}–${r.projection.years.to} (${r.projection.rows} värden, utgår från befolkningen ${r.projection.baseYear}) för ${r.areas} områden.`
			);
		});
	});

/**
 * Runs an import on the database, migrated and, when empty, seeded first with
 * `seeding` (what the import needs), and closes the database afterwards.
 */
async function withImportDatabase(
	seeding: string,
	work: (db: Db, cfg: Config) => Promise<void>
): Promise<void> {
	const cfg = config();
	const database = await openDatabase(cfg, { role: 'import', log, max: 4 });
	try {
		if (!cfg.skipMigrations) await migrateDatabase(database);
		if (!cfg.skipSeed && (await isEmpty(database.db))) {
			log(`Databasen är tom: läser in ${seeding} först …`);
			await seedDatabase(database.db);
		}
		await work(database.db, cfg);
	} finally {
		await database.close();
	}
}

/**
 * Prints what an import of a file found and its errors; the result when it
 * was written, undefined after a dry run. A file with errors fails.
 */
function writtenResult<Row, Result>(
	run: ImportRun<Row, Result>,
	show: (row: Row) => string
): Result | undefined {
	for (const line of formatPreview(run.preview, show)) console.log(line);
	if (run.status === 'invalid') {
		for (const line of formatErrors(run.preview)) console.error(line);
		const n = run.preview.errors.length + run.preview.moreErrors;
		throw new UserFacingError(
			`${n} fel i filen: ingenting har lästs in. Rätta raderna ovan och försök igen.`
		);
	}
	if (run.status === 'preview') {
		console.log(
			'Provkörning (--dry-run): ingenting har skrivits. Kör utan --dry-run för att läsa in.'
		);
		return undefined;
	}
	return run.result;
}

/**
 * A file to import, its size checked against the limits before it is read.
 * The Buffer is handed on as it is (a Uint8Array): a copy would hold a large file twice.
 */
async function readImportFile(file: string, limits: ImportLimits): Promise<Buffer> {
	const failed = (e: NodeJS.ErrnoException) => {
		throw new UserFacingError(
			e.code === 'ENOENT'
				? `Filen "${file}" finns inte.`
				: `Filen "${file}" kunde inte läsas: ${e.message}`
		);
	};
	const info = await stat(file).catch(failed);
	if (info.size > limits.maxFileBytes) throw new UserFacingError(tooLarge(info.size, limits));
	return readFile(file).catch(failed);
}

/**
 * A progress bar per step of a long import, updated at most every percent,
 * so a log (not a terminal) gets a few lines, not thousands.
 */
function throttledProgress(label: string) {
	let step = '';
	let reporter: ReturnType<typeof progressReporter> | undefined;
	let shown = -1;
	return {
		update(s: string, done: number, total: number) {
			if (s !== step) {
				reporter?.stop();
				reporter = progressReporter(label);
				step = s;
				shown = -1;
			}
			const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
			if (percent === shown) return;
			shown = percent;
			reporter!.update(s, done, total);
		},
		stop() {
			reporter?.stop();
		}
	};
}

/** An argument that is stored (a file's name, a source) keeps the one text rule. */
function checkArgument(what: string, value: string): void {
	const fault = textFault(value);
	if (fault)
		throw new UserFacingError(`${what} innehåller ett otillåtet tecken (${fault.name}).`, 2);
}

function parsePort(value: string): number {
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0 || n > 65535) {
		throw new UserFacingError(`Porten "${value}" är ogiltig: ange ett heltal 0–65535.`, 2);
	}
	return n;
}

try {
	await program.parseAsync(process.argv);
} catch (e) {
	if (e instanceof CommanderError) {
		process.exitCode =
			e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
	} else if (e instanceof UserFacingError) {
		console.error(`nara: ${e.message}`);
		process.exitCode = e.exitCode;
	} else {
		// one line, without the SQL or stack of a database error; all of it with NARA_DEBUG=1
		if (process.env.NARA_DEBUG) console.error(e);
		console.error(unexpectedErrorLine(e));
		process.exitCode = 1;
	}
}
