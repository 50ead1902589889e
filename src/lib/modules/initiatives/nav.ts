/** The inventory's entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/insatser', label: 'nav.initiatives' } as const;
