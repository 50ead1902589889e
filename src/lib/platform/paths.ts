import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The project folder (where package.json, drizzle/ and seed/ are), found from
 * this file's place so it works from the source tree, the build and any
 * working directory.
 */
export function projectRoot(): string {
	if (root) return root;
	const starts = [path.dirname(fileURLToPath(import.meta.url)), process.cwd()];
	for (const start of starts) {
		let dir = start;
		for (;;) {
			const pkg = path.join(dir, 'package.json');
			if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'nara') {
				root = dir;
				return dir;
			}
			const up = path.dirname(dir);
			if (up === dir) break;
			dir = up;
		}
	}
	throw new Error('Hittar inte Nära-projektets katalog (package.json med namnet "nara").');
}
