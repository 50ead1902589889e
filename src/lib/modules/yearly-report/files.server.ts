import type { Actor } from '../../core/actor.ts';
import type { Outcome } from '../../core/outcome.ts';
import type { Db } from '../../platform/db/client.ts';
import { unwrap } from '../../platform/http.ts';
import { pageCounty } from '../../platform/request.ts';
import { initiativesSvg } from './charts.server.ts';
import { canWriteNarrative } from './domain/permissions.ts';
import { reportDocument, type ReportDocument } from './domain/document.ts';
import { yearlyReport } from './read.server.ts';
import type { YearlyReport } from './schema.ts';

/**
 * The report as its page, its PDF and its DOCX read it: the data, the
 * document made from it, and (for the page) the chart for a wide column and
 * a phone. A year that is not a year is refused with the reason and the
 * default year shown instead.
 */
export interface ReportView {
	report: YearlyReport;
	document: ReportDocument;
	yearError: string | null;
}

export async function reportView(
	db: Db,
	actor: Actor,
	countyCode: string,
	year: string | null
): Promise<Outcome<ReportView>> {
	const asked = await yearlyReport(db, actor, countyCode, { year: year ?? undefined });
	const shown = asked.kind === 'invalid' ? await yearlyReport(db, actor, countyCode, {}) : asked;
	if (shown.kind !== 'ok') return shown;
	const r = shown.value;
	return {
		kind: 'ok',
		value: {
			report: r,
			document: reportDocument(r, `/lan/${r.county.slug}`),
			yearError: asked.kind === 'invalid' ? (asked.fields?.year?.[0] ?? asked.message) : null
		}
	};
}

/** The page's extras: the chart of the initiatives, and whether the reader may write the narrative. */
export function pageExtras(actor: Actor, view: ReportView) {
	const part = view.document.sections[0]!.parts.find((p) => p.chart === 'initiatives');
	return {
		chart: part ? { wide: initiativesSvg(part), narrow: initiativesSvg(part, true) } : null,
		canWrite: canWriteNarrative(actor, view.report.county.code)
	};
}

/** "uppfoljning-av-fardplanen-varmland-2023" */
export const fileName = (r: YearlyReport) => `uppfoljning-av-fardplanen-${r.county.slug}-${r.year}`;

/** The report of the page's county and the year in the address (?ar=), or the error page. */
export async function requestedView(locals: App.Locals, url: URL): Promise<ReportView> {
	const county = await pageCounty(locals);
	return unwrap(await reportView(locals.db, locals.actor, county.code, url.searchParams.get('ar')));
}
