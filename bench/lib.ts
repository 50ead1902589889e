import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/postgres-js';
import type postgres from 'postgres';

/**
 * Shared helpers for the benchmarks: the figure line, the results file,
 * percentiles, machine info, reading process memory from /proc.
 * The rules are in BENCHMARKS.md: every figure is paired with a baseline
 * measured in the same run, and the ratio is what we track.
 */

/**
 * the database a figure was measured on; none for benchmarks without one,
 * local for those that start PostgreSQL servers of their own (replica)
 */
export type DbKind = 'embedded' | 'external' | 'local' | 'none';

/** Where a benchmark runs: the embedded PostgreSQL, or the server at BENCH_DATABASE_URL. */
export interface Target {
	db: DbKind;
	/** set for `external` only */
	databaseUrl?: string;
}

export interface Figure {
	name: string;
	/** null prints as n/a */
	value: number | null;
	unit: string;
	baseline: number | null;
	/** the baseline's unit when it differs from the figure's */
	baselineUnit?: string;
}

export interface BenchResult {
	figures: Figure[];
	/** raw samples and anything else worth keeping in the results file */
	details?: Record<string, unknown>;
}

export type Benchmark = (target: Target) => Promise<BenchResult>;

export const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const projectRoot = path.dirname(benchDir);
export const resultsDir = path.join(benchDir, 'results');

export function ratioOf(figure: Figure): number | null {
	if (figure.value === null || figure.baseline === null || figure.baseline === 0) return null;
	return figure.value / figure.baseline;
}

/** One decimal for everything below 1000, whole numbers above; ratios get two decimals. */
export function formatNumber(n: number): string {
	if (!Number.isFinite(n)) return String(n);
	return Math.abs(n) >= 1000 ? n.toFixed(0) : n.toFixed(1);
}

function formatValue(value: number | null, unit: string): string {
	return value === null ? 'n/a' : `${formatNumber(value)}${unit}`;
}

/** `bench <name> <db> <figure>=<value><unit> baseline=<value><unit> ratio=<x>` */
export function figureLine(name: string, db: DbKind, figure: Figure): string {
	const ratio = ratioOf(figure);
	return [
		'bench',
		name,
		db,
		`${figure.name}=${formatValue(figure.value, figure.unit)}`,
		`baseline=${formatValue(figure.baseline, figure.baselineUnit ?? figure.unit)}`,
		`ratio=${ratio === null ? 'n/a' : ratio.toFixed(2)}`
	].join(' ');
}

export interface MachineInfo {
	cpuModel: string;
	cpuCount: number;
	totalMemoryBytes: number;
	totalMemory: string;
	node: string;
	platform: string;
	arch: string;
	osRelease: string;
}

export function machineInfo(): MachineInfo {
	const cpus = os.cpus();
	const total = os.totalmem();
	return {
		cpuModel: cpus[0]?.model.trim() ?? 'unknown',
		cpuCount: cpus.length,
		totalMemoryBytes: total,
		totalMemory: `${(total / 2 ** 30).toFixed(1)} GiB`,
		node: process.version,
		platform: os.platform(),
		arch: os.arch(),
		osRelease: os.release()
	};
}

/** Writes `bench/results/<name>-<db>.json` and returns its path. */
export function writeResults(name: string, db: DbKind, result: BenchResult): string {
	mkdirSync(resultsDir, { recursive: true });
	const file = path.join(resultsDir, `${name}-${db}.json`);
	const body = {
		name,
		db,
		date: new Date().toISOString(),
		machine: machineInfo(),
		figures: result.figures.map((f) => ({
			name: f.name,
			value: f.value,
			unit: f.unit,
			baseline: f.baseline,
			baselineUnit: f.baselineUnit ?? f.unit,
			ratio: ratioOf(f),
			line: figureLine(name, db, f)
		})),
		details: result.details ?? {}
	};
	writeFileSync(file, `${JSON.stringify(body, null, '\t')}\n`);
	return file;
}

