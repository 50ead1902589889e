/** The decisions' entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/beslut', label: 'nav.decisions' } as const;
