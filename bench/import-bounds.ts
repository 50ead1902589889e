import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpus, type BadFile } from '../tests/imports/bad/corpus.ts';
import { projectRoot, type BenchResult, type Benchmark, type Figure } from './lib.ts';

/**
 * `import-bounds`: what a bad file costs the import (issue 11). Every file
 * of the bad-file corpus (tests/imports/bad/corpus.ts: the zip bombs, 50 MB
 * of bad measurement rows, 200,000 separators, wrong encodings and kinds, …)
 * goes through the import in a child process of its own
 * (import-bounds-child.ts: size check, read, every row checked, as
 * `nara import` before it writes), and the child's peak RSS (VmHWM, read
 * from /proc/<pid>/status while it runs, and its own maxRSS at the end; the
 * larger) and time are the figures. Goal: peak RSS under 300 MB for every
 * file. Baseline, in the same run: the peak RSS and time of the same child
 * reading a one-row good file (Node, tsx and the import's modules loaded).
 */

const NAME = 'import-bounds';
const log = (m: string) => console.error(`${NAME}: ${m}`);
const CHILD = path.join(projectRoot, 'bench', 'import-bounds-child.ts');

interface ChildResult {
	status: string;
	errors: number;
	moreErrors: number;
	first: string;
	ms: number;
	maxRssKb: number;
	/** the highest VmHWM seen in /proc while the child ran, kB */
	hwmKb: number;
	wallMs: number;
}

function vmHwmKb(pid: number): number {
	try {
		const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) : 0;
	} catch {
		return 0;
	}
}

async function runChild(file: string, kind: BadFile['import']): Promise<ChildResult> {
	const started = Date.now();
	// tsx runs the child in a node process of its own: its pid's VmHWM is what is read
	const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, kind], {
		cwd: projectRoot,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	let out = '';
	let hwm = 0;
	child.stdout.on('data', (c: Buffer) => (out += c.toString()));
	const timer = setInterval(() => (hwm = Math.max(hwm, vmHwmKb(child.pid!))), 50);
	// bounded: a child that runs longer than 15 minutes is stopped
	const kill = setTimeout(() => child.kill('SIGKILL'), 15 * 60_000);
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	clearInterval(timer);
	clearTimeout(kill);
	if (code !== 0) throw new Error(`${path.basename(file)}: the child exited with ${code}`);
	const r = JSON.parse(out.trim().split('\n').pop()!) as Omit<ChildResult, 'hwmKb' | 'wallMs'>;
	return { ...r, hwmKb: hwm, wallMs: Date.now() - started };
}

const peakMb = (r: ChildResult) => Math.max(r.hwmKb, r.maxRssKb) / 1024;

export const importBounds: Benchmark = async (): Promise<BenchResult> => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'nara-import-bounds-'));
	try {
		const baselineFile = path.join(dir, 'baseline.csv');
		writeFileSync(
			baselineFile,
			'Namn;Ansvarig organisation;Nivå;Fas\nKorpusfel baslinje;Region Värmland;Lokal;Pilot\n'
		);
		const baseline = await runChild(baselineFile, 'initiatives');
		log(`baseline (one good row): ${peakMb(baseline).toFixed(0)} MB, ${baseline.ms.toFixed(0)} ms`);
		const figures: Figure[] = [];
		const details: Record<string, unknown> = { baseline };
		let worst = 0;
		for (const c of corpus) {
			const bytes = await c.make();
			const file = path.join(dir, c.name);
			writeFileSync(file, bytes);
			const r = await runChild(file, c.import);
			rmSync(file);
			const peak = peakMb(r);
			worst = Math.max(worst, peak);
			log(
				`${c.name} (${(bytes.length / 2 ** 20).toFixed(2)} MB, ${c.import}): ${r.status}, ${peak.toFixed(0)} MB peak, ${(r.ms / 1000).toFixed(2)} s; ${r.errors}${r.moreErrors ? ` + ${r.moreErrors}` : ''} errors; ${r.first.slice(0, 120)}`
			);
			details[c.name] = { bytes: bytes.length, ...r };
			figures.push(
				{
					name: `peak-rss-${c.name}`,
					value: peak,
					unit: 'MB',
					baseline: peakMb(baseline)
				},
				{ name: `time-${c.name}`, value: r.ms / 1000, unit: 's', baseline: baseline.ms / 1000 }
			);
		}
		figures.push({
			name: 'peak-rss-worst',
			value: worst,
			unit: 'MB',
			baseline: 300,
			baselineUnit: 'MB'
		});
		return { figures, details };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
};