/**
 * The p-th percentile (0–100) by linear interpolation between the closest
 * ranks (as numpy and spreadsheets do), so p50 of an even count is the mean
 * of the middle two.
 */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) throw new Error('percentile of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const pos = ((sorted.length - 1) * Math.min(Math.max(p, 0), 100)) / 100;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Milliseconds since `start` (from `process.hrtime.bigint()`). */
export function msSince(start: bigint): number {
	return Number(process.hrtime.bigint() - start) / 1e6;
}

/** A whole number ≥ 1 from the environment variable `name`, or `fallback` when it is unset. */
export function positiveFromEnv(name: string, fallback: number): number {
	const raw = process.env[name]?.trim();
	if (!raw) return fallback;
	const n = Number(raw);
	if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1`);
	return n;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export const MB = 1024 * 1024;

/** A `kB` field of /proc/<pid>/status (VmRSS, VmHWM …) in bytes; undefined once the process is gone. */
export function procStatusBytes(pid: number, field: string, status?: string): number | undefined {
	try {
		const text = status ?? readProc(pid, 'status');
		const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
		return m ? Number(m[1]) * 1024 : undefined;
	} catch {
		return undefined;
	}
}

/** Proportional set size (shared pages split between the processes sharing them), in bytes. */
export function procPssBytes(pid: number): number | undefined {
	try {
		const m = /^Pss:\s+(\d+) kB/m.exec(readProc(pid, 'smaps_rollup'));
		return m ? Number(m[1]) * 1024 : undefined;
	} catch {
		return undefined;
	}
}

function readProc(pid: number, file: string): string {
	return readFileSync(`/proc/${pid}/${file}`, 'utf8');
}

interface ProcEntry {
	pid: number;
	ppid: number;
	cmdline: string;
	rss: number;
}

/** Every process visible in /proc (Linux), with parent, command line and RSS. */
export function listProcesses(): ProcEntry[] {
	let names: string[];
	try {
		names = readdirSync('/proc');
	} catch {
		return [];
	}
	const out: ProcEntry[] = [];
	for (const name of names) {
		if (!/^\d+$/.test(name)) continue;
		const pid = Number(name);
		try {
			const status = readFileSync(`/proc/${pid}/status`, 'utf8');
			const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
			const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
			out.push({ pid, ppid, cmdline, rss: procStatusBytes(pid, 'VmRSS', status) ?? 0 });
		} catch {
			// the process ended while we looked
		}
	}
	return out;
}

/**
 * The processes whose command line contains `needle`, and all their
 * descendants. PostgreSQL's children rename themselves ("postgres:
 * checkpointer"), so only the postmaster names the data directory; its
 * children are found through their parent.
 */
export function processTree(needle: string, all = listProcesses()): ProcEntry[] {
	const chosen = new Set(all.filter((p) => p.cmdline.includes(needle)).map((p) => p.pid));
	let grew = true;
	while (grew) {
		grew = false;
		for (const p of all) {
			if (!chosen.has(p.pid) && chosen.has(p.ppid)) {
				chosen.add(p.pid);
				grew = true;
			}
		}
	}
	return all.filter((p) => chosen.has(p.pid));
}

/**
 * CPU time in ns that a process has run, all its threads: the first field of
 * `/proc/<pid>/task/<tid>/schedstat` (time on a CPU), summed over the threads
 * (`/proc/<pid>/schedstat` alone is the main thread's; Node's GC and libuv
 * threads run beside it). Undefined once the process is gone or off Linux.
 */
export function processCpuNs(pid: number): number | undefined {
	let tids: string[];
	try {
		tids = readdirSync(`/proc/${pid}/task`);
	} catch {
		return undefined;
	}
	let sum = 0;
	for (const tid of tids) {
		try {
			sum += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
		} catch {
			// the thread ended while we looked
		}
	}
	return sum;
}

/**
 * CPU used by a changing set of processes during one phase of a benchmark
 * (PostgreSQL backends come and go). `sample` as often as the set may
 * change: a process first seen after `start` counts from zero (it began in
 * the phase), one that ended between samples keeps its last reading, so CPU
 * spent after its last sample is missed.
 */
export class CpuMeter {
	private readonly first = new Map<number, number>();
	private readonly last = new Map<number, number>();
	private started = false;

	start(pids: Iterable<number>): this {
		this.sample(pids);
		this.started = true;
		return this;
	}

	sample(pids: Iterable<number>): void {
		for (const pid of pids) {
			const ns = processCpuNs(pid);
			if (ns === undefined) continue;
			if (!this.first.has(pid)) this.first.set(pid, this.started ? 0 : ns);
			this.last.set(pid, ns);
		}
	}

	/** CPU time since `start`, in ms */
	ms(): number {
		let ns = 0;
		for (const [pid, last] of this.last) ns += last - (this.first.get(pid) ?? last);
		return ns / 1e6;
	}
}

/** One SQL statement as a service sent it: the text and its parameters. */
export interface Statement {
	query: string;
	params: unknown[];
}

/**
 * A Drizzle database over `client` that records every statement it sends
 * (every query Drizzle sends goes through unsafe(query, params)), so a
 * benchmark can replay the same SQL directly as its baseline.
 */
export function recordingDb(client: postgres.Sql) {
	const statements: Statement[] = [];
	const logging = new Proxy(client, {
		get(target, key, receiver) {
			if (key !== 'unsafe') return Reflect.get(target, key, receiver);
			return (query: string, params: unknown[] = [], options?: unknown) => {
				statements.push({ query, params: [...params] });
				return target.unsafe(query, params as never[], options as never);
			};
		}
	});
	return { db: drizzle(logging, { casing: 'snake_case' }), statements };
}
