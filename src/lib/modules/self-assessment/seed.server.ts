import { seedTemplates, type SeedTemplate } from '../../../../seed/self-assessment/templates.ts';
import type { Tx } from '../../platform/db/client.ts';
import { seedKey } from '../../app/seed/seed-keys.ts';
import * as t from './tables.ts';

/**
 * Seeding Nära's starting template of the Dialogguide for each seeded county
 * (part of `nara seed`, inside its one transaction). Idempotent by the seed
 * key: a template that is there is left as it is, so what the coordinators
 * have changed since is kept.
 */

type Counts = Record<string, number>;

async function seedTemplate(tx: Tx, s: SeedTemplate, counts: Counts) {
	const [template] = await tx
		.insert(t.assessmentTemplates)
		.values({
			countyCode: s.countyCode,
			title: s.title,
			intro: s.intro,
			source: s.source,
			seedKey: seedKey('assessment-template', s.countyCode, s.title)
		})
		.onConflictDoNothing()
		.returning({ id: t.assessmentTemplates.id });
	if (!template) return;
	counts.assessment_templates! += 1;
	let position = 0;
	for (const [index, d] of s.dimensions.entries()) {
		const [dimension] = await tx
			.insert(t.assessmentDimensions)
			.values({
				templateId: template.id,
				key: d.key,
				kind: d.kind,
				title: d.title,
				roadmapText: d.roadmapText,
				developmentArea: d.developmentArea,
				focusShift: d.focusShift,
				position: index + 1,
				source: d.source,
				quote: d.quote
			})
			.returning({ id: t.assessmentDimensions.id });
		counts.assessment_dimensions! += 1;
		await tx.insert(t.assessmentStatements).values(
			d.statements.map((st) => ({
				templateId: template.id,
				dimensionId: dimension!.id,
				text: st.text,
				position: ++position,
				source: st.source,
				quote: st.quote
			}))
		);
		counts.assessment_statements! += d.statements.length;
	}
}

async function seedAll(tx: Tx): Promise<Counts> {
	const counts: Counts = {
		assessment_templates: 0,
		assessment_dimensions: 0,
		assessment_statements: 0
	};
	for (const s of seedTemplates) await seedTemplate(tx, s, counts);
	return counts;
}

export const selfAssessmentSeedSteps = [
	{ label: 'Dialogguidens mallar (Näras, byggda på länens målbilder)', run: seedAll }
];
