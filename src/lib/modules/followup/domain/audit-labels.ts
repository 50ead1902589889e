/** How the audit log names the follow-up's entries. */
export const auditLabels = {
	entities: { measurements: 'mätvärden', indicator: 'nyckeltal', target: 'målvärde' }
};
