/** The stories' entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/berattelser', label: 'nav.stories' } as const;
