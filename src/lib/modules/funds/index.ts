/** What other modules may use of the funds module (client-safe: no server code). */
export { nav } from './nav.ts';
