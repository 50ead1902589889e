/** What other modules may use of the benefit module on the server. */
export { safeText } from './server/xlsx.ts';
