import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The CLI and browser tests run the built server. Build it when the build is
 * missing or older than any source file, so `npm test` always tests the code
 * as it is.
 */
const root = path.resolve(import.meta.dirname, '../..');

function newest(p: string): number {
	const s = statSync(p);
	if (!s.isDirectory()) return s.mtimeMs;
	return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newest(path.join(p, f))));
}

export default function setup() {
	const handler = path.join(root, 'build', 'handler.js');
	const inputs = ['src', 'seed', 'static', 'kit.config.js', 'vite.config.ts', 'package.json'].map(
		(f) => path.join(root, f)
	);
	const stale = !existsSync(handler) || Math.max(...inputs.map(newest)) > statSync(handler).mtimeMs;
	if (!stale) return;
	console.log('Bygger Nära för CLI- och webbläsartesterna …');
	execFileSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit']
	});
}
