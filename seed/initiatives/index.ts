/**
 * The initiatives Nära's inventory starts with: the real work named in the
 * source documents, for every county (PROVENANCE.md). Seeded by
 * src/lib/server/initiatives/seed.ts.
 */
import { blekinge } from './blekinge.ts';
import { dalarna } from './dalarna.ts';
import { gavleborg } from './gavleborg.ts';
import { gotland } from './gotland.ts';
import { halland } from './halland.ts';
import { jamtland } from './jamtland.ts';
import { jonkoping } from './jonkoping.ts';
import { kalmar } from './kalmar.ts';
import { kronoberg } from './kronoberg.ts';
import { norrbotten } from './norrbotten.ts';
import { orebro } from './orebro.ts';
import { ostergotland } from './ostergotland.ts';
import { skane } from './skane.ts';
import { sormland } from './sormland.ts';
import { stockholm } from './stockholm.ts';
import type { SeedInitiative } from './types.ts';
import { uppsala } from './uppsala.ts';
import { varmland } from './varmland.ts';
import { vasterbotten } from './vasterbotten.ts';
import { vasternorrland } from './vasternorrland.ts';
import { vastmanland } from './vastmanland.ts';
import { vastraGotaland } from './vastra-gotaland.ts';

export type { SeedInitiative } from './types.ts';

/** In county-code order, as the overview's regions are listed in counties. */
export const seedInitiatives: SeedInitiative[] = [
	...stockholm,
	...uppsala,
	...sormland,
	...ostergotland,
	...jonkoping,
	...kronoberg,
	...kalmar,
	...gotland,
	...blekinge,
	...skane,
	...halland,
	...vastraGotaland,
	...varmland,
	...orebro,
	...vastmanland,
	...dalarna,
	...gavleborg,
	...vasternorrland,
	...jamtland,
	...vasterbotten,
	...norrbotten
];
