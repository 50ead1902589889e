/** What other modules may use of the privacy module on the server. */
export { formStamp, guardSubmission } from './form-guard.server.ts';
export { personalDataPurgeJob } from './jobs.ts';
