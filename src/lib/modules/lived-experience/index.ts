/** What other modules and pages may use of "Levande bibliotek" (client-safe: no server code). */
export { auditLabels } from './domain/audit-labels.ts';
export {
	canCoordinateLivedExperience,
	canRequestParticipants,
	canRequestParticipantsFor
} from './domain/permissions.ts';
