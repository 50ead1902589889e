#!/usr/bin/env node
// `npm test`: unit tests, database tests on the embedded PostgreSQL (and on
// TEST_DATABASE_URL when set), the CLI as a process, and browser tests in
// Chromium against the built server. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const projects = ['unit', 'db-embedded'];
if (process.env.TEST_DATABASE_URL) projects.push('db-external');
else
	console.log(
		'TEST_DATABASE_URL är inte satt: databastesterna körs bara mot den inbyggda PostgreSQL.'
	);
projects.push('cli');
if (existsSync(chromium)) {
	projects.push('components', 'e2e');
} else if (process.env.CI) {
	console.error(
		`\nChromium saknas (${chromium}), och i CI är webbläsartesterna obligatoriska. Installera Debians chromium.\n`
	);
	process.exit(1);
} else {
	console.error(
		`\n${'!'.repeat(72)}\n!! Chromium saknas (${chromium}): webbläsartesterna (components, e2e) HOPPAS ÖVER.\n!! Installera med: apt-get install chromium   (eller ange CHROMIUM_PATH)\n${'!'.repeat(72)}\n`
	);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'nara-vitest-'));
const report = path.join(dir, 'report.json');
const args = [
	'vitest',
	'run',
	...projects.flatMap((p) => ['--project', p]),
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${report}`,
	...process.argv.slice(2)
];
const result = spawnSync('npx', args, { stdio: 'inherit', env: process.env });

let summary = '';
if (existsSync(report)) {
	const r = JSON.parse(readFileSync(report, 'utf8'));
	const skipped = r.numPendingTests + r.numTodoTests;
	summary = `${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
rmSync(dir, { recursive: true, force: true });
if (summary) console.log(`\n${summary}`);
process.exit(result.status ?? 1);
