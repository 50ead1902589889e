/** The benefit model's entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/nyttokalkyl', label: 'nav.benefit' } as const;
