/** The register's entry in the main navigation, under the county's address (client-safe). */
export const nav = { path: '/overenskommelser', label: 'nav.agreements' } as const;
