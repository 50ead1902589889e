/** What other modules may use of the reflections module on the server. */
export { reflectionsCiting } from './read.server.ts';
