/** What other modules may use of the processes module on the server. */
export { listProcesses, type ProcessOverview } from './service.server.ts';
