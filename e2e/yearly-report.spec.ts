import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import * as t from '../src/lib/app/tables.ts';
import { saveNarrative } from '../src/lib/modules/yearly-report/service.server.ts';
import { auditOf, rowCount } from '../tests/kit/audit.ts';
import {
	baseUrl,
	browserForFile,
	closeServerDatabase,
	expectAccessible,
	expectAccessibleWithoutJs,
	h1,
	newPage,
	path,
	serverDatabase,
	signedInPage
} from '../tests/kit/browser.ts';
import { testUser } from '../tests/kit/cast.ts';

/**
 * The yearly follow-up of the roadmap for Värmland 2023: a visitor finds it
 * from the roadmap and reads it (desktop and phone), every part with its
 * source and period; a coordinator writes a section's narrative without
 * JavaScript (bad input first, a conflict after); the PDF (read with
 * poppler's pdfinfo, pdftotext and pdftoppm) and the DOCX (unzipped) carry
 * the headings and the narrative. axe on every page.
 */

browserForFile();
afterAll(() => closeServerDatabase());

const SLOW = 240_000;
const REPORT = '/lan/varmland/uppfoljning-av-fardplanen';
const TITLE = 'Uppföljning av färdplanen 2023 – Värmlands län';
const SECTIONS = ['Årets arbete', 'Framsteg', 'Utmaningar', 'Vägen framåt'];
const NARRATIVE = `Fallprevention och levnadsvanor tog fart ${Math.random().toString(36).slice(2, 7)}.`;
const HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)>';

async function submit(page: Page, button: string) {
	await Promise.all([
		page.waitForLoadState('load'),
		page.getByRole('button', { name: button }).click()
	]);
}

let started: Promise<unknown> | undefined;
/** A public initiative that started in 2023 (the seeded ones have no dates), made once. */
const startedIn2023 = () =>
	(started ??= serverDatabase().then(({ db }) =>
		db.insert(t.initiatives).values({
			countyCode: '17',
			title: 'Balansträning i hemmet (e2e)',
			level: 'county',
			phase: 'running',
			startsOn: '2023-04-01',
			developmentAreas: ['proactive'],
			focusShifts: ['proactive']
		})
	));

const poppler = (tool: string, args: string[]) => {
	try {
		return execFileSync(tool, args, { encoding: 'utf8' });
	} catch (e) {
		throw new Error(`${tool} (poppler-utils) behövs för testet: apt-get install poppler-utils`, {
			cause: e
		});
	}
};

