/** The reflections' entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/reflektioner', label: 'nav.reflections' } as const;
