/** What other modules may use of the yearly report module on the server. */
export { yearlyReport } from './read.server.ts';
