/** The support structure's entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/stod', label: 'nav.support' } as const;
