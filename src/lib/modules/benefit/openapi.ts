import { type ApiPaths, body, error, ok } from '../../platform/api/openapi.ts';
import { countyParams, itemParams } from '../counties/index.server.ts';
import { ANONYMOUS_LIMITS, ComputeQuery, MEMBER_LIMITS } from './server/compute-limits.ts';
import {
	BenefitComputation,
	BenefitScenario,
	SavedScenario,
	SavedScenarioList,
	ScenarioVersionQuery
} from './server/schemas.ts';

const anonymous = ANONYMOUS_LIMITS;
const member = MEMBER_LIMITS;

/** The benefit model (nyttokalkyl) in the API document: anyone may compute; saved scenarios by visibility. */
export const openapi = {
	model: (registry) => {
		registry.registerPath({
			method: 'post',
			path: '/api/benefit-model/compute',
			summary:
				'Räkna en nyttokalkyl: vem betalar och vem vinner år för år, med Monte Carlo-percentiler (10 000 dragningar, fast frö) och känslighetsanalys',
			description: `Vem som helst får räkna, inom gränser. Utan inloggning: högst ${anonymous.maxDraws} dragningar, en tidshorisont på högst ${anonymous.maxHorizonYears} år och ${anonymous.perMinute} anrop i minuten per klientadress. Med en roll i ett län (sessionskaka eller API-nyckel): högst ${member.maxDraws} dragningar, ${member.maxHorizonYears} år och ${member.perMinute} anrop i minuten per person. Anropen räknas i databasen, så gränsen gäller över alla instanser. Beräkningen har en tidsbudget (${anonymous.budgetMs / 1000} s utan inloggning, ${member.budgetMs / 1000} s med en roll): räcker den inte blir svaret 503 med Retry-After, aldrig ett resultat med färre dragningar än begärt, eftersom samma scenario alltid ska ge samma svar.`,
			request: { query: ComputeQuery, body: body(BenefitScenario) },
			responses: {
				200: ok('Resultatet', BenefitComputation),
				400: error(
					'Scenariot eller draws är ogiltigt, eller större än gränsen för anroparen; fields säger vad och var, på svenska'
				),
				429: error('För många anrop i minuten; Retry-After säger hur många sekunder att vänta'),
				503: error(
					'Tidsbudgeten tog slut innan kalkylen var klar; Retry-After säger när du kan försöka igen'
				)
			}
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/scenarios',
			summary:
				'Länets sparade nyttokalkyler; interna bara för den som har en roll i länet (sessionskaka eller API-nyckel)',
			request: { params: countyParams },
			responses: { 200: ok('Kalkylerna', SavedScenarioList), 404: error('Länet finns inte') }
		});
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/scenarios/{id}',
			summary: 'En sparad nyttokalkyl med sina indata, i gällande eller en tidigare version',
			request: { params: itemParams, query: ScenarioVersionQuery },
			responses: {
				200: ok('Kalkylen', SavedScenario),
				400: error('Versionen är ogiltig'),
				404: error('Länet, kalkylen eller versionen finns inte, eller så är kalkylen intern')
			}
		});
	}
} satisfies Record<string, ApiPaths>;
