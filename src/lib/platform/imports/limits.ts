/**
 * The bounds of every file import (initiatives, measurements; web, API and
 * command line): how big a file may be, how much an Excel workbook may
 * unpack to, how many rows, columns and characters a cell may have, how
 * many errors are kept, and how long reading may take. A file over a bound
 * is refused with a Swedish message before (or while) it is read, never
 * after the server has spent its memory on it.
 */

export interface ImportLimits {
	/** the file as uploaded or on disk */
	maxFileBytes: number;
	/** an Excel workbook: all its parts unpacked together */
	maxUnzippedBytes: number;
	/** an Excel workbook: unpacked size / packed size of a part larger than 1 MB unpacked */
	maxZipRatio: number;
	/** rows after the header */
	maxRows: number;
	maxColumns: number;
	/** characters in one cell (Excel's own limit) */
	maxCellChars: number;
	/** errors kept and shown; the rest are counted ("och 12 345 fel till") */
	maxErrors: number;
	/** reading and checking, in milliseconds */
	maxMillis: number;
}

const MB = 1024 * 1024;

/** The inventory of initiatives: a county has hundreds, a file a few thousand at most. */
export const INITIATIVE_LIMITS: ImportLimits = {
	maxFileBytes: 10 * MB,
	maxUnzippedBytes: 50 * MB,
	maxZipRatio: 100,
	maxRows: 10_000,
	maxColumns: 200,
	maxCellChars: 32_767,
	maxErrors: 1_000,
	maxMillis: 120_000
};

/** Measurements: Kolada-shaped files of a few million values (the command line only). */
export const MEASUREMENT_LIMITS: ImportLimits = {
	maxFileBytes: 200 * MB,
	maxUnzippedBytes: 50 * MB,
	maxZipRatio: 100,
	maxRows: 5_000_000,
	maxColumns: 200,
	maxCellChars: 32_767,
	maxErrors: 1_000,
	// the 2 million generated values of bench/import-measurements.ts are read in about 100 s on
	// a loaded 2-core machine; a bound, with room
	maxMillis: 900_000
};

/** Error lines the command line prints before it only counts the rest. */
export const CLI_ERROR_LINES = 100;

export const megabytes = (bytes: number) =>
	`${(bytes / MB).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;

export const count = (n: number) => n.toLocaleString('sv-SE');
