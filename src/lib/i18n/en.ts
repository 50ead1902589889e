import type { MessageKey } from './sv.ts';

/** English: the second language, for the interface chrome. Content stays in Swedish. */
export const en: Record<MessageKey, string> = {
	'site.name': 'Nära',
	'site.tagline': 'Together for good and close care',
	'skip.toMain': 'Skip to main content',
	'nav.label': 'Main menu',
	'nav.vision': 'Vision',
	'nav.roadmap': 'Roadmap',
	'nav.decisions': 'Decisions',
	'nav.timeline': 'Timeline',
	'nav.organisations': 'Organisation',
	'county.switch.label': 'County',
	'county.switch.button': 'Change county',
	'county.switch.all': 'All counties',
	'footer.accessibility': 'Accessibility statement',
	'footer.about': 'About the data and sources',
	'footer.api': 'API (OpenAPI)',
	'footer.nav': 'Footer',
	'footer.licence': 'Nära is open source under the EUPL-1.2.',
	'lang.switch': 'På svenska',
	'lang.switch.lang': 'sv',
	'source.label': 'Source',
	'source.document': 'Source document',
	'source.count': '{count} source document|{count} source documents',
	'table.caption.map': 'The same facts as the map',
	'error.notFound.title': 'Page not found',
	'error.notFound.body':
		'There is no page at that address. Check the address or go to the start page.',
	'error.other.title': 'Something went wrong',
	'error.other.body': 'The page could not be shown right now. Please try again in a moment.',
	'error.home': 'To the start page',
	'count.municipalities': '{count} municipality|{count} municipalities',
	'count.events': '{count} event|{count} events',
	'count.decisions': '{count} decision|{count} decisions'
};
