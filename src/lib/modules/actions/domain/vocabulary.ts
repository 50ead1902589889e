/** The words of actions: statuses and origins, and how the pages say them (client-safe). */

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_ORIGINS = [
	'meeting',
	'barrier',
	'reflection',
	'self_assessment',
	'other'
] as const;
export type ActionOrigin = (typeof ACTION_ORIGINS)[number];

export const actionStatusLabel: Record<ActionStatus, string> = {
	open: 'Ej påbörjad',
	in_progress: 'Pågår',
	done: 'Klar',
	cancelled: 'Avbruten'
};

export const actionOriginLabel: Record<ActionOrigin, string> = {
	meeting: 'Möte',
	barrier: 'Hinder',
	reflection: 'Reflektion',
	self_assessment: 'Självskattning',
	other: 'Annat'
};

/** Whether an action still has to be done. */
export const isOpen = (status: ActionStatus) => status === 'open' || status === 'in_progress';
