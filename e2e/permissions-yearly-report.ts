import { and, eq } from 'drizzle-orm';
import type { Db } from '../src/lib/platform/db/client.ts';
import * as t from '../src/lib/app/tables.ts';
import { form, type MatrixCase, type Who } from './permission-kit.ts';

/**
 * The permission matrix's cases for the yearly follow-up of the roadmap, for
 * e2e/permissions.spec.ts: saving a section's narrative (the report's one
 * write), each time on the version the narrative is at, so only the
 * permission can refuse it. Year 2019, which no other spec writes.
 */

export function yearlyReportCases(db: () => Db): MatrixCase[] {
	const county: Who[] = ['coordinator', 'admin'];
	const revision = async () => {
		const [row] = await db()
			.select({ revision: t.reportNarratives.revision })
			.from(t.reportNarratives)
			.where(
				and(
					eq(t.reportNarratives.countyCode, '17'),
					eq(t.reportNarratives.year, 2019),
					eq(t.reportNarratives.section, 'forward')
				)
			);
		return row?.revision ?? 0;
	};
	return [
		{
			name: 'uppföljning av färdplanen: spara berättelse',
			allowed: county,
			request: async (who) =>
				form('/lan/varmland/uppfoljning-av-fardplanen/berattelse/2019/vagen-framat?/save', {
					text: `Matrisens berättelse av ${who}`,
					revision: await revision()
				})
		}
	];
}
