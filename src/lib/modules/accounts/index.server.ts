/** What other modules' server code may use of the accounts module. */
export { actorForUser } from './server/sessions.ts';
export { sessionPurgeJob } from './server/jobs.ts';
export { passwordResetMailJob } from './server/own-password.ts';
