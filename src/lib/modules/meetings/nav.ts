/** The meetings' entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/moten', label: 'nav.meetings' } as const;
