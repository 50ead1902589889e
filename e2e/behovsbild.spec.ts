import { describe, expect, test } from 'vitest';
import { expectAccessible, newPage, browserForFile } from '../tests/kit/browser.ts';

/** The Behovsbild's projection: who will care for whom, as the seeded projection (Kolada) expects it. */

browserForFile();

const NEEDS = '/lan/varmland/uppfoljning/behovsbild';

describe('the projection on the Behovsbild', () => {
	test.each([1280, 375])(
		'at %i px: the projected ratio with its table, source and how to get SCB’s own',
		async (width) => {
			const page = await newPage({ viewport: { width, height: 900 } });
			expect((await page.goto(NEEDS))?.status()).toBe(200);
			const heading = page.locator('#framskrivning');
			expect(await heading.innerText()).toBe(
				'Framskrivning: 20–66 år per person 80+ i Värmlands län'
			);
			const section = page.locator('section[aria-labelledby="kvot"]');
			// Värmland (0017): N02836 155 420,4 / N02837 25 876,2 (2030) and 154 808,7 / 26 256,8 (2031)
			const rows = await section
				.locator('[aria-labelledby="framskrivning"] tbody tr')
				.allInnerTexts();
			expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
				'2030 2020 155 420,4 25 876,2 6,01',
				'2031 2021 154 808,7 26 256,8 5,9'
			]);
			const text = (await section.innerText()).replace(/\s+/g, ' ');
			expect(text).toContain('Framskrivningen i Kolada anger bara åldern 20–66 år, inte 20–64');
			expect(text).toContain('Källa: SCB via Kolada, nyckeltalen N02836 och N02837');
			expect(text).toContain('nara import scb --county 17');
			// the chart names the projection, dashed after the recorded line
			expect(await section.locator('svg.chart-svg').first().getAttribute('aria-label')).toMatch(
				/enligt framskrivningen \(streckad\) 5,9 år 2031 \(räknat på 20–66 år\)/
			);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
			if (width === 375) await section.screenshot({ path: '/tmp/behovsbild-375.png' });
			await expectAccessible(page);
			await page.context().close();
		}
	);
});
