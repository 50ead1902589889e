import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` uses this file; it needs no database connection.
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/platform/db/schema.ts',
	out: './drizzle',
	casing: 'snake_case'
});