describe('the yearly follow-up of the roadmap', () => {
	test.each([
		['1280 px', { width: 1280, height: 900 }],
		['375 px', { width: 375, height: 800 }]
	] as const)(
		'a visitor finds the 2023 report from the roadmap; every part names its source and period (%s)',
		async (_, viewport) => {
			await startedIn2023();
			const page = await newPage({ viewport });
			await page.goto('/lan/varmland/fardplan');
			await Promise.all([
				page.waitForURL(/uppfoljning-av-fardplanen$/),
				page.getByRole('link', { name: 'Uppföljningen av färdplanen' }).click()
			]);
			await page.getByLabel('År', { exact: true }).selectOption('2023');
			await Promise.all([
				page.waitForURL(/ar=2023$/),
				page.getByRole('button', { name: 'Visa året' }).click()
			]);
			expect(await h1(page)).toBe(TITLE);
			const sections = page.locator('main h2');
			for (const s of SECTIONS) expect(await sections.allInnerTexts()).toContain(s);
			const notes = await page.locator('main p.source').allInnerTexts();
			expect(notes.length).toBeGreaterThan(10);
			for (const n of notes) expect(n).toMatch(/^Källa: .+\. Period: .+\.$/);
			const main = await page.locator('main').innerText();
			expect(main).toContain('Åtgärderna visas för inloggade med en roll i länet.');
			expect(main).toMatch(/Balansträning i hemmet \(e2e\)\s+1 april 2023/);
			expect(await page.getByRole('link', { name: /^Skriv berättelsen/ }).count()).toBe(0);
			expect(await page.locator('main svg[role="img"]').count()).toBeGreaterThan(0);
			await expectAccessible(page);
		},
		SLOW
	);

	test('a year that is not a year: a Swedish message, and the last whole year shown', async () => {
		const page = await newPage();
		await page.goto(`${REPORT}?ar=förra`);
		expect(await page.getByRole('alert').innerText()).toContain(
			'Skriv året som ett årtal, t.ex. 2023.'
		);
		await expectAccessible(page);
	});

	test(
		'a coordinator writes the narrative without JavaScript; bad input and a conflict write nothing',
		async () => {
			const db = (await serverDatabase()).db;
			const { page, user } = await signedInPage('coordinator', { javaScriptEnabled: false });
			await page.goto(`${REPORT}?ar=2023`);
			await Promise.all([
				page.waitForURL(/berattelse\/2023\/framsteg$/),
				page.getByRole('link', { name: 'Skriv berättelsen för framsteg 2023' }).click()
			]);
			expect(await h1(page)).toBe('Berättelse: Framsteg 2023');
			await expectAccessibleWithoutJs(page);

			const before = await rowCount(db, t.reportNarrativeVersions);
			await page.getByLabel('Berättelse (frivilligt)', { exact: true }).fill('x'.repeat(20001));
			await submit(page, 'Spara ändringarna');
			expect(await page.locator('main').innerText()).toContain(
				'Texten får ha högst 20 000 tecken.'
			);
			expect(await rowCount(db, t.reportNarrativeVersions)).toBe(before);
			await expectAccessibleWithoutJs(page);

			await page
				.getByLabel('Berättelse (frivilligt)', { exact: true })
				.fill(`${NARRATIVE}\n\n${HOSTILE}`);
			await submit(page, 'Spara ändringarna');
			expect(path(page)).toBe(REPORT);
			const shown = await page.locator('section', { has: page.locator('h2#framsteg') }).innerText();
			expect(shown).toContain(NARRATIVE);
			expect(shown).toContain(HOSTILE);
			expect(shown).toContain(`Version 1`);
			expect(await page.locator('img[src="x"]').count()).toBe(0);
			await expectAccessibleWithoutJs(page);

			// someone else saves while the form is open: a conflict, nothing overwritten
			await page.goto(`${REPORT}/berattelse/2023/framsteg`);
			const other = await testUser(db, 'coordinator', '17');
			const theirs = await saveNarrative(db, other.actor, '17', 2023, 'progress', {
				text: `${NARRATIVE}\n\n${HOSTILE}\n\nTillägg.`,
				revision: 1
			});
			expect(theirs.kind).toBe('ok');
			await page.getByLabel('Berättelse (frivilligt)', { exact: true }).fill('Min version.');
			await submit(page, 'Spara ändringarna');
			const main = await page.locator('main').innerText();
			expect(main).toContain('Någon annan har sparat en ny version av berättelsen');
			expect(main).toContain('Tillägg.');
			await expectAccessibleWithoutJs(page);
			const [row] = await db
				.select()
				.from(t.reportNarratives)
				.where(
					and(
						eq(t.reportNarratives.countyCode, '17'),
						eq(t.reportNarratives.year, 2023),
						eq(t.reportNarratives.section, 'progress')
					)
				);
			const entries = await auditOf(db, 'yearly_report_narrative', row!.id);
			expect(entries.map((e) => e.actorUserId)).toEqual([user.actor.userId, other.actor.userId]);
		},
		SLOW
	);

	test(
		'the PDF: A4 with a table of contents, page numbers, the headings and the narrative',
		async () => {
			const res = await fetch(`${baseUrl()}${REPORT}/rapport.pdf?ar=2023`);
			expect(res.status).toBe(200);
			expect(res.headers.get('content-disposition')).toContain(
				'uppfoljning-av-fardplanen-varmland-2023.pdf'
			);
			const pdf = Buffer.from(await res.arrayBuffer());
			expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
			const dir = mkdtempSync(join(tmpdir(), 'nara-report-'));
			const file = join(dir, 'rapport.pdf');
			writeFileSync(file, pdf);
			const info = poppler('pdfinfo', [file]);
			const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
			expect(pages).toBeGreaterThanOrEqual(3);
			expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
			const pageText = (n: number) =>
				poppler('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-']);
			// every page says which page of how many it is
			for (let n = 1; n <= pages; n++) expect(pageText(n)).toContain(`Sida ${n} av ${pages}`);
			// the contents on page 1 point to the page each section starts on
			const contents = pageText(1);
			expect(contents).toContain('Innehåll');
			for (const s of SECTIONS) {
				const at = Number(new RegExp(`^\\s*${s}\\s+(\\d+)\\s*$`, 'm').exec(contents)?.[1]);
				expect(pageText(at), s).toContain(s);
			}
			const all = poppler('pdftotext', [file, '-']);
			expect(all).toContain(NARRATIVE);
			expect(all).toContain('Källa:');
			poppler('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(dir, 'sida')]);
		},
		SLOW
	);

	test('the DOCX opens as a Word document with the headings and the narrative', async () => {
		const res = await fetch(`${baseUrl()}${REPORT}/rapport.docx?ar=2023`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
		);
		const zip = await JSZip.loadAsync(await res.arrayBuffer());
		const xml = await zip.file('word/document.xml')!.async('string');
		const headings = [
			...xml.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)
		].map((m) => m[1]);
		expect(headings).toEqual(SECTIONS);
		expect(xml).toContain(TITLE);
		expect(xml).toContain(NARRATIVE);
		expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(xml).toContain('Källa:');
		expect(await zip.file('word/footer1.xml')?.async('string')).toContain('PAGE');
	});

	test('the API answers the report as JSON; a bad year is a 400 with the field', async () => {
		const ok = await fetch(`${baseUrl()}/api/counties/17/yearly-report?year=2023`);
		expect(ok.status).toBe(200);
		const body = await ok.json();
		expect(body).toMatchObject({ year: 2023, county: { code: '17' }, forward: { actions: null } });
		expect(body.narratives.progress.text).toContain(NARRATIVE);
		const bad = await fetch(`${baseUrl()}/api/counties/17/yearly-report?year=snart`);
		expect(bad.status).toBe(400);
		expect(await bad.json()).toMatchObject({
			error: { fields: { year: ['Skriv året som ett årtal, t.ex. 2023.'] } }
		});
	});
});
