import { z } from 'zod';
import type { InitiativeColumnKey } from './domain/columns.ts';
import {
	DEVELOPMENT,
	FOCUS,
	GOALS,
	INTERNAL,
	LEVELS,
	NO,
	PHASES,
	PUBLIC,
	YES,
	columnOf,
	dateCell,
	normalise,
	quoted,
	splitList
} from './domain/import-cells.ts';
import type { County } from '../counties/index.ts';
import { InitiativeInput } from './schema.ts';
import type { Actor } from '../../core/actor.ts';
import { parseDecimal } from '../../platform/imports/numbers.ts';
import { toWrite } from './mapping.server.ts';
import type { InitiativeWrite, countyOrganisations } from './queries.server.ts';
import type { TitleMatch } from './import-queries.server.ts';

/**
 * One row of an imported file as an initiative to write: its cells read
 * (domain/import-cells.ts), organisations found by their names in the
 * county, and checked with the same schema as the form (InitiativeInput),
 * each mistake reported on its column.
 */

/** A row ready to write, with the names it was given (for the preview and the audit log). */
export interface InitiativeImportRow {
	/** the row in the file; set when all rows are checked */
	row: number;
	input: InitiativeInput;
	write: InitiativeWrite;
	lead: string | null;
	partners: string[];
	municipalities: string[];
}

/** An amount in kronor as Swedish Excel writes it: "1 500 000", "1500000,00", "1 500 000 kr". */
function amountCell(cell: string): number | null | 'nan' | 'fraction' {
	const parsed = parseDecimal(cell.replace(/\s*(kr|kronor|sek)\.?$/i, ''));
	if (parsed.kind === 'empty') return null;
	if (parsed.kind === 'nan') return 'nan';
	return Number.isInteger(parsed.value) ? parsed.value : 'fraction';
}

type Organisation = Awaited<ReturnType<typeof countyOrganisations>>[number];

export interface InitiativeImportContext {
	actor: Actor;
	county: County;
	organisations: Organisation[];
	fileName: string;
	/** initiatives of the county with the same or close titles (the database, or a test's list) */
	titleMatches(titles: string[]): Promise<TitleMatch[]>;
}

/** Organisations by name, short name and SCB code, case-insensitive. */
function organisationIndex(orgs: Organisation[]) {
	const byName = new Map<string, Organisation>();
	const short = new Map<string, Organisation[]>();
	for (const o of orgs) {
		byName.set(normalise(o.name), o);
		if (o.code) byName.set(o.code, o);
		const s = normalise(o.shortName);
		short.set(s, [...(short.get(s) ?? []), o]);
	}
	return (value: string): Organisation | undefined => {
		const v = normalise(value);
		const found = byName.get(v);
		if (found) return found;
		const candidates = short.get(v) ?? [];
		// "Arvika" is the municipality, not another body with the same short name
		return candidates.length === 1
			? candidates[0]
			: candidates.find((o) => o.kind === 'municipality');
	};
}

