import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import document from '#lib/app/openapi.json';

export const GET: RequestHandler = () => json(document);
