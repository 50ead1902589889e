import { readFile, stat } from 'node:fs/promises';
import { systemActor } from '../src/lib/core/actor.ts';
import { measurementImportSpec } from '../src/lib/modules/followup/server/import.ts';
import { prepareImport } from '../src/lib/platform/imports/core.ts';
import { INITIATIVE_LIMITS, MEASUREMENT_LIMITS } from '../src/lib/platform/imports/limits.ts';
import { tooLarge } from '../src/lib/platform/imports/table.ts';
import { initiativeImportSpec } from '../src/lib/modules/initiatives/import.server.ts';
import { loadCounties, loadMunicipalities } from '../src/lib/app/seed/reference.ts';

/**
 * One file of the import-bounds benchmark, in a process of its own:
 * `tsx bench/import-bounds-child.ts <file> initiatives|measurements`. Does
 * what `nara import … FILE` does before it writes (the file's size checked,
 * the file read, every row read and checked with the real import's columns,
 * schema and checks, against Värmland's organisations and the catalogue's
 * Kolada areas), then prints one line of JSON: the outcome, the time and
 * the process's peak RSS (its own resourceUsage().maxRSS). A refused file
 * never reaches the write, so this is the whole cost of a bad file.
 */

const [file, kind] = process.argv.slice(2);
if (!file || (kind !== 'initiatives' && kind !== 'measurements')) {
	console.error('usage: import-bounds-child.ts <file> initiatives|measurements');
	process.exit(2);
}

const actor = systemActor('bench');
const counties = loadCounties();
const municipalities = loadMunicipalities();
const varmland = counties.find((c) => c.code === '17')!;

const started = process.hrtime.bigint();
const limits = kind === 'initiatives' ? INITIATIVE_LIMITS : MEASUREMENT_LIMITS;
let outcome: { status: string; errors: number; moreErrors: number; first: string };
const size = (await stat(file)).size;
if (size > limits.maxFileBytes) {
	outcome = { status: 'refused', errors: 1, moreErrors: 0, first: tooLarge(size, limits) };
} else {
	// the Buffer itself, not a copy: a 50 MB file is 50 MB once
	const bytes: Uint8Array = await readFile(file);
	const spec =
		kind === 'initiatives'
			? initiativeImportSpec({
					actor,
					county: { ...varmland, hasVision: true },
					organisations: [
						{
							id: 1,
							name: varmland.regionName,
							shortName: varmland.regionName,
							kind: 'region',
							code: '17'
						},
						...municipalities
							.filter((m) => m.countyCode === '17')
							.map((m, i) => ({
								id: 100 + i,
								name: m.name,
								shortName: m.shortName,
								kind: 'municipality' as const,
								code: m.code
							}))
					],
					fileName: file,
					titleMatches: async () => []
				})
			: measurementImportSpec(
					{
						actor,
						indicators: new Map([
							['N20402', { id: 1, koladaId: 'N20402', countyCode: null, hasGenderSplit: true }]
						]),
						areas: new Map<string, string | null>([
							['0000', null],
							...counties.map((c) => [`00${c.code}`, c.code] as [string, string]),
							...municipalities.map((m) => [m.code, m.countyCode] as [string, string])
						])
					},
					{ name: file, source: 'bench' }
				);
	const { preview } = await prepareImport<unknown>(spec, { name: file, bytes });
	outcome = {
		status: preview.errors.length ? 'refused' : 'read',
		errors: preview.errors.length,
		moreErrors: preview.moreErrors,
		first: preview.errors[0]?.message ?? `${preview.validRows} rader`
	};
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.log(JSON.stringify({ ...outcome, ms, maxRssKb: process.resourceUsage().maxRSS }));
