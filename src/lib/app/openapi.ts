import { OpenApiGeneratorV31, OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Health, Ready } from '../core/api-schema.ts';
import { type ApiPaths, error, ok } from '../platform/api/openapi.ts';
import { openapi as accounts } from '../modules/accounts/openapi.ts';
import { openapi as agreements } from '../modules/agreements/openapi.ts';
import { openapi as actions } from '../modules/actions/openapi.ts';
import { openapi as barriers } from '../modules/barriers/openapi.ts';
import { openapi as reflections } from '../modules/reflections/openapi.ts';
import { openapi as benefit } from '../modules/benefit/openapi.ts';
import { openapi as campaigns } from '../modules/campaigns/openapi.ts';
import { openapi as comparison } from '../modules/comparison/openapi.ts';
import { openapi as counties } from '../modules/counties/openapi.ts';
import { openapi as decisions } from '../modules/decisions/openapi.ts';
import { openapi as followup } from '../modules/followup/openapi.ts';
import { openapi as funds } from '../modules/funds/openapi.ts';
import { openapi as goodExamples } from '../modules/good-examples/openapi.ts';
import { openapi as groups } from '../modules/groups/openapi.ts';
import { openapi as initiatives } from '../modules/initiatives/openapi.ts';
import { openapi as meetings } from '../modules/meetings/openapi.ts';
import { openapi as milestones } from '../modules/milestones/openapi.ts';
import { openapi as yearlyReport } from '../modules/yearly-report/openapi.ts';
import { openapi as processes } from '../modules/processes/openapi.ts';
import { openapi as regions } from '../modules/regions/openapi.ts';
import { openapi as roadmap } from '../modules/roadmap/openapi.ts';
import { openapi as selfAssessment } from '../modules/self-assessment/openapi.ts';
import { openapi as stories } from '../modules/stories/openapi.ts';
import { openapi as support } from '../modules/support/openapi.ts';
import { openapi as timeline } from '../modules/timeline/openapi.ts';
import { openapi as vision } from '../modules/vision/openapi.ts';

/**
 * The OpenAPI 3.1 document of Nära's API, generated from the same zod schemas
 * that validate the responses. Each module describes its own paths (its
 * `openapi.ts`); this file puts them together. `npm run openapi` writes it to
 * openapi.json beside this file; a test fails when the committed file is stale.
 */

/** Every module's parts of the document, by module (its route group has the same name). */
export const moduleApis: Record<string, Record<string, ApiPaths>> = {
	accounts,
	agreements,
	actions,
	barriers,
	reflections,
	benefit,
	campaigns,
	comparison,
	counties,
	decisions,
	followup,
	funds,
	'good-examples': goodExamples,
	groups,
	initiatives,
	meetings,
	milestones,
	processes,
	regions,
	roadmap,
	'self-assessment': selfAssessment,
	stories,
	support,
	timeline,
	vision,
	'yearly-report': yearlyReport
};

/** The checks for load balancers and orchestrators: the app's own, not a module's. */
const health: ApiPaths = (registry) => {
	registry.registerPath({
		method: 'get',
		path: '/healthz',
		summary:
			'Lever processen? (liveness) Svarar så länge Nära tar emot anrop, också när databasen inte svarar',
		responses: { 200: ok('Processen svarar', Health) }
	});
	registry.registerPath({
		method: 'get',
		path: '/readyz',
		summary:
			'Kan den ta emot trafik? (readiness) Databasen svarar inom två sekunder och har den här versionens struktur',
		responses: {
			200: ok('Redo', Ready),
			503: error('Databasen svarar inte, eller dess struktur är inte uppdaterad')
		}
	});
};

/**
 * The order of the document: what anyone may read first, then what is written.
 * A part's place here is its place in openapi.json; a new part of a module
 * goes here too (a test fails on one that is missing).
 */
export const documentOrder: ApiPaths[] = [
	health,
	counties.list,
	vision.current,
	roadmap.current,
	counties.organisations,
	decisions.list,
	timeline.list,
	stories.list,
	campaigns.summaries,
	followup.indicators,
	timeline.edit,
	vision.versions,
	roadmap.edit,
	groups.edit,
	decisions.edit,
	processes.all,
	followup.targets,
	followup.koladaImports,
	initiatives.inventory,
	funds.report,
	yearlyReport.report,
	benefit.model,
	selfAssessment.all,
	stories.moderation,
	campaigns.moderation,
	meetings.all,
	barriers.all,
	reflections.all,
	actions.all,
	initiatives.files,
	regions.overview,
	comparison.compare,
	goodExamples.national,
	agreements.register,
	milestones.all,
	support.support,
	accounts.me
];

export function buildOpenApiDocument() {
	const registry = new OpenAPIRegistry();
	// the two ways to sign a writing call (platform/api/openapi.ts: security)
	registry.registerComponent('securitySchemes', 'session', {
		type: 'apiKey',
		in: 'cookie',
		name: 'nara_session',
		description:
			'Inloggning i webbläsaren; skrivande anrop måste komma från Näras egna sidor (Origin).'
	});
	registry.registerComponent('securitySchemes', 'token', {
		type: 'http',
		scheme: 'bearer',
		description: 'Personlig API-nyckel (skapas under Konto), begränsad till en roll i ett län.'
	});
	for (const register of documentOrder) register(registry);

	return new OpenApiGeneratorV31(registry.definitions).generateDocument({
		openapi: '3.1.0',
		info: {
			title: 'Nära API',
			version: '0.1.0',
			description:
				'Öppet API för länens gemensamma innehåll om omställningen till god och nära vård: målbild, färdplan, processer, organisation, beslut och tidslinje. Innehållet är på svenska; varje uppgift anger sitt källdokument.',
			license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' }
		},
		servers: [{ url: '/' }]
	});
}
