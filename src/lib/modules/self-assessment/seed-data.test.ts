import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { seedTemplates } from '../../../../seed/self-assessment/templates.ts';
import { sourceDocuments } from '../../../../seed/sources.ts';
import { projectRoot } from '../../platform/paths.ts';
import { meetingQuestions, quotedQuestions } from './domain/meeting-questions.ts';

/** Nära's starting templates: every dimension and statement quotes the passage it is derived from. */

/** The source as one line: broken words joined, whitespace as single spaces. */
const normalised = (file: string) =>
	readFileSync(path.join(projectRoot(), 'seed', 'sources', file), 'utf8')
		.replace(/-\s*\n\s*/g, '')
		.replace(/\s+/g, ' ');

describe('the seeded templates', () => {
	test.each(seedTemplates.map((t) => [t.title, t] as const))('%s quotes its sources', (_, t) => {
		const files = new Set(sourceDocuments.map((s) => s.fileName));
		expect(files.has(t.source)).toBe(true);
		for (const d of t.dimensions) {
			expect(normalised(d.source), d.key).toContain(d.quote);
			expect(d.statements.length, d.key).toBeGreaterThanOrEqual(2);
			for (const s of d.statements) {
				expect(files.has(s.source)).toBe(true);
				expect(normalised(s.source), s.text).toContain(s.quote);
			}
		}
	});

	test('Värmland has the four focus shifts and the four development areas; Dalarna its five Nära concepts', () => {
		const [varmland, dalarna] = seedTemplates;
		expect(varmland!.dimensions.map((d) => d.kind)).toEqual([
			...Array(4).fill('focus_shift'),
			...Array(4).fill('development_area')
		]);
		expect(dalarna!.dimensions.map((d) => d.title)).toEqual([
			'Nära för mig',
			'Nära för alla',
			'Nära i hela Dalarna',
			'Nära mellan oss',
			'Nära till hälsa'
		]);
	});
});

describe('the questions for the workplace meeting', () => {
	test("every question from a county's documents quotes its source", () => {
		expect(quotedQuestions().length).toBeGreaterThanOrEqual(3);
		for (const q of quotedQuestions()) expect(normalised(q.source!), q.question).toContain(q.quote);
	});

	test("a county gets its own documents' questions, never another county's", () => {
		expect(meetingQuestions('20').fromSources.every((q) => q.source?.startsWith('003_'))).toBe(
			true
		);
		expect(meetingQuestions('17').fromSources.every((q) => q.source?.startsWith('000_'))).toBe(
			true
		);
		expect(meetingQuestions('07').fromSources).toEqual([]);
		expect(meetingQuestions('07').own.length).toBeGreaterThan(0);
	});
});
