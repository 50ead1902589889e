import { describe, expect, test } from 'vitest';
import { baseUrl, expectAccessible, newPage, browserForFile } from '../tests/kit/browser.ts';

/** Every page: it answers, has one h1, names its sources, and passes axe (WCAG 2.1 AA). */

browserForFile();

const pages: { path: string; h1: string | RegExp; sources?: boolean; status?: number }[] = [
	{ path: '/', h1: 'Framtidens Värmland', sources: true },
	{ path: '/lan', h1: 'Alla län' },
	{ path: '/lan/varmland', h1: 'Framtidens Värmland', sources: true },
	{ path: '/lan/varmland/fardplan', h1: /^Färdplan/, sources: true },
	{ path: '/lan/varmland/beslut', h1: 'Beslut om målbilden i Värmlands län', sources: true },
	{ path: '/lan/varmland/tidslinje', h1: 'Tidslinje', sources: true },
	{ path: '/lan/varmland/tidslinje?niva=national&ar=2021', h1: 'Tidslinje', sources: true },
	{ path: '/lan/varmland/tidslinje?ar=tjugo', h1: 'Tidslinje' },
	{ path: '/lan/varmland/organisation', h1: 'Organisation i Värmlands län', sources: true },
	{ path: '/lan/varmland/processer', h1: 'Processer i Värmlands län', sources: true },
	{ path: '/lan/dalarna/processer', h1: 'Processer i Dalarnas län' },
	{ path: '/lan/varmland/insatser', h1: 'Insatser i Värmlands län' },
	{ path: '/lan/varmland/insatser?q=hemsjukv%C3%A5rd&phase=pilot', h1: 'Insatser i Värmlands län' },
	{ path: '/lan/varmland/statsbidrag', h1: 'Överenskommelsens medel i Värmlands län' },
	{ path: '/lan/varmland/statsbidrag?ar=tjugo', h1: 'Överenskommelsens medel i Värmlands län' },
	{ path: '/lan/varmland/uppfoljning', h1: 'Följ omställningen' },
	{ path: '/lan/varmland/uppfoljning/indikator/N20402', h1: /fallskador|Fallskador/ },
	{ path: '/lan/varmland/uppfoljning/behovsbild', h1: 'Behovsbild för Värmlands län' },
	{ path: '/lan/varmland/reflektioner', h1: 'Reflektioner' },
	{ path: '/lan/dalarna', h1: 'Nära genom hela livet – gemensamt tillsammans', sources: true },
	{ path: '/lan/dalarna/fardplan', h1: /Dalarna|Färdplan/, sources: true },
	{ path: '/lan/dalarna/beslut', h1: 'Beslut om målbilden i Dalarnas län' },
	{ path: '/lan/stockholm', h1: 'Stockholms län' },
	{ path: '/lan/stockholm/fardplan', h1: 'Färdplan för Stockholms län' },
	{ path: '/lan/varmland/milstolpar', h1: 'Milstolpar', sources: true },
	{ path: '/lan/stockholm/milstolpar', h1: 'Milstolpar' },
	{ path: '/tillganglighet', h1: 'Tillgänglighetsredogörelse' },
	{ path: '/om-data', h1: 'Om data och källor' },
	{ path: '/lan/finns-inte', h1: 'Sidan finns inte', status: 404 }
];

describe.each([
	{ width: 1280, height: 900, name: 'desktop' },
	{ width: 375, height: 740, name: 'mobil' }
])('pages at $name width', (viewport) => {
	test.each(pages)('$path', async ({ path, h1, sources, status }) => {
		const page = await newPage({ viewport });
		const response = await page.goto(path);
		expect(response?.status()).toBe(status ?? 200);
		// a busy machine may still be hydrating: wait up to 10 s for the one heading
		await expect.poll(() => page.locator('h1').count(), { timeout: 10_000 }).toBe(1);
		const heading = (await page.locator('h1').innerText()).trim();
		if (typeof h1 === 'string') expect(heading).toBe(h1);
		else expect(heading).toMatch(h1);
		expect(await page.getAttribute('html', 'lang')).toBe('sv');
		// a shared link shows the page's own title
		expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
			await page.title()
		);
		if (sources) {
			// every fact from the sources names its source file
			expect(
				await page.locator('.source', { hasText: /00[0-4]_[0-9a-f]{16}\.txt/ }).count()
			).toBeGreaterThan(0);
		}
		const text = await page.locator('body').innerText();
		expect(text).not.toMatch(/lorem ipsum|kommer snart|coming soon|TODO/i);
		await expectAccessible(page);
		await page.context().close();
	});
});

test('the icons and the manifest that browsers and phones ask for are there', async () => {
	for (const [path, type] of [
		['/favicon.ico', /^image\/(x-icon|vnd\.microsoft\.icon)$/],
		['/favicon.svg', /^image\/svg\+xml/],
		['/apple-touch-icon.png', /^image\/png$/],
		['/manifest.webmanifest', /^application\/manifest\+json/]
	] as const) {
		const res = await fetch(`${baseUrl()}${path}`);
		expect(res.status, path).toBe(200);
		expect(res.headers.get('content-type'), path).toMatch(type);
	}
	const manifest = await (await fetch(`${baseUrl()}/manifest.webmanifest`)).json();
	expect(manifest).toMatchObject({ short_name: 'Nära', lang: 'sv', start_url: '/' });
	for (const icon of manifest.icons as { src: string }[])
		expect((await fetch(`${baseUrl()}${icon.src}`)).status, icon.src).toBe(200);
});

test('the adoption map is an image with a label, and the same facts stand in a table', async () => {
	const page = await newPage();
	await page.goto('/lan/varmland/beslut');
	const map = page.locator('svg[role="img"]');
	expect(await map.getAttribute('aria-label')).toMatch(
		/^Karta över Värmlands kommuner.*16 av 16 kommuner/
	);
	const rows = page.locator('table tbody tr');
	expect(await rows.count()).toBe(17);
	expect(await rows.first().innerText()).toMatch(/Arvika kommun\s+Kommun\s+28 mars 2022/);
	await page.context().close();
});

test('the interface switches to English and back; content stays Swedish', async () => {
	const page = await newPage();
	await page.goto('/lan/varmland/fardplan');
	await page.getByRole('link', { name: 'In English' }).click();
	await expect.poll(() => page.url()).toMatch(/\/lan\/varmland\/fardplan$/);
	// the URL is the same before and after the switch: wait for the page in English
	await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
	expect(await page.getByRole('navigation', { name: 'Main menu' }).innerText()).toContain(
		'Roadmap'
	);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'På svenska' }).click();
	await expect.poll(() => page.getAttribute('html', 'lang')).toBe('sv');
	await page.context().close();
});
