/** What other modules may use of the counties module on the server. */
export {
	type BoundaryFeature,
	type Visible,
	countyMunicipalities,
	findCounty,
	liveInCounty,
	municipalityBoundaries,
	organisations,
	shownInCounty,
	swedishOrder
} from './queries.server.ts';
export { county, listCounties, sourceDocuments, withCounty } from './service.server.ts';
export {
	countyArchivePath,
	countyCreatePath,
	countyItemPaths,
	countyParams,
	countyRead,
	countyUpdatePath,
	countyWrite,
	itemParams
} from './openapi.ts';
