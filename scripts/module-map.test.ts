import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { MODULE_MAP_FILE, buildModuleMap, methodsOf, moduleOf, urlOf } from './module-map.ts';

test('docs/modules.md is up to date (run npm run module-map if not)', () => {
	expect(readFileSync(MODULE_MAP_FILE, 'utf8')).toBe(buildModuleMap());
});

test('a route belongs to the module of its last route group, and its URL loses the groups', () => {
	const segments = ['lan', '[county=county]', '(initiatives)', 'insatser', '[id=id]'];
	expect(moduleOf(segments)).toBe('initiatives');
	expect(urlOf(segments)).toBe('/lan/[county]/insatser/[id]');
	expect(moduleOf(['om-data'])).toBeNull();
	expect(urlOf([])).toBe('/');
});

test('an endpoint lists the methods it exports', () => {
	const source = `export const GET: RequestHandler = () => x;\nexport async function POST() {}\nconst PUT = 1;`;
	expect(methodsOf(source)).toEqual(['GET', 'POST']);
});
