import { z } from '../../core/zod.ts';
import {
	type ApiPaths,
	body,
	error,
	ok,
	security,
	writeErrors
} from '../../platform/api/openapi.ts';
import {
	countyArchivePath,
	countyCreatePath,
	countyParams,
	countyUpdatePath,
	itemParams
} from '../counties/index.server.ts';
import {
	CourseRoundInput,
	SupportCatalogue,
	SupportOffer,
	SupportOfferInput,
	SupportOfferUpdate,
	SupportRequest,
	SupportRequestHandling,
	SupportRequestInput,
	SupportRequestList
} from './schema.ts';

const RoundCreated = z
	.object({ id: z.number().int(), offerId: z.number().int() })
	.openapi('CourseRoundCreated');

const writes = { ...writeErrors, 404: error('Länet eller uppgiften finns inte') };

/** The support structure in the API document: the catalogue, course rounds and requests. */
export const openapi = {
	support: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/support/offers',
			summary:
				'Stödstrukturens katalog: utbildningar, program, metodstöd, analyser och verktyg, med förutsättningar, utvecklingsområden, källa och kursomgångar med deltagare per organisation',
			request: { params: countyParams },
			responses: { 200: ok('Katalogen', SupportCatalogue), 404: error('Länet finns inte') }
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/support/offers/{id}',
			summary: 'Ett stöd i katalogen, med omgångar och deltagare per organisation',
			request: { params: itemParams },
			responses: { 200: ok('Stödet', SupportOffer), 404: error('Länet eller stödet finns inte') }
		});
		const offers = {
			path: 'support/offers',
			what: 'ett stöd i katalogen',
			the: 'stödet',
			errors: writes
		};
		countyCreatePath(
			registry,
			offers,
			'Lägg till ett stöd i katalogen (stödstrukturen)',
			SupportOfferInput,
			SupportOffer
		);
		countyUpdatePath(registry, offers, SupportOfferUpdate, SupportOffer);
		countyArchivePath(registry, offers);
		registry.registerPath({
			method: 'post',
			path: '/api/counties/{code}/support/offers/{id}/rounds',
			summary:
				'Lägg till en omgång av en utbildning eller ett program, med antal deltagare per organisation (stödstrukturen)',
			security,
			request: { params: itemParams, body: body(CourseRoundInput) },
			responses: { 201: ok('Omgången', RoundCreated), ...writes }
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/support/requests',
			summary:
				'Förfrågningar om stöd: stödstrukturen ser länets alla, andra med roll i länet sina egna; öppna först',
			security,
			request: { params: countyParams },
			responses: {
				200: ok('Förfrågningarna', SupportRequestList),
				401: error('API-nyckeln är ogiltig'),
				403: error('Ingen roll i länet'),
				404: error('Länet finns inte')
			}
		});
		registry.registerPath({
			method: 'post',
			path: '/api/counties/{code}/support/requests',
			summary: 'Be stödstrukturen om stöd för en arbetsplats (alla med roll i länet)',
			security,
			request: { params: countyParams, body: body(SupportRequestInput) },
			responses: { 201: ok('Förfrågan', SupportRequest), ...writes }
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/support/requests/{id}',
			summary: 'En förfrågan (för stödstrukturen eller den som frågade), med revision',
			security,
			request: { params: itemParams },
			responses: { 200: ok('Förfrågan', SupportRequest), ...writes }
		});
		registry.registerPath({
			method: 'put',
			path: '/api/counties/{code}/support/requests/{id}',
			summary:
				'Hantera en förfrågan: status och anteckningar (stödstrukturen); klar eller avböjd kräver en anteckning',
			security,
			request: { params: itemParams, body: body(SupportRequestHandling) },
			responses: {
				200: ok('Förfrågan efter ändringen', SupportRequest),
				...writes,
				409: error('Någon annan har ändrat förfrågan sedan revisionen; current visar hur den är nu')
			}
		});
	}
} satisfies Record<string, ApiPaths>;
