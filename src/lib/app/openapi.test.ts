import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { buildOpenApiDocument } from './openapi.ts';

test('the committed OpenAPI document is up to date (run npm run openapi if not)', () => {
	const committed = JSON.parse(
		readFileSync(fileURLToPath(new URL('./openapi.json', import.meta.url)), 'utf8')
	);
	expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
});

test('it describes every county endpoint, the signed-in person and the health check', () => {
	const doc = buildOpenApiDocument();
	expect(Object.keys(doc.paths ?? {}).sort()).toEqual([
		'/api/benefit-model/compute',
		'/api/counties',
		'/api/counties/{code}/decisions',
		'/api/counties/{code}/decisions/{id}',
		'/api/counties/{code}/decisions/{id}/archive',
		'/api/counties/{code}/follow-up',
		'/api/counties/{code}/groups',
		'/api/counties/{code}/groups/{id}',
		'/api/counties/{code}/groups/{id}/archive',
		'/api/counties/{code}/indicators/{kpi}/dashboard',
		'/api/counties/{code}/initiatives',
		'/api/counties/{code}/initiatives/import',
		'/api/counties/{code}/initiatives/{id}',
		'/api/counties/{code}/organisations',
		'/api/counties/{code}/processes',
		'/api/counties/{code}/processes/{id}',
		'/api/counties/{code}/processes/{id}/archive',
		'/api/counties/{code}/roadmap',
		'/api/counties/{code}/roadmap/items',
		'/api/counties/{code}/roadmap/items/{id}',
		'/api/counties/{code}/roadmap/items/{id}/archive',
		'/api/counties/{code}/scenarios',
		'/api/counties/{code}/scenarios/{id}',
		'/api/counties/{code}/targets',
		'/api/counties/{code}/timeline',
		'/api/counties/{code}/timeline/{id}',
		'/api/counties/{code}/timeline/{id}/archive',
		'/api/counties/{code}/vision',
		'/api/counties/{code}/vision/versions',
		'/api/indicators',
		'/api/indicators/{id}',
		'/api/indicators/{id}/measurements',
		'/api/me',
		'/datasets/dcat',
		'/healthz',
		'/oppna-data/insatser.csv',
		'/oppna-data/insatser.json'
	]);
	expect(doc.openapi).toBe('3.1.0');
});
