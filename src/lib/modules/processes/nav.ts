/** The processes' entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/processer', label: 'nav.processes' } as const;
