/** The follow-up's entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/uppfoljning', label: 'nav.followUp' } as const;
