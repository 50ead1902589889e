import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` uses this file; it needs no database connection.
// The schema is every module's tables.ts, and the platform's own tables and shared columns.
export default defineConfig({
	dialect: 'postgresql',
	schema: [
		'./src/lib/platform/db/columns.ts',
		'./src/lib/platform/db/tables.ts',
		'./src/lib/modules/*/tables.ts'
	],
	out: './drizzle',
	casing: 'snake_case'
});
