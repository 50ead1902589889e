import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/** Running the `nara` command as a separate process, as a user or a script would. */

export const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'nara.js');

export interface Result {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

/** The environment of a test process: no inherited database settings. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
	if (!('DATABASE_URL' in extra)) delete env.DATABASE_URL;
	if (!('PORT' in extra)) delete env.PORT;
	return env;
}

export function nara(
	args: string[],
	env: Record<string, string>,
	timeoutMs = 120_000
): Promise<Result> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: cleanEnv(env) });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', reject);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			resolve({ code, signal, stdout, stderr });
		});
	});
}

export interface Server {
	child: ChildProcess;
	url: string;
	output: () => string;
	/** resolves with the exit code and the time it took after the signal */
	stop(
		signal?: NodeJS.Signals
	): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = net.createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as net.AddressInfo;
			s.close(() => resolve(port));
		});
	});
}

/** Starts `nara serve` and waits until /readyz answers 200. */
export async function startServer(
	env: Record<string, string>,
	timeoutMs = 120_000
): Promise<Server> {
	const port = env.PORT ? Number(env.PORT) : await freePort();
	const child = spawn(process.execPath, [bin, 'serve'], {
		cwd: root,
		env: cleanEnv({ HOST: '127.0.0.1', ...env, PORT: String(port) })
	});
	let out = '';
	child.stdout!.on('data', (d) => (out += d));
	child.stderr!.on('data', (d) => (out += d));
	const url = `http://127.0.0.1:${port}`;
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
		child.on('exit', (code, signal) => r({ code, signal }))
	);
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`nara serve avslutades innan den svarade:\n${out}`);
		}
		try {
			const res = await fetch(`${url}/readyz`);
			if (res.status === 200) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`nara serve svarade inte inom ${timeoutMs} ms:\n${out}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		child,
		url,
		output: () => out,
		async stop(signal: NodeJS.Signals = 'SIGTERM') {
			const start = Date.now();
			child.kill(signal);
			const result = await exited;
			return { ...result, ms: Date.now() - start };
		}
	};
}

export async function tempDataDir(): Promise<string> {
	const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'nara-cli-'));
	await fs.chmod(dir, 0o755);
	return dir;
}

/** Whether a process is still running (a zombie waiting for its parent to reap it is not). */
export function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch {
		return false;
	}
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
	} catch {
		return false;
	}
}

export async function postmasterPid(dataDir: string): Promise<number | undefined> {
	try {
		const text = await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8');
		return Number(text.split('\n')[0]);
	} catch {
		return undefined;
	}
}

/** An HTTP answer as it was sent: the bytes on the wire, not decoded. */
export interface RawAnswer {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

/** A request through node:http, which (unlike fetch) neither asks for nor decodes compression. */
export function rawRequest(
	url: string,
	headers: Record<string, string> = {},
	options: { method?: string; agent?: http.Agent } = {}
): Promise<RawAnswer> {
	return new Promise((resolve, reject) => {
		const req = http.request(
			url,
			{ method: options.method ?? 'GET', headers, agent: options.agent },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
				);
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end();
	});
}

/** The body of `answer` decoded per its Content-Encoding (gzip, br or none), as text. */
export function decodedBody(answer: RawAnswer): string {
	const encoding = answer.headers['content-encoding'];
	if (encoding === 'gzip') return zlib.gunzipSync(answer.body).toString('utf8');
	if (encoding === 'br') return zlib.brotliDecompressSync(answer.body).toString('utf8');
	if (encoding === undefined) return answer.body.toString('utf8');
	throw new Error(`unexpected content-encoding ${encoding}`);
}
