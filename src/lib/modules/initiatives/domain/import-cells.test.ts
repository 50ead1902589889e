import { describe, expect, test } from 'vitest';
import { PHASES, YES, NO, columnOf, dateCell, normalise, vocabulary } from './import-cells.ts';

describe('reading cells', () => {
	test('normalise: composed, trimmed, lower case, one space', () => {
		expect(normalise('  I\u00a0 DRIFT ')).toBe('i drift');
		expect(normalise('A\u030angermanland')).toBe('ångermanland');
	});

	test('a vocabulary by key or Swedish label, any case', () => {
		const phases = vocabulary({ running: 'I drift', ended: 'Avslutad' });
		expect(phases.get('i drift')).toBe('running');
		expect(phases.get('running')).toBe('running');
		expect(phases.get('avslutad')).toBe('ended');
		expect(PHASES.get(normalise('Spridning'))).toBe('scaling');
	});

	test.each([
		['2024-01-15', '2024-01-15'],
		['2024-01-15 00:00', '2024-01-15'],
		['2024-01-15T00:00:00.000Z', '2024-01-15'],
		['15/1/2024', '15/1/2024'],
		['', '']
	])('a date cell %j reads as %j', (cell, date) => {
		expect(dateCell(cell)).toBe(date);
	});

	test('yes and no', () => {
		expect(['ja', 'x', '1', 'yes'].every((v) => YES.has(v))).toBe(true);
		expect(['', 'nej', '0', 'falskt'].every((v) => NO.has(v))).toBe(true);
	});

	test.each([
		[['title'], 'title'],
		[['leadOrganisationId'], 'lead'],
		[['partnerIds', 0], 'partners'],
		[['municipalityIds'], 'municipalities'],
		[['funding', 1, 'year'], 'fundingYears'],
		[['funding', 1, 'fundingSource'], 'fundingSources'],
		[['funding', 0, 'amountSek'], 'fundingAmounts'],
		[['links', 0, 'url'], 'links'],
		[['confirmSimilar'], 'title']
	] as [PropertyKey[], string][])('the field %j is the column %s', (path, column) => {
		expect(columnOf(path)).toBe(column);
	});
});