export function rowSchema(ctx: InitiativeImportContext) {
	const organisation = organisationIndex(ctx.organisations);
	const known = (map: Map<string, string>) => (v: string) => map.has(normalise(v));
	return z.record(z.string(), z.string()).transform((cells, zctx): InitiativeImportRow => {
		const cell = (key: InitiativeColumnKey) => cells[key] ?? '';
		let failed = false;
		const fail = (key: InitiativeColumnKey, message: string) => {
			failed = true;
			zctx.addIssue({ code: 'custom', path: [key], message });
		};

		const keys = <K extends string>(
			key: InitiativeColumnKey,
			map: Map<string, K>,
			[one, many]: [string, string]
		): K[] => {
			const values = splitList(cell(key), known(map));
			const unknown = values.filter((v) => !map.has(normalise(v)));
			if (unknown.length)
				fail(
					key,
					`${unknown.length === 1 ? one : many} ${quoted(unknown)} finns inte. Se de tillåtna värdena i mallens flik "Kolumner" eller på importsidan.`
				);
			return values.map((v) => map.get(normalise(v))!).filter(Boolean);
		};
		const one = <K extends string>(
			key: InitiativeColumnKey,
			map: Map<string, K>,
			allowed: string
		): K | '' => {
			const v = cell(key);
			if (v === '') return '';
			const found = map.get(normalise(v));
			if (!found) fail(key, `"${v}" går inte att läsa. Skriv ${allowed}.`);
			return found ?? '';
		};
		const organisations = (key: InitiativeColumnKey, municipalitiesOnly: boolean) => {
			const values = splitList(cell(key), (v) => organisation(v) !== undefined);
			const found = values.map((v) => [v, organisation(v)] as const);
			const unknown = found.filter(([, o]) => !o).map(([v]) => v);
			const notMunicipality = found
				.filter(([, o]) => o && municipalitiesOnly && o.kind !== 'municipality')
				.map(([v]) => v);
			if (unknown.length)
				fail(
					key,
					municipalitiesOnly
						? `${quoted(unknown)} är ${unknown.length === 1 ? 'ingen kommun' : 'inga kommuner'} i ${ctx.county.name}. Skriv kommunens namn (t.ex. "Arvika") eller kommunkod (t.ex. 1784).`
						: `${unknown.length === 1 ? 'Organisationen' : 'Organisationerna'} ${quoted(unknown)} finns inte i ${ctx.county.name} i Nära. Skriv namnet som i Nära, t.ex. "${ctx.county.regionName}".`
				);
			else if (notMunicipality.length)
				fail(key, `${quoted(notMunicipality)} är inte en kommun. Ange bara kommuner här.`);
			return found.flatMap(([, o]) => (o ? [o] : []));
		};

		const leads = organisations('lead', false);
		if (leads.length > 1)
			fail('lead', 'Ange en enda ansvarig organisation; andra organisationer är samarbetspartner.');
		const lead = leads[0] ?? null;
		const partners = organisations('partners', false);
		const municipalities = organisations('municipalities', true);

		const level = one('level', LEVELS, 'Länsövergripande, Delregional eller Lokal');
		if (cell('level') === '')
			fail('level', 'Ange nivån: Länsövergripande, Delregional eller Lokal.');
		const phase = one('phase', PHASES, 'Idé, Planering, Pilot, Spridning, I drift eller Avslutad');
		if (cell('phase') === '')
			fail('phase', 'Ange fasen: Idé, Planering, Pilot, Spridning, I drift eller Avslutad.');
		const goalAreas = keys('goalAreas', GOALS, ['Målområdet', 'Målområdena']);
		const developmentAreas = keys('developmentAreas', DEVELOPMENT, [
			'Utvecklingsområdet',
			'Utvecklingsområdena'
		]);
		const focusShifts = keys('focusShifts', FOCUS, [
			'Fokusförflyttningen',
			'Fokusförflyttningarna'
		]);

		// funding: the three columns in the same order, split on | or ;
		const years = splitList(cell('fundingYears'));
		const sources = cell('fundingSources')
			.split(/[|;\n\r]+/)
			.map((s) => s.trim())
			.filter(Boolean);
		const amounts = cell('fundingAmounts')
			.split(/[|;\n\r]+/)
			.map((s) => s.trim());
		const amountsGiven = amounts.some((a) => a !== '');
		const funding: { year: string; fundingSource: string; amountSek: number | undefined }[] = [];
		if (sources.length && years.length !== sources.length)
			fail(
				years.length ? 'fundingSources' : 'fundingYears',
				years.length
					? `Ange lika många källor som år (${years.length} år, ${sources.length} ${sources.length === 1 ? 'källa' : 'källor'}), i samma ordning.`
					: 'Ange året för finansieringen, t.ex. 2024.'
			);
		else if (years.length && !sources.length)
			fail('fundingSources', 'Ange varifrån pengarna kommer, t.ex. statliga stimulansmedel.');
		else if (amountsGiven && amounts.length !== years.length)
			fail(
				'fundingAmounts',
				`Ange ett belopp för varje år (${years.length} år, ${amounts.length} belopp), i samma ordning, eller lämna cellen tom.`
			);
		else {
			for (const [i, year] of years.entries()) {
				const amount = amountsGiven ? amountCell(amounts[i] ?? '') : null;
				if (amount === 'nan' || amount === 'fraction') {
					fail(
						'fundingAmounts',
						amount === 'nan'
							? `Beloppet "${amounts[i]}" är inte ett tal. Skriv hela kronor, t.ex. 1 500 000 eller 1500000,00.`
							: `Beloppet "${amounts[i]}" ska vara hela kronor, utan ören.`
					);
					break;
				}
				funding.push({ year, fundingSource: sources[i]!, amountSek: amount ?? undefined });
			}
		}

		const goodExampleCell = normalise(cell('goodExample'));
		if (!YES.has(goodExampleCell) && !NO.has(goodExampleCell))
			fail('goodExample', 'Skriv "ja" eller "nej" (tom betyder nej).');
		const visibilityCell = normalise(cell('visibility'));
		if (!PUBLIC.has(visibilityCell) && !INTERNAL.has(visibilityCell))
			fail('visibility', 'Skriv "offentlig" eller "intern" (tom betyder offentlig).');

		// the form's schema too, so a row's other mistakes show at once (one message per cell)
		const parsed = InitiativeInput.safeParse({
			title: cell('title'),
			description: cell('description'),
			leadOrganisationId: lead?.id,
			partnerIds: partners.map((o) => o.id),
			otherPartners: splitList(cell('otherPartners')),
			municipalityIds: municipalities.map((o) => o.id),
			level,
			phase,
			startsOn: dateCell(cell('startsOn')),
			endsOn: dateCell(cell('endsOn')),
			goalAreas,
			developmentAreas,
			focusShifts,
			funding,
			contactFunction: cell('contactFunction'),
			contactEmail: cell('contactEmail'),
			contactPhone: cell('contactPhone'),
			results: cell('results'),
			lessons: cell('lessons'),
			links: cell('links')
				.split(/[|;\s]+/)
				.filter(Boolean)
				.map((url) => ({ url, title: '' })),
			goodExample: YES.has(goodExampleCell),
			visibility: INTERNAL.has(visibilityCell) ? 'internal' : 'public',
			confirmSimilar: true
		});
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				zctx.addIssue({ code: 'custom', path: [columnOf(issue.path)], message: issue.message });
			return z.NEVER;
		}
		if (failed) return z.NEVER;
		const write = toWrite(parsed.data);
		const names = (ids: number[]) =>
			ids.map((id) => ctx.organisations.find((o) => o.id === id)!.name);
		return {
			row: 0,
			input: parsed.data,
			write,
			lead: lead?.name ?? null,
			partners: names(write.partnerIds),
			municipalities: names(write.municipalityIds)
		};
	});
}
