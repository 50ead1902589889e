import {
	type ApiPaths,
	body,
	error,
	ok,
	security,
	writeErrors
} from '../../platform/api/openapi.ts';
import { countyParams, itemParams } from '../counties/index.server.ts';
import {
	Moderated,
	ModerationInput,
	ModerationQueue,
	PublicStory,
	StoryList,
	StoryQuery
} from './schema.ts';

/** The stories' paths in the API document: public reading, and moderation for moderators. */
export const openapi = {
	list: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/stories',
			summary: 'Länets publicerade berättelser, sökta och filtrerade (högst 200, nyast först)',
			request: { params: countyParams, query: StoryQuery },
			responses: {
				200: ok('Berättelserna och hur många som matchar', StoryList),
				400: error('Filtret är ogiltigt'),
				404: error('Länet finns inte')
			}
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/stories/{id}',
			summary: 'En publicerad berättelse med taggar och svar',
			request: { params: itemParams },
			responses: { 200: ok('Berättelsen', PublicStory), 404: error('Berättelsen finns inte') }
		});
	},
	moderation: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/stories/moderation',
			summary: 'Berättelser att granska (väntande och dolda) och publicerade, med originalet',
			security,
			request: { params: countyParams },
			responses: { 200: ok('Kön', ModerationQueue), ...writeErrors }
		});
		registry.registerPath({
			method: 'post',
			path: '/api/counties/{code}/stories/{id}/moderation',
			summary: 'Publicera, publicera redigerad eller avböj en berättelse (moderatorer)',
			security,
			request: { params: itemParams, body: body(ModerationInput) },
			responses: {
				200: ok('Berättelsens nya status', Moderated),
				409: error('Någon annan har granskat berättelsen under tiden'),
				...writeErrors
			}
		});
	}
} satisfies Record<string, ApiPaths>;
