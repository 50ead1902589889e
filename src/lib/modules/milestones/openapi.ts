import { type ApiPaths, error, ok, writeErrors } from '../../platform/api/openapi.ts';
import {
	countyCreatePath,
	countyRead,
	countyUpdatePath,
	itemParams
} from '../counties/index.server.ts';
import { Milestone, MilestoneInput, MilestoneList, MilestoneUpdate } from './schema.ts';

/** The county's milestones in the API document. */
export const openapi = {
	all: (registry) => {
		countyRead(
			registry,
			'milestones',
			'Länets milstolpar i tidsordning, med tid, ägande organ, status, källa och det som leder dit',
			MilestoneList,
			'Länet finns inte'
		);
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/milestones/{id}',
			summary: 'En av länets milstolpar (interna bara för den som har en roll i länet)',
			request: { params: itemParams },
			responses: {
				200: ok('Milstolpen', Milestone),
				404: error('Länet eller milstolpen finns inte')
			}
		});
		const item = {
			path: 'milestones',
			what: 'en milstolpe',
			the: 'milstolpen',
			errors: writeErrors
		};
		countyCreatePath(
			registry,
			item,
			'Lägg till en milstolpe (länets samordnare och administratörer)',
			MilestoneInput,
			Milestone
		);
		countyUpdatePath(registry, item, MilestoneUpdate, Milestone);
	}
} satisfies Record<string, ApiPaths>;
