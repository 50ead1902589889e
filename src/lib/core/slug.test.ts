import { expect, test } from 'vitest';
import { slugify } from './slug.ts';

test.each([
	['Värmland', 'varmland'],
	['Västra Götaland', 'vastra-gotaland'],
	['Örebro', 'orebro'],
	['Jämtland Härjedalen', 'jamtland-harjedalen'],
	['  Skåne  ', 'skane']
])('slugify(%s) = %s', (name, slug) => {
	expect(slugify(name)).toBe(slug);
});
