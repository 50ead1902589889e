/** What other modules may use of the decisions module on the server. */
export { createDecision } from './service.server.ts';
export { decisions } from './read.server.ts';
