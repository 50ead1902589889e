/** The roadmap's entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/fardplan', label: 'nav.roadmap' } as const;
