import type { AuditLabels } from '../../../core/audit-labels.ts';

/** How the audit log names the register's entries. */
export const auditLabels: AuditLabels = {
	entities: { agreement: 'överenskommelse eller riktlinje' },
	fields: [
		{
			after: 'kind',
			labels: {
				partyIds: 'parter (id)',
				otherParties: 'andra parter',
				scope: 'omfattning',
				validFrom: 'giltig från',
				validTo: 'giltig till',
				nextReviewOn: 'nästa uppföljning',
				documentUrl: 'dokument',
				decisionIds: 'beslut (id)'
			}
		}
	]
};
