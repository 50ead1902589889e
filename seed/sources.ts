/**
 * The source documents that Nära's seed content is taken from. The texts are
 * in `seed/sources/` (plain text extracted from web pages and PDFs), and every
 * seeded item names its file.
 */
export interface SeedSourceDocument {
	fileName: string;
	title: string;
	publisher: string;
	/** year of publication, when the document says it */
	year: number | null;
	description: string;
}

export const sourceDocuments: SeedSourceDocument[] = [
	{
		fileName: '000_f8bc95be08be1486.txt',
		title: 'Tidslinje för omställningen till nära vård i Värmland',
		publisher: 'Region Värmland',
		year: 2024,
		description:
			'Webbsida med tidslinjen 2014–2024: målbildsarbetet, de datum då kommunerna och regionen godkände målbilden, färdplanen, Dialogguiden och länets processer 2023.'
	},
	{
		fileName: '001_ae9703054a45fcdc.txt',
		title:
			'Färdplan – en vägledning för hur Värmland tillsammans ska utveckla god och nära vård, hälsa och omsorg',
		publisher: 'Region Värmland och Värmlands kommuner (direktörsberedningen)',
		year: 2023,
		description:
			'Länets färdplan: målbilden, de fyra utvecklingsområdena, fem förutsättningar, ledning och stödstruktur, processer på olika nivåer och uppföljning.'
	},
	{
		fileName: '002_ab6905b18fea9e05.txt',
		title: 'Nationell översikt: regionernas arbete med omställningen till god och nära vård',
		publisher: 'Nationell sammanställning (utgivaren anges inte i källtexten)',
		year: 2020,
		description:
			'Hur var och en av de 21 regionerna arbetar med omställningen: inriktning, organisation, prioriterade utvecklingsområden, samverkan med kommunerna och gemensamma insatser.'
	},
	{
		fileName: '003_d73e8bd60805b56a.txt',
		title:
			'Delrapport om arbetet till Färdplan – länsgemensam strategi för God och Nära vård i Dalarna',
		publisher: 'Styrgruppen för God och Nära vård i Dalarna',
		year: 2021,
		description:
			'Förslag till gemensam målbild för Region Dalarna och länets 15 kommuner, målområden, kärnvärden, principer för samverkan och strategimodellen.'
	},
	{
		fileName: '004_67456baccd4e393e.txt',
		title: 'Reformer för nära vård – dåtid, nutid, framtid',
		publisher: 'Nationell sammanställning (utgivaren anges inte i källtexten)',
		year: null,
		description:
			'Nationell tidslinje över statliga reformer, överenskommelser och stöd för omställningen, fram till 2030.'
	}
];
