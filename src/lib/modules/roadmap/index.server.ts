/** What other modules may use of the roadmap module on the server. */
export { roadmap as roadmapRows } from './queries.server.ts';
