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
	AssessmentCountyResults,
	AssessmentRoundList,
	AssessmentRoundOpened,
	AssessmentRoundResults,
	AssessmentTemplateList
} from './api-schema.ts';
import { RoundInput } from './schema.ts';

/** The Dialogguide in the API document: templates, rounds for their managers, aggregated results. */
export const openapi = {
	all: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/self-assessment/templates',
			summary: 'Dialogguidens mallar i länet med dimensioner, påståenden och källor',
			request: { params: countyParams },
			responses: { 200: ok('Mallarna', AssessmentTemplateList), 404: error('Länet finns inte') }
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/self-assessment/results',
			summary:
				'Länets samlade resultat per dimension, halvår och organisation (öppna data); celler med färre än K svar finns inte med',
			request: { params: countyParams },
			responses: { 200: ok('Resultatet', AssessmentCountyResults), 404: error('Länet finns inte') }
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/self-assessment/rounds',
			summary: 'Omgångarna du ansvarar för (länets samordnare: alla)',
			security,
			request: { params: countyParams },
			responses: {
				200: ok('Omgångarna', AssessmentRoundList),
				401: error('Inte inloggad'),
				403: error('Rollen räcker inte')
			}
		});
		registry.registerPath({
			method: 'post',
			path: '/api/counties/{code}/self-assessment/rounds',
			summary:
				'Starta en omgång för en arbetsplats; svaret har svarslänkens nyckel och engångskoderna',
			security,
			request: { params: countyParams, body: body(RoundInput) },
			responses: { 201: ok('Omgången', AssessmentRoundOpened), ...writeErrors }
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/self-assessment/rounds/{id}',
			summary:
				'En omgångs resultat per dimension, bredvid länets (bara när den är stängd och minst K svarat)',
			security,
			request: { params: itemParams },
			responses: {
				200: ok('Resultatet', AssessmentRoundResults),
				403: error('Inte omgångens chef'),
				404: error('Omgången finns inte')
			}
		});
	}
} satisfies Record<string, ApiPaths>;
