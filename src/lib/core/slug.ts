/**
 * A URL slug from a Swedish name: "Västra Götaland" → "vastra-gotaland".
 * Å and Ä become a, Ö becomes o, as Swedish public web addresses write them.
 */
export function slugify(name: string): string {
	return name
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
