/** The actions' entry in the main navigation, for people with a role in the county (client-safe). */
export const nav = { path: '/atgarder', label: 'nav.actions', when: 'readInternal' } as const;
