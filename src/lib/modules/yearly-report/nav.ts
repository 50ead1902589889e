/** The yearly follow-up of the roadmap's address under the county (client-safe); linked from the roadmap. */
export const nav = { path: '/uppfoljning-av-fardplanen', label: 'nav.yearlyReport' } as const;
