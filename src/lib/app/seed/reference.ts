import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { slugify } from '../../core/slug.ts';
import { projectRoot } from '../../platform/paths.ts';

/**
 * Reference data shipped in seed/reference/ (see its PROVENANCE.md): the 21
 * counties and regions, the 290 municipalities with their SCB codes and
 * Kolada ids, and their boundaries.
 */

export interface CountyRef {
	code: string;
	name: string;
	shortName: string;
	slug: string;
	regionName: string;
	koladaId: string;
}

export interface MunicipalityRef {
	code: string;
	name: string;
	shortName: string;
	countyCode: string;
	koladaId: string;
}

export interface BoundaryRef {
	areaCode: string;
	kind: 'municipality' | 'county';
	countyCode: string;
	name: string;
	geometry: unknown;
}

export const BOUNDARY_SOURCE =
	'okfse/sweden-geojson (Valmyndighetens data via opendatasoft), förenklad';

function readCsv(file: string): Record<string, string>[] {
	const text = readFileSync(path.join(projectRoot(), 'seed', 'reference', file), 'utf8');
	return parse(text, { columns: true, skip_empty_lines: true, bom: true });
}

function readJson(file: string): unknown {
	return JSON.parse(readFileSync(path.join(projectRoot(), 'seed', 'reference', file), 'utf8'));
}

export function loadCounties(): CountyRef[] {
	const kolada = new Map(
		readCsv('kolada/kolada_municipality_v3_2026-03.csv').map((r) => [r.id!, r])
	);
	return readCsv('geo/scb_counties.csv').map((r) => {
		const koladaId = `00${r.county_code}`;
		const region = kolada.get(koladaId);
		if (!region) throw new Error(`Kolada saknar regionen ${koladaId}`);
		return {
			code: r.county_code!,
			name: r.county_name!,
			shortName: r.county_name_short!,
			slug: slugify(r.county_name_short!),
			regionName: region.title!,
			koladaId
		};
	});
}

export function loadMunicipalities(): MunicipalityRef[] {
	const kolada = new Set(
		readCsv('kolada/kolada_municipality_v3_2026-03.csv')
			.filter((r) => r.type === 'K')
			.map((r) => r.id!)
	);
	return readCsv('geo/scb_municipalities.csv').map((r) => {
		const code = r.municipality_code!;
		if (!kolada.has(code)) throw new Error(`Kolada saknar kommunen ${code}`);
		return {
			code,
			name: r.municipality_name!,
			shortName: r.municipality_name_short!,
			countyCode: r.county_code!,
			koladaId: code
		};
	});
}

/** Rounds coordinates to 4 decimals (about 10 m): ample for a county map, a fifth of the size. */
function roundCoordinates(value: unknown): unknown {
	if (typeof value === 'number') return Math.round(value * 1e4) / 1e4;
	if (Array.isArray(value)) return value.map(roundCoordinates);
	return value;
}

function roundGeometry(g: { type: string; coordinates: unknown }) {
	return { type: g.type, coordinates: roundCoordinates(g.coordinates) };
}

interface Feature<P> {
	properties: P;
	geometry: { type: string; coordinates: unknown };
}

export function loadBoundaries(): BoundaryRef[] {
	const municipalities = new Map(loadMunicipalities().map((m) => [m.code, m]));
	const counties = new Map(loadCounties().map((c) => [Number(c.code), c]));
	const kommuner = readJson('geo/kommuner_okfse.geojson') as {
		features: Feature<{ id: string; lan_code: string; kom_namn: string }>[];
	};
	const lan = readJson('geo/lan_okfse.geojson') as {
		features: Feature<{ l_id: number; name: string }>[];
	};
	const out: BoundaryRef[] = [];
	for (const f of kommuner.features) {
		const m = municipalities.get(f.properties.id);
		if (!m) throw new Error(`Okänd kommunkod i gränsfilen: ${f.properties.id}`);
		out.push({
			areaCode: m.code,
			kind: 'municipality',
			countyCode: m.countyCode,
			name: m.shortName,
			geometry: roundGeometry(f.geometry)
		});
	}
	for (const f of lan.features) {
		const c = counties.get(f.properties.l_id);
		if (!c) throw new Error(`Okänd länskod i gränsfilen: ${f.properties.l_id}`);
		out.push({
			areaCode: c.code,
			kind: 'county',
			countyCode: c.code,
			name: c.shortName,
			geometry: roundGeometry(f.geometry)
		});
	}
	return out;
}
