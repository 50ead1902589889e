import { expect, test } from 'vitest';
import { databaseForFile } from '../../../../../../tests/kit/db.ts';
import { anonymous } from '../../../../core/actor.ts';
import { followUpOverview, indicatorDashboard } from '../dashboard.ts';
import { indicatorReport, overviewReport } from './reports.ts';

/** The PDF reports of Värmland's dashboard and of N20402, from the seeded values. */

const database = databaseForFile();

const pages = (pdf: Uint8Array) =>
	(
		Buffer.from(pdf)
			.toString('latin1')
			.match(/\/Type \/Page\b/g) ?? []
	).length;

test('an indicator report is a PDF of at most three A4 pages with its charts', async () => {
	const d = await indicatorDashboard(database.db, anonymous, '17', 'N20402');
	if (d.kind !== 'ok') throw new Error(JSON.stringify(d));
	const pdf = await indicatorReport(d.value, '2026-12-07');
	const text = Buffer.from(pdf).toString('latin1');
	expect(text.startsWith('%PDF-')).toBe(true);
	expect(pages(pdf)).toBeGreaterThanOrEqual(2);
	expect(pages(pdf)).toBeLessThanOrEqual(3);
	// A4 in points
	expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
	// the font is embedded (Swedish letters), the charts are vector paths with their patterns
	expect(text).toMatch(/\/FontFile2/);
});

test('the dashboard report has every focus shift', async () => {
	const o = await followUpOverview(database.db, anonymous, '17');
	if (o.kind !== 'ok') throw new Error(JSON.stringify(o));
	const pdf = await overviewReport(o.value, '2026-12-07');
	expect(Buffer.from(pdf).toString('latin1').startsWith('%PDF-')).toBe(true);
	expect(pages(pdf)).toBeGreaterThanOrEqual(1);
	expect(pages(pdf)).toBeLessThanOrEqual(4);
});
