/** What other modules may use of the audit module (client-safe: no server code). */
export { canReadAudit } from './domain/permissions.ts';
export { nav } from './nav.ts';
