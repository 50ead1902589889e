/** What other modules may use of the followup module (client-safe: no server code). */
export {
	canEditIndicators,
	canImportForArea,
	canImportMeasurements,
	canSetTargets
} from './domain/permissions.ts';
export { auditLabels } from './domain/audit-labels.ts';
export { nav } from './nav.ts';
export { countyFigure, targetStatus, type CountyFigure } from './domain/dashboard.ts';
export { verdictLabel } from './ui/format.ts';
