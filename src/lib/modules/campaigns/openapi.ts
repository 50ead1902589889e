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
	CampaignAnswers,
	CampaignInput,
	CampaignList,
	CampaignRef,
	CampaignSummary,
	ThemesInput,
	ThemingInput
} from './schema.ts';

/**
 * "Vad är viktigt för dig?" in the API document: the campaigns and their
 * summaries for anyone; opening for coordinators; the answers and their
 * themes for moderators.
 */
export const openapi = {
	summaries: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/campaigns',
			summary: 'Länets frågor till invånarna (”Vad är viktigt för dig?”), nyast först',
			request: { params: countyParams },
			responses: { 200: ok('Frågorna', CampaignList), 404: error('Länet finns inte') }
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/campaigns/{id}/summary',
			summary:
				'Sammanfattningen av en fråga: teman med antal och citat med samtycke, svar per kommun och åldersgrupp; inget antal under minsta gruppstorlek',
			request: { params: itemParams },
			responses: { 200: ok('Sammanfattningen', CampaignSummary), 404: error('Frågan finns inte') }
		});
	},
	moderation: (registry) => {
		registry.registerPath({
			method: 'post',
			path: '/api/counties/{code}/campaigns',
			summary: 'Öppna en fråga till invånarna (samordnare)',
			security,
			request: { params: countyParams, body: body(CampaignInput) },
			responses: { 201: ok('Den nya frågan', CampaignRef), ...writeErrors }
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/campaigns/{id}/answers',
			summary: 'En frågas svar med sina teman (moderatorer)',
			security,
			request: { params: itemParams },
			responses: { 200: ok('Svaren', CampaignAnswers), ...writeErrors }
		});
		registry.registerPath({
			method: 'post',
			path: '/api/counties/{code}/campaigns/{id}/themes',
			summary: 'Lägg till teman i en fråga (moderatorer)',
			security,
			request: { params: itemParams, body: body(ThemesInput) },
			responses: { 200: ok('Frågan', CampaignRef), ...writeErrors }
		});
		registry.registerPath({
			method: 'post',
			path: '/api/counties/{code}/campaigns/{id}/theming',
			summary: 'Gruppera svaren i teman och välj citat (moderatorer)',
			security,
			request: { params: itemParams, body: body(ThemingInput) },
			responses: {
				200: ok('Frågan och dess nya version', CampaignRef),
				409: error('Någon annan har grupperat svaren under tiden'),
				...writeErrors
			}
		});
	}
} satisfies Record<string, ApiPaths>;
