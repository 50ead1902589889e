import { type ApiPaths, cached, error, ok, unchanged } from '../../platform/api/openapi.ts';
import { countyItemPaths, countyParams } from '../counties/index.server.ts';
import { Agreement, AgreementInput, AgreementList, AgreementUpdate } from './schema.ts';

/** The register of agreements and guidelines in the API document. */
export const openapi = {
	register: (registry) => {
		registry.registerPath({
			method: 'get',
			path: '/api/counties/{code}/agreements',
			summary:
				'Länets överenskommelser och riktlinjer med parter, giltighet, nästa uppföljning och om den är försenad',
			description: `Interna bara för den som har en roll i länet. ${cached}`,
			request: { params: countyParams },
			responses: {
				200: ok('Registret', AgreementList),
				304: unchanged,
				404: error('Länet finns inte')
			}
		});
		countyItemPaths(registry, {
			path: 'agreements',
			what: 'en överenskommelse eller riktlinje',
			create: AgreementInput,
			update: AgreementUpdate,
			editable: Agreement
		});
	}
} satisfies Record<string, ApiPaths>;
