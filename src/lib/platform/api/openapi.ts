import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { ApiError } from '../../core/api-schema.ts';
import type { z } from '../../core/zod.ts';

/**
 * The parts every module's API description is made of (its `openapi.ts`).
 * src/lib/app/openapi.ts puts the modules' parts together into one document.
 */

/** One part of the document: registers its paths, in the order they are to appear. */
export type ApiPaths = (registry: OpenAPIRegistry) => void;

/** An answer in the one error shape (core/api-schema.ts). */
export const error = (description: string) => ({
	description,
	content: { 'application/json': { schema: ApiError } }
});

/** A JSON answer. */
export const ok = (description: string, schema: z.ZodType) => ({
	description,
	content: { 'application/json': { schema } }
});

/** A JSON request body. */
export const body = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

/** The description of an answer that can be asked for again with its ETag. */
export const cached =
	'Svaret har en ETag (en hash av svaret); skicka den i If-None-Match för att få 304 när inget har ändrats.';

/** The 304 answer to If-None-Match. */
export const unchanged = { description: 'Oförändrat sedan ETag:en i If-None-Match' };

/** A writing call: a session in the browser or an API token (the schemes app/openapi.ts registers). */
export const security: Record<string, string[]>[] = [{ session: [] }, { token: [] }];

/** The errors of a writing call. */
export const writeErrors = {
	400: error('Indata är ogiltiga; fields säger vad och var'),
	401: error('API-nyckeln är ogiltig'),
	403: error('Rollen räcker inte'),
	404: error('Länet eller händelsen finns inte')
};
