/** What other modules may use of the regions module (client-safe: no server code). */
export { nav } from './nav.ts';
