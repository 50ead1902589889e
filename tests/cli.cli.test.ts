import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseConfig } from '../src/lib/platform/config.ts';
import { openDatabase } from '../src/lib/platform/db/client.ts';
import { FIXTURES_DIR, startReplayServer, type ReplayServer } from './kolada/replay-server.ts';
import { alive, freePort, nara, postmasterPid, startServer, tempDataDir } from './process.ts';

/**
 * The `nara` command as people and scripts use it: help and exit codes, the
 * one-line messages for the usual mistakes, and the embedded PostgreSQL's life
 * cycle (stop on signals, attach while the server runs, recover after kill -9).
 */

const dirs: string[] = [];
async function dataDir(): Promise<string> {
	const dir = await tempDataDir();
	dirs.push(dir);
	return dir;
}
afterAll(async () => {
	for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
});

/** The message a user sees: exactly one line, no stack trace. */
function oneLine(stderr: string): string {
	const lines = stderr.trim().split('\n');
	expect(lines, stderr).toHaveLength(1);
	expect(stderr).not.toMatch(/\n\s+at /);
	return lines[0]!;
}

describe('help and exit codes', () => {
	test('nara --help lists the commands and exits 0', async () => {
		const r = await nara(['--help'], {});
		expect(r.code).toBe(0);
		for (const command of ['migrate', 'seed', 'serve']) expect(r.stdout).toContain(command);
	});

	test.each(['migrate', 'seed', 'serve'])('nara %s --help exits 0', async (command) => {
		const r = await nara([command, '--help'], {});
		expect(r.code).toBe(0);
		expect(r.stdout).toContain(`Usage: nara ${command}`);
	});

	test('an unknown command exits 2 with a hint', async () => {
		const r = await nara(['frobnicate'], {});
		expect(r.code).toBe(2);
		expect(r.stderr).toContain("unknown command 'frobnicate'");
		expect(r.stderr).toContain('nara --help');
	});

	test('a bad port on the command line exits 2', async () => {
		const r = await nara(['serve', '--port', 'åttio'], {});
		expect(r.code).toBe(2);
		expect(oneLine(r.stderr)).toBe('nara: Porten "åttio" är ogiltig: ange ett heltal 0–65535.');
	});
});

