/** The timeline's entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/tidslinje', label: 'nav.timeline' } as const;
