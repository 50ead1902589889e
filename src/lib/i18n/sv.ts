/** Swedish: the first language. Every interface string has a key here. */
export const sv = {
	'site.name': 'Nära',
	'site.tagline': 'Tillsammans för god och nära vård',
	'skip.toMain': 'Hoppa till huvudinnehållet',
	'nav.label': 'Huvudmeny',
	'nav.vision': 'Målbild',
	'nav.roadmap': 'Färdplan',
	'nav.decisions': 'Beslut',
	'nav.timeline': 'Tidslinje',
	'nav.organisations': 'Organisation',
	'county.switch.label': 'Län',
	'county.switch.button': 'Byt län',
	'county.switch.all': 'Alla län',
	'footer.accessibility': 'Tillgänglighetsredogörelse',
	'footer.about': 'Om data och källor',
	'footer.api': 'API (OpenAPI)',
	'footer.nav': 'Sidfot',
	'footer.licence': 'Nära är öppen källkod under EUPL-1.2.',
	'lang.switch': 'In English',
	'lang.switch.lang': 'en',
	'source.label': 'Källa',
	'source.document': 'Källdokument',
	'source.count': '{count} källdokument',
	'table.caption.map': 'Samma uppgifter som kartan',
	'error.notFound.title': 'Sidan finns inte',
	'error.notFound.body':
		'Vi hittar ingen sida på den adressen. Kontrollera adressen eller gå till startsidan.',
	'error.other.title': 'Något gick fel',
	'error.other.body': 'Sidan kunde inte visas just nu. Försök igen om en stund.',
	'error.home': 'Till startsidan',
	'count.municipalities': '{count} kommun|{count} kommuner',
	'count.events': '{count} händelse|{count} händelser',
	'count.decisions': '{count} beslut|{count} beslut'
} as const;

export type MessageKey = keyof typeof sv;
