import type { AuditLabels } from '../../../core/audit-labels.ts';
import { SECTION_TITLES } from './sections.ts';

/** How the audit log names the yearly report's entries: a section's narrative, saved. */
export const auditLabels: AuditLabels = {
	entities: { yearly_report_narrative: 'berättelse i uppföljningen av färdplanen' },
	fields: [{ after: 'year', labels: { section: 'avsnitt', narrative: 'berättelse' } }],
	values: { section: SECTION_TITLES }
};
