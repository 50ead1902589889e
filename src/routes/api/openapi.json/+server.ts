import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import document from '$lib/server/api/openapi.json';

export const GET: RequestHandler = () => json(document);
