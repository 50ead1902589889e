import type { RequestHandler } from './$types';
import { publishedStory } from '#lib/modules/stories/read.server.ts';
import { PublicStory } from '#lib/modules/stories/schema.ts';
import { apiItemGet } from '#lib/platform/api-routes.ts';

export const GET: RequestHandler = apiItemGet(
	(db, _actor, countyCode, id) => publishedStory(db, countyCode, id),
	PublicStory
);
