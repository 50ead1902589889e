import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the campaigns' entries (an answer's text is never logged). */
export const auditLabels: AuditLabels = {
	actions: { theme: 'grupperade svaren i' },
	entities: { campaign: 'fråga till invånarna', campaign_theme: 'tema i en fråga till invånarna' },
	fields: [
		{
			after: 'title',
			labels: {
				question: 'fråga',
				opensOn: 'första dag',
				campaignId: 'fråga',
				answers: 'svar'
			}
		}
	]
};
