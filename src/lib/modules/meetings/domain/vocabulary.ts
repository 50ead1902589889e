/** The words of meetings: what an agenda item is about and its outcome (client-safe). */

export const AGENDA_LINKS = ['none', 'indicator', 'initiative', 'process', 'barrier'] as const;
export type AgendaLink = (typeof AGENDA_LINKS)[number];
export const AGENDA_OUTCOMES = ['information', 'decision', 'action'] as const;
export type AgendaOutcome = (typeof AGENDA_OUTCOMES)[number];

export const agendaLinkLabel: Record<AgendaLink, string> = {
	none: 'Inget',
	indicator: 'Nyckeltal',
	initiative: 'Insats',
	process: 'Process',
	barrier: 'Hinder'
};

export const agendaOutcomeLabel: Record<AgendaOutcome, string> = {
	information: 'Information',
	decision: 'Beslut',
	action: 'Åtgärd'
};
