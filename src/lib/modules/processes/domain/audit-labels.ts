import type { AuditLabels } from '../../../core/audit-labels.ts';
import {
	COVERAGE_STATE_LABELS,
	DEVELOPMENT_AREA_LABELS,
	DEVELOPMENT_AREAS,
	PROCESS_STATUS_LABELS
} from '../../../core/vocabulary.ts';

const lowerCased = (labels: Record<string, string>) =>
	Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, v.toLowerCase()]));

/** How the audit log names the processes' entries, with their coverage of each development area. */
export const auditLabels: AuditLabels = {
	entities: { process: 'process' },
	fields: [
		{ after: 'goal', labels: { ownerGroupId: 'ägande organ (id)' } },
		{
			after: 'goalAreas',
			labels: {
				participants: 'deltagande organisationer (id)',
				initiatives: 'kopplade insatser (id)',
				// a process's coverage of each development area: how far, how, and the evidence
				...Object.fromEntries(
					DEVELOPMENT_AREAS.flatMap((area) => [
						[`coverage.${area}.state`, `${DEVELOPMENT_AREA_LABELS[area].toLowerCase()}: täckning`],
						[`coverage.${area}.how`, `${DEVELOPMENT_AREA_LABELS[area].toLowerCase()}: hur`],
						[
							`coverage.${area}.evidence`,
							`${DEVELOPMENT_AREA_LABELS[area].toLowerCase()}: underlag`
						]
					])
				)
			}
		}
	],
	values: {
		status: lowerCased(PROCESS_STATUS_LABELS),
		...Object.fromEntries(
			DEVELOPMENT_AREAS.map((area) => [`coverage.${area}.state`, lowerCased(COVERAGE_STATE_LABELS)])
		)
	}
};
