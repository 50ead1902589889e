/** The vision's entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '', label: 'nav.vision' } as const;
