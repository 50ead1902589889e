import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the Dialogguide's entries: templates and workplace rounds (never an answer). */
export const auditLabels: AuditLabels = {
	entities: { assessment_template: 'Dialogguidens mall', assessment_round: 'Dialogguidens omgång' },
	fields: [
		{
			after: 'title',
			labels: {
				workplace: 'arbetsplats',
				templateId: 'mall (id)',
				templateVersion: 'mallens version',
				mode: 'svarssätt',
				closesOn: 'sista svarsdag',
				closedOn: 'stängd',
				codes: 'antal engångskoder',
				consensus: 'gemensam skattning',
				nextSteps: 'vårt nästa steg',
				statement: 'påstående (id)',
				dimension: 'dimension',
				text: 'påstående',
				version: 'mallens version',
				retiredInVersion: 'togs bort i version'
			}
		}
	],
	values: { mode: { codes: 'engångskoder', link: 'länk' } }
};
