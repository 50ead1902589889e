import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { organisations } from '../counties/tables.ts';
import { initiativeFunding, initiatives } from '../initiatives/tables.ts';
import type { FundingRow } from './domain/funds.ts';

/** The SQL of the account of funds, and nowhere else: the inventory's funding rows. */

/** Every funding row of the county's live initiatives the reader may see, all years. */
export async function fundingRows(
	db: Db,
	countyCode: string,
	visible: ('public' | 'internal')[]
): Promise<FundingRow[]> {
	return db
		.select({
			initiativeId: initiatives.id,
			title: initiatives.title,
			leadOrganisationId: initiatives.leadOrganisationId,
			leadOrganisation: organisations.name,
			developmentAreas: initiatives.developmentAreas,
			changedOn: sql<string>`to_char(${initiatives.updatedAt} at time zone 'Europe/Stockholm', 'YYYY-MM-DD')`,
			year: initiativeFunding.year,
			fundingSource: initiativeFunding.fundingSource,
			amountSek: initiativeFunding.amountSek,
			note: initiativeFunding.note
		})
		.from(initiativeFunding)
		.innerJoin(initiatives, eq(initiatives.id, initiativeFunding.initiativeId))
		.leftJoin(organisations, eq(organisations.id, initiatives.leadOrganisationId))
		.where(
			and(
				eq(initiatives.countyCode, countyCode),
				inArray(initiatives.visibility, visible),
				isNull(initiatives.archivedAt)
			)
		)
		.orderBy(initiativeFunding.id);
}
