/** What other modules and the pages of the roadmap and the timeline may use of the milestones module on the server. */
export { listMilestones } from './read.server.ts';
