/** The barriers' entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/hinder', label: 'nav.barriers' } as const;
