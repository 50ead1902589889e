import fs from 'node:fs/promises';
import { afterAll, beforeAll, expect } from 'vitest';
import { nara, tempDataDir } from '../process.ts';

/**
 * A data directory of this CLI test file's own, seeded by `nara seed` before
 * its first test and removed after its last. Returns the environment that
 * points `nara` at it (call it inside tests and hooks).
 */
export function seededDataDirForFile(): () => { NARA_DATA_DIR: string } {
	let dir: string;
	beforeAll(async () => {
		dir = await tempDataDir();
		const seed = await nara(['seed'], { NARA_DATA_DIR: dir });
		expect(seed.code, seed.stderr).toBe(0);
	});
	afterAll(async () => {
		if (dir) await fs.rm(dir, { recursive: true, force: true });
	});
	return () => ({ NARA_DATA_DIR: dir });
}
