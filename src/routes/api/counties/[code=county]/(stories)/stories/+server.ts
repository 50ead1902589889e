import type { RequestHandler } from './$types';
import { publishedStories } from '#lib/modules/stories/read.server.ts';
import { StoryList } from '#lib/modules/stories/schema.ts';
import { apiCountyRead } from '#lib/platform/api-routes.ts';
import { withCounty } from '#lib/modules/counties/index.server.ts';

export const GET: RequestHandler = apiCountyRead(
	(db, _actor, code, query) =>
		withCounty(db, code, async (c) => {
			const found = await publishedStories(db, c.code, query);
			return found.kind === 'ok'
				? { kind: 'ok', value: { stories: found.value.stories, total: found.value.total } }
				: found;
		}),
	StoryList
);
