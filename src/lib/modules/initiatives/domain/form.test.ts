import { expect, test } from 'vitest';
import {
	emptyFormValues,
	formErrors,
	formValuesFromEntries,
	formValuesFromInitiative
} from './form.ts';

test('checkbox groups become lists; rows left empty are dropped and the rest numbered again', () => {
	const values = formValuesFromEntries([
		['title', 'Mobila team'],
		['partnerIds', '3'],
		['partnerIds', '5'],
		['partnerIds', '3'],
		['goalAreas', 'aldre'],
		['otherPartners', 'Röda korset\r\n\n  Svenska kyrkan  '],
		['funding.0.year', ''],
		['funding.0.fundingSource', ''],
		['funding.0.amountSek', ''],
		['funding.0.note', ''],
		['funding.1.year', '2024'],
		['funding.1.fundingSource', 'Stimulansmedel'],
		['funding.1.amountSek', '1 500 000'],
		['funding.1.note', ''],
		['funding.2.year', 'nästa år'],
		['funding.2.amountSek', '12 kr'],
		['links.0.url', ''],
		['links.0.title', ''],
		['links.5.url', 'https://example.se'],
		['contactConsent', 'on'],
		['goodExample', 'on'],
		['visibility', 'internal']
	]);
	expect(values).toEqual({
		...emptyFormValues(),
		title: 'Mobila team',
		partnerIds: ['3', '5'],
		goalAreas: ['aldre'],
		otherPartners: ['Röda korset', 'Svenska kyrkan'],
		funding: [
			{ year: '2024', fundingSource: 'Stimulansmedel', amountSek: '1500000', note: '' },
			{ year: 'nästa år', fundingSource: '', amountSek: '12 kr', note: '' }
		],
		links: [{ url: 'https://example.se', title: '' }],
		contactConsent: true,
		goodExample: true,
		visibility: 'internal'
	});
});

test('an empty form is public, with nothing checked', () => {
	expect(formValuesFromEntries([])).toEqual(emptyFormValues());
	expect(emptyFormValues()).toMatchObject({ visibility: 'public', confirmSimilar: false });
});

test('a saved initiative in the form', () => {
	const values = formValuesFromInitiative({
		title: 'T',
		description: 'D',
		lead: { id: 7 },
		partners: [{ id: 8 }],
		otherPartners: ['Röda korset'],
		municipalities: [{ id: 9 }, { id: 10 }],
		level: 'local',
		phase: 'pilot',
		startsOn: '2024-01-01',
		endsOn: null,
		goalAreas: ['aldre'],
		developmentAreas: ['digital'],
		focusShifts: [],
		funding: [{ year: 2024, fundingSource: 'Region', amountSek: null, note: 'n' }],
		contactFunction: 'Kansliet',
		contactEmail: '',
		contactPhone: '',
		contactPerson: 'Anna',
		results: '',
		lessons: '',
		links: [{ url: 'https://example.se', title: 'Sida' }],
		goodExample: true,
		visibility: 'public'
	});
	expect(values).toMatchObject({
		leadOrganisationId: '7',
		partnerIds: ['8'],
		municipalityIds: ['9', '10'],
		endsOn: '',
		funding: [{ year: '2024', fundingSource: 'Region', amountSek: '', note: 'n' }],
		contactPerson: 'Anna',
		contactConsent: true,
		confirmSimilar: false
	});
});

test('errors of list items belong to the list field; row errors keep their row', () => {
	expect(
		formErrors({
			'partnerIds.0': ['Välj en organisation i länet.'],
			'partnerIds.3': ['Välj en organisation i länet.'],
			'otherPartners.1': ['En partner får ha högst 200 tecken.'],
			'funding.0.year': ['Skriv året som ett årtal, t.ex. 2024.'],
			title: ['Skriv insatsens namn.']
		})
	).toEqual({
		partnerIds: ['Välj en organisation i länet.'],
		otherPartners: ['En partner får ha högst 200 tecken.'],
		'funding.0.year': ['Skriv året som ett årtal, t.ex. 2024.'],
		title: ['Skriv insatsens namn.']
	});
});
