import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { issueCounter } from './count-issues.ts';
import { prepareImport } from './core.ts';
import { MEASUREMENT_LIMITS } from './limits.ts';

/** A row schema like the measurements': checks, transforms, pipes and refinements per field. */
const Row = z.object({
	kpi: z
		.string()
		.min(1, { error: 'Ange nyckeltalet.' })
		.transform((v) => v.toUpperCase()),
	area: z
		.string()
		.min(1, { error: 'Ange området.' })
		.regex(/^\d{1,4}$/, { error: 'Fyra siffror.' }),
	period: z
		.string()
		.regex(/^\d{4}$/, { error: 'Ett årtal.' })
		.transform(Number)
		.refine((v) => v >= 1990 && v <= 2100, { error: '1990–2100.' }),
	value: z.string().transform((v, ctx) => {
		if (/^-?\d+([.,]\d+)?$/.test(v)) return Number(v.replace(',', '.'));
		ctx.addIssue({ code: 'custom', message: 'Inte ett tal.' });
		return z.NEVER;
	})
});
const keys = ['kpi', 'area', 'period', 'value'];

const rows: Record<string, string>[] = [
	{ kpi: 'n20402', area: '1780', period: '2022', value: '1,5' },
	{ kpi: '', area: '', period: '', value: 'x' },
	{ kpi: 'N1', area: 'Karlstad', period: '1850', value: 'inte ett tal' },
	{ kpi: 'N1', area: '12345', period: '22', value: '7' },
	{ kpi: 'N1', area: '1780', period: '2200', value: 'x' }
];

describe('issueCounter', () => {
	test('counts what safeParse reports for each row, also for a value seen before', () => {
		const count = issueCounter(Row, keys)!;
		expect(count).not.toBeNull();
		for (const cells of [...rows, ...rows]) {
			const parsed = Row.safeParse(cells);
			expect(count(cells)).toBe(parsed.success ? 0 : parsed.error.issues.length);
		}
		// an empty area fails both its checks: two issues, as the object reports them
		expect(count(rows[1]!)).toBe(5);
	});

	test('null for a schema it cannot count field by field', () => {
		expect(issueCounter(z.string(), ['a'])).toBeNull();
		expect(
			issueCounter(
				Row.superRefine(() => {}),
				keys
			)
		).toBeNull();
		expect(issueCounter(z.strictObject(Row.shape), keys)).toBeNull();
		expect(issueCounter(Row, ['kpi', 'area', 'period'])).toBeNull();
		expect(issueCounter(Row, ['kpi', 'area', 'period', 'count'])).toBeNull();
	});
});

describe('errors past the kept ones', () => {
	const columns = keys.map((key) => ({ key, name: key, aliases: [], required: true }));
	const csv = `kpi;area;period;value\n${[...rows, ...rows, ...rows]
		.map((r) => keys.map((k) => r[k]).join(';'))
		.join('\n')}\n`;
	const bytes = new TextEncoder().encode(csv);
	const limits = { ...MEASUREMENT_LIMITS, maxErrors: 4 };

	test('are counted as when every row is parsed whole', async () => {
		const counted = await prepareImport({ columns, limits, schema: Row }, { name: 'x.csv', bytes });
		// a check on the whole row: every row goes through safeParse
		const parsed = await prepareImport(
			{ columns, limits, schema: Row.superRefine(() => {}) },
			{ name: 'x.csv', bytes }
		);
		expect(counted.preview.errors).toHaveLength(4);
		// 36 issues: the first four cells' kept (the empty area's second issue dropped with its
		// cell kept: one message a cell), the other 31 counted
		expect(counted.preview.moreErrors).toBe(31);
		expect(counted.preview).toEqual(parsed.preview);
		expect(counted.rows).toEqual(parsed.rows);
	});
});
