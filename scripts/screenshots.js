// Screenshots of pages at desktop and phone width, for looking at them (a developer tool):
//   BASE=http://localhost:3000 node scripts/screenshots.js / /lan/varmland/beslut
// FULL=1 takes whole pages. Files go to /tmp/shots/.
import { chromium } from 'playwright-core';
const base = process.env.BASE ?? 'http://localhost:3111';
const paths = process.argv.slice(2);
await import('node:fs').then((fs) => fs.mkdirSync('/tmp/shots', { recursive: true }));
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
});
for (const [w, tag] of /** @type {[number, string][]} */ ([
	[1280, 'd'],
	[375, 'm']
])) {
	const ctx = await browser.newContext({ viewport: { width: w, height: 900 } });
	const page = await ctx.newPage();
	for (const p of paths) {
		await page.goto(base + p);
		const name = `/tmp/shots/${tag}${p.replaceAll('/', '_') || '_root'}.png`;
		await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
		console.log(name);
	}
	await ctx.close();
}
await browser.close();
