import fs from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { startServer, tempDataDir } from '../../tests/process.ts';
import { startReplayServer } from '../../tests/kolada/replay-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		/** the data directory of the server's embedded PostgreSQL, to make test users in */
		dataDir: string;
	}
}

/**
 * One built Nära server on the embedded database for all browser tests, with
 * a replay of Kolada's API (tests/kolada/fixtures) as its Kolada.
 */
export default async function setup(project: TestProject) {
	const dir = await tempDataDir();
	const kolada = await startReplayServer();
	const server = await startServer({ NARA_DATA_DIR: dir, KOLADA_BASE_URL: kolada.baseUrl });
	project.provide('baseUrl', server.url);
	project.provide('dataDir', dir);
	return async () => {
		await server.stop();
		await kolada.close();
		await fs.rm(dir, { recursive: true, force: true });
	};
}
