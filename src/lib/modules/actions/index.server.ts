/** What other modules may use of the actions module on the server. */
export { insertAction, ownerErrors, actionChoices, type ActionChoices } from './service.server.ts';
export { board, ownActions } from './read.server.ts';
export { sendActionDigest } from './digest.server.ts';
export { actionDigestJob } from './jobs.ts';
