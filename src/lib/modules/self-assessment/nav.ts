/** The Dialogguide's entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/dialogguide', label: 'nav.selfAssessment' } as const;
