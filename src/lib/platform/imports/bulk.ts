import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';

/**
 * Bulk loading: rows go in as one PostgreSQL array per column, spread into
 * rows with unnest(), many thousand rows per statement. That is several
 * times faster than INSERT … VALUES through Drizzle (one parameter per cell),
 * and close to COPY.
 *
 * Why not COPY FROM STDIN: with postgres.js 3.4, a COPY that the server
 * refuses after the data is sent never settles its stream, so the
 * transaction neither commits nor rolls back and its connection is lost
 * (porsager/postgres#1173). With unnest, an error is an ordinary query error
 * and the transaction rolls back.
 */

export type BulkValue = string | number | boolean | null;

/** A column to fill: its name and PostgreSQL type, e.g. ['period', 'smallint']. */
export type BulkColumn = readonly [name: string, type: string];

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const TYPE = /^[a-z_][a-z0-9_ ]*(?:\(\d+\))?$/;

/** One value as an element of a PostgreSQL array literal. */
export function arrayElement(v: BulkValue): string {
	if (v === null) return 'NULL';
	if (typeof v === 'number') {
		if (!Number.isFinite(v)) throw new Error(`arrayElement: ${v} is not a finite number`);
		return String(v);
	}
	if (typeof v === 'boolean') return v ? 't' : 'f';
	return `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A whole column as a PostgreSQL array literal: {1,2,NULL} or {"a","b"}. */
export function arrayLiteral(values: readonly BulkValue[]): string {
	return `{${values.map(arrayElement).join(',')}}`;
}

/**
 * Inserts rows (values in the order of `columns`) into `table`, `batch` rows
 * per statement; `progress` gets the number of rows written so far. Meant
 * for staging tables: constraints of the real table are checked when the
 * staged rows are merged with INSERT … SELECT.
 */
export async function insertRows(
	db: Db | Tx,
	table: string,
	columns: readonly BulkColumn[],
	rows: Iterable<readonly BulkValue[]>,
	opts: { batch?: number; progress?: (done: number) => void } = {}
): Promise<number> {
	if (!IDENTIFIER.test(table)) throw new Error(`insertRows: bad table name ${table}`);
	for (const [name, type] of columns) {
		if (!IDENTIFIER.test(name) || !TYPE.test(type))
			throw new Error(`insertRows: bad column ${name} ${type}`);
	}
	const batch = opts.batch ?? 50_000;
	const names = sql.raw(columns.map(([name]) => name).join(', '));
	let done = 0;
	let buffer: BulkValue[][] = columns.map(() => []);
	let size = 0;
	const flush = async () => {
		if (size === 0) return;
		const arrays = sql.join(
			columns.map(([, type], i) => sql`${arrayLiteral(buffer[i]!)}::${sql.raw(type)}[]`),
			sql`, `
		);
		await db.execute(sql`insert into ${sql.raw(table)} (${names}) select * from unnest(${arrays})`);
		done += size;
		buffer = columns.map(() => []);
		size = 0;
		opts.progress?.(done);
	};
	for (const row of rows) {
		for (let i = 0; i < columns.length; i++) buffer[i]!.push(row[i] ?? null);
		if (++size >= batch) await flush();
	}
	await flush();
	return done;
}
