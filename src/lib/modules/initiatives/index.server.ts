/** What other modules may use of the initiatives module on the server. */
export { overviewInitiatives } from './queries.server.ts';
export { createInitiative, getInitiative } from './service.server.ts';
