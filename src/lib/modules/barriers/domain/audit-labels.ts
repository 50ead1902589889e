import type { AuditLabels } from '../../../core/audit-labels.ts';
import { barrierKindLabel } from './vocabulary.ts';

/** How the audit log names the barriers' entries. */
export const auditLabels: AuditLabels = {
	entities: { barrier: 'hinder' },
	fields: [
		{
			after: 'title',
			labels: {
				metWhere: 'var det mötte',
				processId: 'process (id)',
				raisedOn: 'lyftes',
				decisionId: 'beslut som löste det (id)'
			}
		}
	],
	values: { kind: barrierKindLabel }
};
