/** The people of the county in the main navigation, for those who manage them (client-safe). */
export const nav = { path: '/admin/anvandare', label: 'nav.users', when: 'manageUsers' } as const;
