/**
 * A stand-in for SCB's PxWeb API v1 in tests: a node:http server on
 * 127.0.0.1 that answers GET on a table with its metadata fixture and POST
 * with a JSON-stat 2.0 dataset for exactly the query it got, in the shape
 * PxWeb's serializer writes (tests/scb/README.md). It refuses a query that
 * names a code the table lacks (400), can be told to fail, hang or drop a
 * table's next requests (`inject`), and records every request.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const PREFIX = '/OV0104/v1/doris/sv/ssd';
const TABLES: Record<string, string> = {
	'BE/BE0101/BE0101A/BefolkningNy': 'befolkningny-metadata.json',
	'BE/BE0401/BE0401A/BefProgRegFakN': 'befprogregfakn-metadata.json'
};

interface Variable {
	code: string;
	text: string;
	values: string[];
	valueTexts: string[];
}

export interface ScbRequest {
	method: string;
	table: string;
	/** the POSTed query, parsed */
	body: {
		query: { code: string; selection: { filter: string; values: string[] } }[];
		response: { format: string };
	} | null;
}

export interface Injected {
	status?: number;
	retryAfter?: number;
	hang?: boolean;
	drop?: boolean;
	/** a 200 with this body instead of the dataset */
	body?: string;
}

export interface ScbReplay {
	baseUrl: string;
	requests: ScbRequest[];
	inject(table: string, ...responses: Injected[]): void;
	close(): Promise<void>;
}

/**
 * The made-up figure of one cell (the fixtures' values are not SCB's: see
 * the README). People thin out with age; the old grow in number year by
 * year and the young shrink, as in SCB's projections.
 */
export function replayValue(region: string, age: number, sex: string, year: number): number {
	const size =
		region === '00' ? 60_000 : region.length === 2 ? 1_500 : 100 + Number(region.slice(2)) * 3;
	const byAge = age < 65 ? 1 : age < 80 ? 0.9 : Math.max(0.05, 0.9 - (age - 80) * 0.05);
	const drift = 1 + (year - 2024) * (age >= 80 ? 0.03 : age >= 20 && age < 65 ? -0.002 : 0);
	return Math.round(size * byAge * drift * (sex === '2' ? 1.02 : 1));
}

const ageOf = (code: string) => Number(code.replace('+', ''));

function dataset(
	meta: { title: string; variables: Variable[] },
	body: NonNullable<ScbRequest['body']>
) {
	const chosen = meta.variables.filter((v) => body.query.some((q) => q.code === v.code));
	const selected = (v: Variable) => body.query.find((q) => q.code === v.code)!.selection.values;
	const id = chosen.map((v) => v.code);
	const size = chosen.map((v) => selected(v).length);
	const value: number[] = [];
	const codes = chosen.map(selected);
	const walk = (d: number, at: Record<string, string>) => {
		if (d === chosen.length) {
			value.push(
				replayValue(at.Region ?? '00', ageOf(at.Alder ?? '0'), at.Kon ?? '1', Number(at.Tid))
			);
			return;
		}
		for (const c of codes[d]!) walk(d + 1, { ...at, [chosen[d]!.code]: c });
	};
	walk(0, {});
	const dimension = Object.fromEntries(
		chosen.map((v) => [
			v.code,
			{
				label: v.text,
				category: {
					index: Object.fromEntries(selected(v).map((c, i) => [c, i])),
					label: Object.fromEntries(selected(v).map((c) => [c, v.valueTexts[v.values.indexOf(c)]]))
				}
			}
		])
	);
	return {
		version: '2.0',
		class: 'dataset',
		label: meta.title,
		source: 'SCB',
		updated: '2025-05-07T06:00:00Z',
		role: { time: ['Tid'], metric: ['ContentsCode'] },
		id,
		size,
		dimension,
		value
	};
}

export async function startScbReplay(): Promise<ScbReplay> {
	const requests: ScbRequest[] = [];
	const injected = new Map<string, Injected[]>();
	const hanging = new Set<ServerResponse>();
	const metadata = (file: string) =>
		JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', file), 'utf8')) as {
			title: string;
			variables: Variable[];
		};

	async function handle(req: IncomingMessage, res: ServerResponse) {
		const chunks: Buffer[] = [];
		for await (const c of req) chunks.push(c as Buffer);
		const pathname = new URL(req.url ?? '/', 'http://x').pathname;
		const table = pathname.startsWith(`${PREFIX}/`) ? pathname.slice(PREFIX.length + 1) : '';
		const text = Buffer.concat(chunks).toString('utf8');
		const body = req.method === 'POST' ? (JSON.parse(text || 'null') as ScbRequest['body']) : null;
		requests.push({ method: req.method ?? '', table, body });
		const next = injected.get(table)?.shift();
		if (next?.hang) return void hanging.add(res);
		if (next?.drop) return void req.socket.destroy();
		if (next?.status) {
			if (next.retryAfter !== undefined) res.setHeader('retry-after', String(next.retryAfter));
			res.writeHead(next.status, { 'content-type': 'text/plain; charset=utf-8' });
			return void res.end(`${next.status}`);
		}
		const file = TABLES[table];
		if (!file) return void res.writeHead(404).end('Not Found');
		const meta = metadata(file);
		res.setHeader('content-type', 'application/json; charset=utf-8');
		if (next?.body !== undefined) return void res.end(next.body);
		if (req.method === 'GET') return void res.end(JSON.stringify(meta));
		const unknown = body?.query.filter((q) => {
			const v = meta.variables.find((x) => x.code === q.code);
			return !v || q.selection.values.some((c) => !v.values.includes(c));
		});
		if (!body || body.response?.format !== 'json-stat2' || unknown?.length)
			return void res.writeHead(400).end('Bad Request');
		res.end(JSON.stringify(dataset(meta, body)));
	}

	const server = createServer((req, res) => void handle(req, res));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		baseUrl: `http://127.0.0.1:${port}${PREFIX}`,
		requests,
		inject(table, ...responses) {
			injected.set(table, [...(injected.get(table) ?? []), ...responses]);
		},
		async close() {
			for (const res of hanging) res.destroy();
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		}
	};
}
