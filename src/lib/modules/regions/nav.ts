/** The knowledge bank's entry in the main navigation: national, not under a county (client-safe). */
export const nav = { path: '/kunskapsbank', label: 'nav.knowledge', national: true } as const;
