/** The milestones' entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/milstolpar', label: 'nav.milestones' } as const;
