import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { describe, expect, test } from 'vitest';
import { buildOpenApiDocument, documentOrder, moduleApis } from './openapi.ts';

const ROUTES = fileURLToPath(new URL('../../routes', import.meta.url));

/** Every endpoint file under src/routes: its URL (as OpenAPI writes it), its methods, its route group. */
function endpoints() {
	const files = readdirSync(ROUTES, { recursive: true, encoding: 'utf8' }).filter(
		(f) => path.basename(f) === '+server.ts'
	);
	return files.map((file) => {
		const segments = path.dirname(file).split(path.sep);
		const url = `/${segments
			.filter((s) => !/^\(.+\)$/.test(s))
			.map((s) => s.replace(/^\[(\w+)(=\w+)?\]$/, '{$1}'))
			.join('/')}`;
		const source = readFileSync(path.join(ROUTES, file), 'utf8');
		const methods = [
			...source.matchAll(
				/^export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/gm
			)
		].map((m) => m[1]!.toLowerCase());
		const group = segments.find((s) => /^\(.+\)$/.test(s))?.slice(1, -1) ?? null;
		return { file, url, methods, group };
	});
}

/** The operations of a document or a registry, as "get /api/…". */
const operationsOf = (paths: Record<string, object>) =>
	Object.entries(paths).flatMap(([url, ops]) => Object.keys(ops).map((m) => `${m} ${url}`));

test('the committed OpenAPI document is up to date (run npm run openapi if not)', () => {
	const committed = JSON.parse(
		readFileSync(fileURLToPath(new URL('./openapi.json', import.meta.url)), 'utf8')
	);
	expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
	expect(committed.openapi).toBe('3.1.0');
});

describe('the document and the endpoint files agree', () => {
	const doc = buildOpenApiDocument();
	const documented = operationsOf(doc.paths ?? {}).sort();
	const files = endpoints();

	test('every operation of an endpoint under /api is described (but the document itself)', () => {
		const api = files
			.filter((e) => e.url.startsWith('/api/') && e.url !== '/api/openapi.json')
			.flatMap((e) => e.methods.map((m) => `${m} ${e.url}`));
		expect(api.length).toBeGreaterThan(30);
		expect(api.filter((op) => !documented.includes(op))).toEqual([]);
	});

	test('every described operation has an endpoint file with that method', () => {
		const served = new Set(files.flatMap((e) => e.methods.map((m) => `${m} ${e.url}`)));
		expect(documented.filter((op) => !served.has(op))).toEqual([]);
	});
});

describe("each module's parts", () => {
	const parts = Object.values(moduleApis).flatMap((m) => Object.values(m));

	test('are each in the document once', () => {
		expect(parts.filter((p) => documentOrder.filter((o) => o === p).length !== 1)).toEqual([]);
		expect(documentOrder.length).toBe(parts.length + 1); // and the health check
	});

	test.each(Object.entries(moduleApis))(
		'%s describes only the endpoints of its own route group',
		(name, api) => {
			const registry = new OpenAPIRegistry();
			for (const register of Object.values(api)) register(registry);
			const urls = registry.definitions.flatMap((d) => (d.type === 'route' ? [d.route.path] : []));
			expect(urls.length).toBeGreaterThan(0);
			const groups = new Map(endpoints().map((e) => [e.url, e.group]));
			expect(urls.filter((url) => groups.get(url) !== name)).toEqual([]);
		}
	);
});
