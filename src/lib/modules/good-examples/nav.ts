/** Good examples' entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/goda-exempel', label: 'nav.goodExamples' } as const;
