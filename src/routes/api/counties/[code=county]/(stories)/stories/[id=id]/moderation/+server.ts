import type { RequestHandler } from './$types';
import { moderateStory } from '#lib/modules/stories/moderation.server.ts';
import { Moderated } from '#lib/modules/stories/schema.ts';
import { apiItemWrite } from '#lib/platform/api-routes.ts';

export const POST: RequestHandler = apiItemWrite(moderateStory, Moderated);
