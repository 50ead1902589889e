/** What other modules may use of the groups module on the server. */
export { Organisations } from './schema.ts';
