/** The account of funds' entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/statsbidrag', label: 'nav.funds' } as const;
