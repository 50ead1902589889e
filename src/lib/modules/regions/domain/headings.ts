import type { HeadingKey } from '../seed/types.ts';

/** The five fixed headings of every region's account in the national overview (002). */
export const HEADING_LABELS: Record<HeadingKey, string> = {
	direction: 'Inriktning, målbild och målområden',
	organisation: 'Organisation för att styra och leda omställningsarbetet',
	prioritised: 'Exempel på prioriterade utvecklingsområden',
	collaboration: 'Samverkan mellan region och kommuner i omställningsarbetet',
	joint: 'Exempel på gemensamma satsningar i samverkan mellan region och kommuner'
};

export const JOINT_VISION_LABELS = {
	yes: 'Ja, framtagen',
	in_progress: 'Under arbete',
	planned: 'Planerad'
} as const;

export const UNKNOWN = 'Uppgift saknas i översikten';
