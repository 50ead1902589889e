/**
 * Reads the national overview (002, 2020) into its regions, the five fixed
 * headings and each heading's items, with the lines they stand on. Used by
 * `npx tsx src/lib/modules/regions/seed/extract.ts` to write overview.json
 * once; the hand-read facts (strategy year, joint vision, bodies) and the
 * lessons of the case studies are in facts.json. The test (seed.test.ts)
 * checks that every quote in the data occurs in the source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import factsJson from './facts.json';
import {
	HEADINGS,
	type HeadingKey,
	type OverviewItem,
	type OverviewRegion,
	type RegionFacts,
	type RegionFactsDraft
} from './types.ts';

const facts = factsJson as Record<string, RegionFactsDraft>;

const REGIONS: [string, string][] = [
	['10', 'Region Blekinge'],
	['20', 'Region Dalarna'],
	['09', 'Region Gotland'],
	['21', 'Region Gävleborg'],
	['13', 'Region Halland'],
	['23', 'Region Jämtland Härjedalen'],
	['06', 'Region Jönköpings län'],
	['08', 'Region Kalmar län'],
	['07', 'Region Kronoberg'],
	['25', 'Region Norrbotten'],
	['12', 'Region Skåne'],
	['01', 'Region Stockholm'],
	['04', 'Region Sörmland'],
	['03', 'Region Uppsala'],
	['17', 'Region Värmland'],
	['24', 'Region Västerbotten'],
	['22', 'Region Västernorrland'],
	['19', 'Region Västmanland'],
	['14', 'Västra Götalandsregionen'],
	['18', 'Region Örebro län'],
	['05', 'Region Östergötland']
];

const CASE_STUDIES: Record<string, string> = {
	'07': 'Barnens bästa gäller! i Kronoberg',
	'04': 'Närvård i Sörmland',
	'03': 'Från förhandlingskultur till samverkanskultur',
	'22': 'Nära vård i glesbygd'
};

const START: Record<HeadingKey, RegExp> = {
	direction: /^Inriktning, målbild och målområden/,
	organisation: /^Organisation för att styra och leda/,
	prioritised: /^Exempel på prioriterade utvecklingsområden/,
	collaboration: /^Samverkan mellan region och kommuner i/,
	joint: /^Exempel på gemensamma satsningar i samverkan/
};
/** the second line of a heading that wraps */
const CONTINUATION = /^(omställningsarbetet|mellan region och kommuner)/;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function items(lines: { text: string; no: number }[]): OverviewItem[] {
	const out: { parts: string[]; from: number; to: number }[] = [];
	let current: (typeof out)[number] | null = null;
	for (const { text, no } of lines) {
		const t = text.trim();
		if (t === '') {
			// a blank line ends a paragraph, but not a bullet whose text goes on
			if (current && !current.parts[0]!.startsWith('•')) current = null;
			continue;
		}
		if (t.startsWith('•') || current === null) {
			current = { parts: [t], from: no, to: no };
			out.push(current);
		} else {
			current.parts.push(t);
			current.to = no;
		}
	}
	return out
		.map((i) => ({
			quote: squash(i.parts.join(' ').replace(/^•\s*/, '')),
			lines: i.from === i.to ? `rad ${i.from}` : `rad ${i.from}–${i.to}`
		}))
		.filter((i) => i.quote.length > 2);
}

/** The source with its whitespace squashed, and the line each character came from. */
const squashed = new Map<string, { out: string; lineOf: number[] }>();
function squashedWithLines(text: string) {
	const known = squashed.get(text);
	if (known) return known;
	let out = '';
	const lineOf: number[] = [];
	let line = 1;
	let space = true;
	for (const ch of text) {
		if (/\s/.test(ch)) {
			if (!space) {
				out += ' ';
				lineOf.push(line);
			}
			space = true;
			if (ch === '\n') line++;
		} else {
			out += ch;
			lineOf.push(line);
			space = false;
		}
	}
	squashed.set(text, { out, lineOf });
	return { out, lineOf };
}

