import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import drizzleConfig from '../drizzle.config.ts';

const root = path.resolve(import.meta.dirname, '..');

test('the committed migrations match the schema (npm run db:generate makes none)', () => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'nara-migrations-'));
	try {
		cpSync(path.join(root, 'drizzle'), path.join(dir, 'drizzle'), { recursive: true });
		const config = path.join(dir, 'drizzle.config.json');
		writeFileSync(
			config,
			JSON.stringify({
				dialect: 'postgresql',
				// every tables.ts, as `npm run db:generate` reads them
				schema: drizzleConfig.schema,
				// drizzle-kit takes paths relative to the working directory
				out: path.relative(root, path.join(dir, 'drizzle')),
				casing: 'snake_case'
			})
		);
		const before = readdirSync(path.join(dir, 'drizzle')).sort();
		const output = execFileSync(
			path.join(root, 'node_modules/.bin/drizzle-kit'),
			['generate', `--config=${config}`],
			{
				cwd: root,
				encoding: 'utf8',
				stdio: 'pipe'
			}
		);
		expect(output).toContain('No schema changes');
		expect(readdirSync(path.join(dir, 'drizzle')).sort()).toEqual(before);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}, 60_000);
