/** What other modules may use of the stories module on the server. */
export { storiesByStatement, storiesLinkedTo } from './read.server.ts';