/** Where a quote stands in the source, as "rad a–b"; an error if it is not there. */
export function locate(text: string, quote: string): string {
	const { out, lineOf } = squashedWithLines(text);
	const at = out.indexOf(squash(quote));
	if (at < 0) throw new Error(`Citatet finns inte i översikten: "${quote}"`);
	const from = lineOf[at]!;
	const to = lineOf[at + squash(quote).length - 1]!;
	return from === to ? `rad ${from}` : `rad ${from}–${to}`;
}

function resolveFacts(text: string, code: string): RegionFacts {
	const f = facts[code];
	if (!f) throw new Error(`Fakta saknas för län ${code}`);
	const at = <T extends { quote: string }>(x: T) => ({ ...x, lines: locate(text, x.quote) });
	return {
		strategy: f.strategy ? { ...at(f.strategy), year: f.strategy.year ?? null } : null,
		jointVision: f.jointVision ? at(f.jointVision) : null,
		bodies: f.bodies.map(at)
	};
}

export function extractOverview(text: string): OverviewRegion[] {
	const lines = text.split('\n').map((t, n) => ({ text: t, no: n + 1 }));
	const starts = REGIONS.map(([code, name]) => {
		const at = lines.findIndex((l) => l.text.trim() === name);
		if (at < 0) throw new Error(`${name} saknas i översikten`);
		return { code, name, at };
	}).sort((a, b) => a.at - b.at);
	return starts.map((r, n) => {
		const end = n + 1 < starts.length ? starts[n + 1]!.at : lines.length;
		const body = lines.slice(r.at + 1, end);
		const caseTitle = CASE_STUDIES[r.code];
		const caseAt = caseTitle ? body.findIndex((l) => l.text.trim() === caseTitle) : -1;
		if (caseTitle && caseAt < 0) throw new Error(`${caseTitle} saknas`);
		const main = caseAt >= 0 ? body.slice(0, caseAt) : body;
		const sections = {} as Record<HeadingKey, { line: number; items: OverviewItem[] }>;
		let heading: HeadingKey | null = null;
		let chunk: typeof lines = [];
		const flush = () => {
			if (heading && !sections[heading])
				sections[heading] = { line: chunk[0]?.no ?? 0, items: items(chunk.slice(1)) };
			else if (heading) sections[heading].items.push(...items(chunk.slice(1)));
		};
		for (const l of main) {
			const key = HEADINGS.find((h) => START[h].test(l.text.trim()));
			if (key) {
				flush();
				heading = key;
				chunk = [l];
			} else if (chunk.length === 1 && CONTINUATION.test(l.text.trim())) {
				continue;
			} else chunk.push(l);
		}
		flush();
		const region: OverviewRegion = {
			countyCode: r.code,
			region: r.name,
			line: r.at + 1,
			sections: HEADINGS.map((h) => ({
				heading: h,
				line: sections[h]?.line ?? null,
				items: sections[h]?.items ?? []
			})),
			facts: resolveFacts(text, r.code)
		};
		if (caseTitle) {
			const rest = body.slice(caseAt + 1);
			region.caseStudy = {
				title: caseTitle,
				line: body[caseAt]!.no,
				items: items(rest),
				lessons: (facts[r.code]?.lessons ?? []).map((quote) => ({
					quote,
					lines: locate(text, quote)
				}))
			};
		}
		return region;
	});
}

if (process.argv[1]?.endsWith('extract.ts')) {
	const root = path.resolve(import.meta.dirname, '../../../../..');
	const text = readFileSync(path.join(root, 'seed/sources/002_ab6905b18fea9e05.txt'), 'utf8');
	const out = path.join(import.meta.dirname, 'overview.json');
	writeFileSync(out, JSON.stringify(extractOverview(text), null, '\t') + '\n');
	console.log(`skrev ${out}`);
}
