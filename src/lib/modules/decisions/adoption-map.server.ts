import type { AdoptionOverview } from './domain/adoption.ts';
import { formatMonth } from '../../core/dates.ts';
import type { BoundaryFeature } from '../counties/index.server.ts';
import { renderChart } from '../../platform/charts/render.ts';
import { NO_VALUE as NOT_ADOPTED, PALETTE, seriesStyle } from '../../platform/charts/palette.ts';

// The platform's colour-blind-safe colours, early → late, each with its pattern
// so the map separates the months in a greyscale print too.

/** The county's municipalities coloured by the month they adopted the vision. */
export function adoptionMap(
	countyName: string,
	overview: AdoptionOverview,
	features: BoundaryFeature[]
): string {
	const mapName = `adoption-${countyName}`;
	const geo = {
		type: 'FeatureCollection',
		features: features.map((f) => ({
			type: 'Feature',
			properties: { name: f.areaCode },
			geometry: f.geometry
		}))
	};
	const monthIndex = new Map(overview.months.map((m, i) => [m, i]));
	const data = overview.rows
		.filter((r) => r.organisation.kind === 'municipality' && r.organisation.scbCode)
		.map((r) => ({
			name: r.organisation.scbCode!,
			value: r.month === null ? -1 : monthIndex.get(r.month)!,
			...(r.month === null
				? {}
				: { itemStyle: { decal: seriesStyle(monthIndex.get(r.month)!).decal } })
		}));
	const pieces = [
		...overview.months.map((m, i) => ({
			value: i,
			label: `Godkänd ${formatMonth(m)}`,
			color: PALETTE[Math.min(i, PALETTE.length - 1)]
		})),
		{ value: -1, label: 'Inget beslut registrerat', color: NOT_ADOPTED }
	];
	const adoptedMunicipalities = data.filter((d) => d.value >= 0).length;
	return renderChart({
		// drawn for a phone's width (the page never shows it larger than 420 px), so its text stays ≥ 12 px
		width: 340,
		height: 300 + 22 * pieces.length,
		maps: { [mapName]: geo },
		label: `Karta över ${countyName}s kommuner, färgade efter den månad då kommunen godkände målbilden. ${adoptedMunicipalities} av ${data.length} kommuner har ett registrerat beslut. Tabellen nedanför kartan har samma uppgifter.`,
		option: {
			visualMap: {
				type: 'piecewise',
				pieces,
				orient: 'vertical',
				inverse: true,
				left: 0,
				top: 0,
				itemWidth: 18,
				itemHeight: 14,
				textStyle: { color: '#1e2b37', fontSize: 13 }
			},
			series: [
				{
					type: 'map',
					map: mapName,
					data,
					left: 0,
					right: 0,
					top: 22 * pieces.length + 8,
					bottom: 0,
					label: { show: false },
					itemStyle: { borderColor: '#ffffff', borderWidth: 1, areaColor: NOT_ADOPTED },
					emphasis: { disabled: true },
					select: { disabled: true }
				}
			]
		}
	});
}
