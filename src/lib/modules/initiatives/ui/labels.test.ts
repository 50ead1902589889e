import { expect, test } from 'vitest';
import { emptyFormValues } from '../domain/form.ts';
import { conflictView, summaryFields } from './labels.ts';

test('the error summary says which row an error is in', () => {
	expect(
		summaryFields({
			title: ['Skriv insatsens namn.'],
			'funding.1.year': ['Skriv året som ett årtal, t.ex. 2024.'],
			'links.0.url': ['Skriv en webbadress som börjar med https:// eller http://.']
		})
	).toEqual({
		title: ['Skriv insatsens namn.'],
		'funding.1.year': ['Finansiering, rad 2: Skriv året som ett årtal, t.ex. 2024.'],
		'links.0.url': ['Länk 1: Skriv en webbadress som börjar med https:// eller http://.']
	});
	expect(summaryFields(undefined)).toEqual({});
});

test('a version of an initiative in words, organisations by name', () => {
	const view = conflictView(
		{
			...emptyFormValues(),
			title: 'Mobila team',
			leadOrganisationId: '7',
			partnerIds: ['8'],
			otherPartners: ['Röda korset'],
			phase: 'running',
			level: 'local',
			goalAreas: ['aldre'],
			funding: [{ year: '2024', fundingSource: 'Region', amountSek: '5000', note: '' }],
			goodExample: true
		},
		{ '7': 'Arvika kommun', '8': 'Eda kommun' }
	);
	expect(view).toMatchObject({
		title: 'Mobila team',
		lead: 'Arvika kommun',
		partners: 'Eda kommun, Röda korset',
		municipalities: 'Hela länet',
		phase: 'I drift',
		level: 'Lokal',
		goalAreas: 'Äldre',
		funding: '2024: Region, 5000 kr',
		goodExample: 'Ja',
		visibility: 'Alla (offentlig)'
	});
	expect(conflictView(emptyFormValues(), {}).lead).toBe('Ingen (länsgemensam)');
});
