/** How the audit log names the timeline's entries. */
export const auditLabels = {
	entities: { timeline_event: 'händelse på tidslinjen' },
	fields: [{ after: 'day', labels: { periodLabel: 'period' } }]
};
