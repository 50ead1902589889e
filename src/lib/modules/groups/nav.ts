/** The organisation's entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/organisation', label: 'nav.organisations' } as const;
