/** What other modules may use of the barriers module on the server. */
export { choicesOf, isInCounty } from './queries.server.ts';
export { barrierList } from './read.server.ts';
