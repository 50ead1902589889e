import { type ApiPaths, error, ok, writeErrors } from '../../platform/api/openapi.ts';
import { countyItemPaths, countyRead, countyWrite } from '../counties/index.server.ts';
import {
	EditableRoadmap,
	EditableRoadmapItem,
	Roadmap,
	RoadmapItemInput,
	RoadmapItemUpdate,
	RoadmapUpdate
} from './schema.ts';

/** The roadmap's paths in the API document. */
export const openapi = {
	current: (registry) =>
		countyRead(
			registry,
			'roadmap',
			'Länets färdplan',
			Roadmap,
			'Länet finns inte eller har ingen färdplan'
		),
	edit: (registry) => {
		countyWrite(
			registry,
			{
				method: 'put',
				name: 'roadmap',
				summary:
					'Ändra färdplanens rubrik och ingress; revision ska vara den som ändringen bygger på',
				input: RoadmapUpdate
			},
			{
				200: ok('Färdplanen efter ändringen', EditableRoadmap),
				...writeErrors,
				409: error('Någon annan har ändrat färdplanen sedan revisionen')
			}
		);
		countyItemPaths(registry, {
			path: 'roadmap/items',
			what: 'en punkt i färdplanen (målområde eller milstolpe; nyckeln bildas av rubriken)',
			create: RoadmapItemInput,
			update: RoadmapItemUpdate,
			editable: EditableRoadmapItem
		});
	}
} satisfies Record<string, ApiPaths>;
