import type { AuditLabels } from '../../../core/audit-labels.ts';

/**
 * How the audit log names the reflections' entries. groupId, processId and
 * initiatives are named by the decisions, barriers and processes modules.
 */
export const auditLabels: AuditLabels = {
	entities: { reflection: 'reflektion' },
	fields: [
		{
			after: 'title',
			labels: {
				whatWeSee: 'vad ser vi',
				whatItMeans: 'vad betyder det',
				whatWeDoNow: 'vad gör vi nu',
				writtenOn: 'skriven',
				indicators: 'nyckeltal som underlag',
				stories: 'berättelser som underlag (id)',
				barriers: 'hinder som underlag (id)'
			}
		}
	]
};