describe('clear messages for the usual mistakes', () => {
	test('a DATABASE_URL where nothing answers', async () => {
		const port = await freePort();
		const r = await nara(['migrate'], {
			DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/nara`
		});
		expect(r.code).toBe(1);
		expect(oneLine(r.stderr)).toBe(
			`nara: Kunde inte ansluta till databasen 127.0.0.1:${port}/nara: servern svarar inte. Kontrollera DATABASE_URL och att servern är igång, eller ta bort DATABASE_URL för att använda den inbyggda databasen.`
		);
	});

	test('a DATABASE_URL that is not a PostgreSQL address', async () => {
		const r = await nara(['migrate'], { DATABASE_URL: 'mysql://localhost/nara' });
		expect(r.code).toBe(1);
		expect(oneLine(r.stderr)).toContain('Inställningen DATABASE_URL är ogiltig');
	});

	test('a database that does not exist on the server', async () => {
		const r = await nara(['migrate'], {
			DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/finns_inte_alls'
		});
		// only meaningful where the machine's PostgreSQL runs (it does on the developers' machines and CI)
		if (r.stderr.includes('servern svarar inte')) return;
		expect(r.code).toBe(1);
		expect(oneLine(r.stderr)).toContain('databasen finns inte');
	});

	test('a data directory that cannot be written', async () => {
		// a path below a regular file can be created by nobody, not even root
		const file = path.join(await dataDir(), 'en-fil');
		await fs.writeFile(file, '');
		const r = await nara(['seed'], { NARA_DATA_DIR: path.join(file, 'data') });
		expect(r.code).toBe(1);
		expect(oneLine(r.stderr)).toBe(
			`nara: Datakatalogen ${path.join(file, 'data')} går inte att skapa eller skriva till (ENOTDIR). Ange en annan katalog med NARA_DATA_DIR, eller ge Nära skrivrätt där.`
		);
	});

	test('a port that is already in use', async () => {
		const blocker = net.createServer();
		const port = await new Promise<number>((r) =>
			blocker.listen(0, '127.0.0.1', () => r((blocker.address() as net.AddressInfo).port))
		);
		try {
			const dir = await dataDir();
			const r = await nara(['serve'], {
				NARA_DATA_DIR: dir,
				PORT: String(port),
				HOST: '127.0.0.1'
			});
			expect(r.code).toBe(1);
			expect(oneLine(r.stderr)).toBe(
				`nara: Porten ${port} används redan av ett annat program. Stoppa det, eller välj en annan port med PORT=${port + 1}.`
			);
			// it failed before starting the database: nothing is left running
			expect(await postmasterPid(dir)).toBeUndefined();
		} finally {
			blocker.close();
		}
	});
});

describe('the embedded database', () => {
	test('nara seed twice: the second run changes nothing', async () => {
		const dir = await dataDir();
		const first = await nara(['seed'], { NARA_DATA_DIR: dir });
		expect(first.code, first.stderr).toBe(0);
		expect(first.stdout).toMatch(/^Lade till \d+ rader \(.*counties 21.*\)\.$/m);
		const second = await nara(['seed'], { NARA_DATA_DIR: dir });
		expect(second.code, second.stderr).toBe(0);
		expect(second.stdout.trim()).toBe('Inget att lägga till: databasen hade redan allt innehåll.');
		// the CLI stopped the server it started
		expect(await postmasterPid(dir)).toBeUndefined();
	});

	test.each(['SIGTERM', 'SIGINT'] as const)(
		'%s stops the server and its PostgreSQL within seconds; data is kept',
		async (signal) => {
			const dir = await dataDir();
			const server = await startServer({ NARA_DATA_DIR: dir });
			const home = await fetch(`${server.url}/`);
			expect(home.status).toBe(200);
			expect(await home.text()).toContain('Framtidens Värmland');
			const pgPid = await postmasterPid(dir);
			expect(pgPid && alive(pgPid)).toBe(true);

			const stopped = await server.stop(signal);
			expect(stopped.code, server.output()).toBe(0);
			expect(stopped.ms).toBeLessThan(10_000);
			expect(alive(pgPid!)).toBe(false);
			expect(server.output()).toContain('Nära har stoppats.');

			// started again, the data is there and nothing is seeded twice
			const again = await startServer({ NARA_DATA_DIR: dir });
			expect(again.output()).not.toContain('Databasen är tom');
			expect(await (await fetch(`${again.url}/api/counties/17/vision`)).json()).toMatchObject({
				title: 'Framtidens Värmland'
			});
			await again.stop();
		}
	);

	test('a CLI command while the server runs uses the same database and leaves it running', async () => {
		const dir = await dataDir();
		const server = await startServer({ NARA_DATA_DIR: dir });
		try {
			const pgPid = await postmasterPid(dir);
			const seed = await nara(['seed'], { NARA_DATA_DIR: dir });
			expect(seed.code, seed.stderr).toBe(0);
			expect(seed.stdout.trim()).toBe('Inget att lägga till: databasen hade redan allt innehåll.');
			const migrate = await nara(['migrate'], { NARA_DATA_DIR: dir });
			expect(migrate.code, migrate.stderr).toBe(0);
			// same PostgreSQL, still running, still serving
			expect(await postmasterPid(dir)).toBe(pgPid);
			expect(alive(pgPid!)).toBe(true);
			expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
		} finally {
			const stopped = await server.stop();
			expect(stopped.code).toBe(0);
		}
		expect(await postmasterPid(dir)).toBeUndefined();
	});

	test('kill -9 of the server: the next start recovers its orphaned PostgreSQL and keeps the data', async () => {
		const dir = await dataDir();
		const server = await startServer({ NARA_DATA_DIR: dir });
		const pgPid = await postmasterPid(dir);
		await server.stop('SIGKILL');
		// PostgreSQL outlives a killed parent; the next start must cope
		expect(alive(pgPid!)).toBe(true);

		const again = await startServer({ NARA_DATA_DIR: dir });
		expect(again.output()).toContain('lämnats kvar av en avbruten körning');
		const vision = await (await fetch(`${again.url}/api/counties/17/vision`)).json();
		expect(
			vision.items.filter((i: { kind: string }) => i.kind === 'citizen_statement')
		).toHaveLength(5);
		const stopped = await again.stop();
		expect(stopped.code).toBe(0);
		expect(alive(pgPid!)).toBe(false);
	});

	test('kill -9 during a seed writes nothing half; the next seed completes', async () => {
		const dir = await dataDir();
		// start the server once so PostgreSQL is initialised, then stop it
		await (await startServer({ NARA_DATA_DIR: dir, NARA_SKIP_SEED: 'true' })).stop();

		const child = spawn(process.execPath, ['bin/nara.js', 'seed'], {
			cwd: path.resolve(import.meta.dirname, '..'),
			env: { ...process.env, NARA_DATA_DIR: dir, DATABASE_URL: '' }
		});
		let err = '';
		child.stderr.on('data', (d) => (err += d));
		// kill it in the middle of the transaction, once it has started writing
		await new Promise<void>((resolve) => {
			child.stderr.on('data', () => {
				if (err.includes('Organisationer')) resolve();
			});
			child.on('exit', () => resolve());
		});
		child.kill('SIGKILL');
		await new Promise((r) => child.on('close', r));

		const server = await startServer({ NARA_DATA_DIR: dir, NARA_SKIP_SEED: 'true' });
		const counties = await (await fetch(`${server.url}/api/counties`)).json();
		// all or nothing: either the killed seed committed everything, or nothing at all
		expect([0, 21]).toContain(counties.counties.length);
		const seed = await nara(['seed'], { NARA_DATA_DIR: dir });
		expect(seed.code, seed.stderr).toBe(0);
		const after = await (await fetch(`${server.url}/api/counties/17/decisions`)).json();
		expect(
			after.decisions.filter((d: { subject: string }) => d.subject === 'vision_adoption')
		).toHaveLength(17);
		await server.stop();
	});
});

describe('nara admin: the first administrator', () => {
	let dir: string;
	let port: number;
	beforeAll(async () => {
		dir = await dataDir();
		port = await freePort();
		// create and seed the database first, so later commands print only their own lines
		const seed = await nara(['seed'], { NARA_DATA_DIR: dir });
		expect(seed.code, seed.stderr).toBe(0);
	});
	const env = () => ({ NARA_DATA_DIR: dir, PORT: String(port) });

	test('nara --help and nara admin create --help describe it', async () => {
		const top = await nara(['--help'], {});
		expect(top.stdout).toMatch(/^\s+admin\b/m);
		const r = await nara(['admin', 'create', '--help'], {});
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('Usage: nara admin create [options]');
		for (const option of ['--email <e-post>', '--county <kod>', '--name <namn>'])
			expect(r.stdout).toContain(option);
	});

	test('admin create prints a one-time link; through the server it sets a password to sign in with', async () => {
		const r = await nara(
			[
				'admin',
				'create',
				'--email',
				'Forsta.Admin@Example.se',
				'--county',
				'17',
				'--name',
				'Första Admin'
			],
			env()
		);
		expect(r.code, r.stderr).toBe(0);
		expect(r.stderr).toBe('');
		const base = `http://localhost:${port}`;
		const lines = r.stdout.trim().split('\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toBe(
			'Administratören forsta.admin@example.se är skapad i Värmlands län. Skicka engångslänken till hen; där väljer hen sitt lösenord. Länken fungerar en gång och gäller i 7 dagar.'
		);
		expect(lines[1]).toMatch(new RegExp(`^${base}/konto/losenord/[A-Za-z0-9_-]{43}$`));
		expect(lines[2]).toBe(
			`Nås Nära på en annan adress än ${base} (t.ex. https://nara.exempel.se), byt ut ${base} i länken mot den, eller sätt ORIGIN.`
		);

		const server = await startServer(env());
		try {
			// the server listens on 127.0.0.1; the path is what matters
			const link = lines[1]!.replace(base, server.url);
			const page = await fetch(link);
			expect(page.status).toBe(200);
			expect(await page.text()).toContain('Kontot gäller Första Admin (forsta.admin@example.se).');

			const form = (fields: Record<string, string>, cookie = '') => ({
				method: 'POST',
				redirect: 'manual' as const,
				headers: {
					// SvelteKit refuses form posts from other sites
					origin: server.url,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					...(cookie ? { cookie } : {})
				},
				body: new URLSearchParams(fields)
			});
			const password = 'ett lösenord som är långt nog';
			const set = await fetch(link, form({ password, confirm: password }));
			expect(set.status).toBe(303);
			expect(set.headers.get('location')).toBe('/logga-in?losenord=satt');
			// the link is used up
			expect((await fetch(link)).status).toBe(404);

			const signIn = await fetch(
				`${server.url}/logga-in`,
				form({ email: 'forsta.admin@example.se', password, till: '/konto' })
			);
			expect(signIn.status).toBe(303);
			expect(signIn.headers.get('location')).toBe('/konto');
			const cookie = signIn.headers.get('set-cookie') ?? '';
			expect(cookie).toMatch(/^nara_session=[A-Za-z0-9_-]+;/);
			const me = await fetch(`${server.url}/api/me`, {
				headers: { cookie: cookie.split(';')[0]! }
			});
			expect(await me.json()).toEqual({
				name: 'Första Admin',
				email: 'forsta.admin@example.se',
				via: 'session',
				roles: [
					{
						countyCode: '17',
						countyName: 'Värmlands län',
						role: 'admin',
						organisationId: null,
						organisationName: null
					}
				]
			});
		} finally {
			const stopped = await server.stop();
			expect(stopped.code).toBe(0);
		}
	});

	test.each([
		[
			'an unknown county',
			['--email', 'ny@example.se', '--county', '99'],
			'nara: Länet "99" finns inte. Ange länets kod med två siffror, t.ex. 17 för Värmlands län (nara admin create --help).'
		],
		[
			'a bad e-mail address',
			['--email', 'inte-en-adress', '--county', '17'],
			'nara: Skriv e-postadressen som namn@exempel.se.'
		],
		[
			'an e-mail address that already has an account',
			['--email', 'FORSTA.ADMIN@example.se', '--county', '17'],
			'nara: Det finns redan ett konto med e-postadressen forsta.admin@example.se. En ny lösenordslänk får du med nara admin link --email forsta.admin@example.se --county 17.'
		]
	])('%s: one line, exit 1, nothing printed on stdout', async (_name, args, message) => {
		const r = await nara(['admin', 'create', ...args], env());
		expect(r.code).toBe(1);
		expect(oneLine(r.stderr)).toBe(message);
		expect(r.stdout).toBe('');
	});

	test('a missing option exits 2 and says which', async () => {
		const r = await nara(['admin', 'create', '--county', '17'], env());
		expect(r.code).toBe(2);
		expect(r.stderr).toContain("required option '--email <e-post>' not specified");
	});

	test('admin link gives a new one-time link to a person of the county', async () => {
		const r = await nara(
			['admin', 'link', '--email', 'forsta.admin@example.se', '--county', '17'],
			env()
		);
		expect(r.code, r.stderr).toBe(0);
		const lines = r.stdout.trim().split('\n');
		expect(lines[0]).toBe(
			'Ny engångslänk för Första Admin. Den fungerar en gång och gäller i 7 dagar.'
		);
		expect(lines[1]).toMatch(
			new RegExp(`^http://localhost:${port}/konto/losenord/[A-Za-z0-9_-]{43}$`)
		);
		// with ORIGIN set, the link is on the public address, and nothing needs replacing
		const public_ = await nara(
			['admin', 'link', '--email', 'forsta.admin@example.se', '--county', '17'],
			{ ...env(), ORIGIN: 'https://nara.exempel.se/' }
		);
		expect(public_.code, public_.stderr).toBe(0);
		const publicLines = public_.stdout.trim().split('\n');
		expect(publicLines).toHaveLength(2);
		expect(publicLines[1]).toMatch(
			/^https:\/\/nara\.exempel\.se\/konto\/losenord\/[A-Za-z0-9_-]{43}$/
		);
		const elsewhere = await nara(
			['admin', 'link', '--email', 'forsta.admin@example.se', '--county', '20'],
			env()
		);
		expect(elsewhere.code).toBe(1);
		expect(oneLine(elsewhere.stderr)).toBe(
			'nara: forsta.admin@example.se har ingen roll i länet 20.'
		);
	});
});

describe('nara import kolada: values from a replayed Kolada v3', () => {
	let dir: string;
	let kolada: ReplayServer;
	const data =
		'/v3/data/kpi/N20402,U01402/municipality/0000,0017,1715,1730,1737,1760,1761,1762,1763,1764,1765,1766,1780,1781,1782,1783,1784,1785/year/2020,2021,2022';
	const args = [
		'import',
		'kolada',
		'--kpi',
		'N20402,u01402',
		'--county',
		'17',
		'--years',
		'2020-2022',
		'--per-page',
		'30'
	];
	beforeAll(async () => {
		dir = await dataDir();
		const seed = await nara(['seed'], { NARA_DATA_DIR: dir });
		expect(seed.code, seed.stderr).toBe(0);
		kolada = await startReplayServer();
	});
	afterAll(async () => {
		await kolada?.close();
	});

	interface Written {
		kpi: string;
		areaId: string;
		period: number;
		gender: string;
		value: number | null;
		count: number | null;
		status: string | null;
		source: string;
	}
	/** Measurements of the two KPIs written since `since`, and the audit entries of Kolada imports. */
	async function written(since: Date): Promise<{ rows: Written[]; audits: number }> {
		const database = await openDatabase(parseConfig({ NARA_DATA_DIR: dir }), { role: 'test' });
		try {
			const rows = await database.sql<Written[]>`
				select i.kolada_id as "kpi", m.area_id as "areaId", m.period::int as "period",
					m.gender, m.value, m.count, m.status, m.source
				from measurements m join indicators i on i.id = m.indicator_id
				where i.kolada_id in ('N20402', 'U01402') and m.imported_at >= ${since.toISOString()}::timestamptz
				order by 1, 2, 3, 4`;
			const [audits] = await database.sql<{ n: number }[]>`
				select count(*)::int as n from audit_log
				where entity_type = 'measurements' and entity_id = 'kolada:17'`;
			return { rows: [...rows], audits: audits!.n };
		} finally {
			await database.close();
		}
	}

	test('imports exactly the expected rows through a 429 and a 500; a missing value stays null', async () => {
		const expected = (
			JSON.parse(
				readFileSync(path.join(FIXTURES_DIR, 'varmland-expected-rows.json'), 'utf8')
			) as Omit<Written, 'source'>[]
		)
			.map((r) => ({ ...r, source: 'Kolada' }))
			.sort((a, b) =>
				`${a.kpi} ${a.areaId} ${a.period} ${a.gender}`.localeCompare(
					`${b.kpi} ${b.areaId} ${b.period} ${b.gender}`
				)
			);
		expect(expected).toHaveLength(95);
		kolada.inject(`${data}?per_page=30`, { status: 429, retryAfter: 0 });
		kolada.inject(`${data}?page=2&per_page=30`, { status: 500 });
		const since = new Date();
		const r = await nara(args, { NARA_DATA_DIR: dir, KOLADA_BASE_URL: kolada.baseUrl });
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout).toMatch(
			/^Läste in 95 värden från Kolada \(\d+ nya, \d+ ersatta, 1 utan värde\)/
		);
		// three pages, two of them asked for twice
		expect(kolada.requests.map((q) => q.query.page ?? '1')).toEqual(['1', '1', '2', '2', '3']);

		const { rows, audits } = await written(since);
		expect(rows).toEqual(expected);
		const munkfors = rows.find(
			(x) => x.areaId === '1762' && x.kpi === 'U01402' && x.period === 2021
		);
		expect(munkfors).toMatchObject({ gender: 'T', value: null, status: 'Missing' });
		expect(audits).toBe(1);
	});

	test('unreachable Kolada: one line, exit 1, nothing written', async () => {
		const port = await freePort();
		const since = new Date();
		const before = await written(since);
		const r = await nara(args, {
			NARA_DATA_DIR: dir,
			KOLADA_BASE_URL: `http://127.0.0.1:${port}/v3`
		});
		expect(r.code).toBe(1);
		expect(oneLine(r.stderr)).toMatch(
			/^nara: Kolada svarar inte \(http:\/\/127\.0\.0\.1:\d+\/v3\): anslutningen nekades\./
		);
		const { rows, audits } = await written(since);
		expect(rows).toEqual([]);
		expect(audits).toBe(before.audits);
	});

	test('a KPI that is not in Nära is refused with a clear message', async () => {
		const r = await nara(
			['import', 'kolada', '--kpi', 'N20402,X99999', '--county', '17', '--years', '2022'],
			{ NARA_DATA_DIR: dir, KOLADA_BASE_URL: kolada.baseUrl }
		);
		expect(r.code).toBe(1);
		expect(oneLine(r.stderr)).toBe(
			'nara: Nyckeltalet X99999 finns inte i Nära. Ange Kolada-id ur katalogen, t.ex. N20402.'
		);
	});
});
