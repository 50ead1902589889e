import type { PageServerLoad } from './$types';
import { config } from '#lib/platform/config.ts';

export const load: PageServerLoad = () => ({
	operatorName: config().operatorName ?? null,
	contactEmail: config().contactEmail ?? null
});
