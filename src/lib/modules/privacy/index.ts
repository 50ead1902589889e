/** What other modules and pages may use of the privacy module (client-safe). */
export { HONEYPOT, STAMP } from './domain/form-guard.ts';
