/** What other modules may use of the meetings module on the server. */
export { leadershipPaths } from './openapi.ts';
