import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { reportFont } from './fonts.ts';

/**
 * Nära's PDF reports (A4): headings, paragraphs, charts (the SVG the page
 * shows) and tables, with the title, the source, the date and "Sida n av m"
 * at the foot of every page. Tables wider than the page are split into
 * column groups that repeat the first column, so no year is dropped. With
 * `contents`, the first page lists the headings with their pages (and the
 * PDF has bookmarks), so a long report can be read from its table of contents.
 */

export type Block =
	/** level 1 (default): a section; level 2: a part of one */
	| { kind: 'heading'; text: string; level?: 1 | 2 }
	| { kind: 'text'; text: string }
	| { kind: 'chart'; svg: string }
	| {
			kind: 'table';
			/** weight: the column's share of the width (all or none have one) */
			columns: { label: string; number?: boolean; weight?: number }[];
			rows: string[][];
			/** how many columns of numbers fit beside the first (default: all) */
			perPage?: number;
	  };

export interface ReportContent {
	title: string;
	/** under the title, e.g. the county and the KPI */
	lead: string;
	/** at the foot of every page, e.g. "Källa: Kolada" */
	source: string;
	/** "7 december 2026" */
	date: string;
	blocks: Block[];
	/** a table of contents on the first page (the content starts on the second) */
	contents?: boolean;
}

const MARGIN = 48;
const FOOT = 36;
const INK = '#1e2b37';
const MUTED = '#4a5560';

type Doc = InstanceType<typeof PDFDocument>;

function width(doc: Doc): number {
	return doc.page.width - 2 * MARGIN;
}

/** Starts a new page when `height` would not fit above the foot. */
function room(doc: Doc, height: number): void {
	if (doc.y + height > doc.page.height - MARGIN - FOOT) doc.addPage();
}

interface Entry {
	text: string;
	level: 1 | 2;
	/** 0-based */
	page: number;
}

function heading(doc: Doc, text: string, level: 1 | 2): Entry {
	room(doc, 60);
	const page = doc.bufferedPageRange().count - 1;
	doc
		.moveDown(level === 1 ? 0.6 : 0.4)
		.font('bold')
		.fontSize(level === 1 ? 14 : 11.5)
		.fillColor(INK)
		.text(text);
	doc.moveDown(0.3);
	return { text, level, page };
}

/** The table of contents on the first page, from `y` down: each heading with its page number. */
function contents(doc: Doc, y: number, entries: Entry[]): void {
	doc.switchToPage(0);
	doc.font('bold').fontSize(14).fillColor(INK).text('Innehåll', MARGIN, y);
	doc.moveDown(0.4);
	for (const e of entries) {
		const indent = e.level === 1 ? 0 : 14;
		const top = doc.y;
		doc.font(e.level === 1 ? 'bold' : 'regular').fontSize(e.level === 1 ? 10.5 : 9.5);
		doc.text(e.text, MARGIN + indent, top, { width: width(doc) - indent - 40 });
		const bottom = doc.y;
		doc.text(String(e.page + 1), MARGIN, top, { width: width(doc), align: 'right' });
		doc.y = Math.max(bottom, doc.y) + 2;
	}
}

function chart(doc: Doc, svg: string): void {
	const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
	const [w, h] = m ? [Number(m[1]), Number(m[2])] : [720, 380];
	const drawWidth = Math.min(width(doc), w * 0.75);
	const drawHeight = (drawWidth / w) * h;
	room(doc, drawHeight);
	SVGtoPDF(doc, svg, MARGIN, doc.y, {
		width: drawWidth,
		height: drawHeight,
		preserveAspectRatio: 'xMinYMin meet',
		fontCallback: (_family, bold) => (bold ? 'bold' : 'regular')
	});
	doc.y += drawHeight + 6;
	doc.x = MARGIN;
}

/**
 * Column widths in which no word is broken: a column narrower than its
 * longest word (in the heading or a cell) takes what it lacks from the
 * columns with room to spare, in proportion to that room.
 */
function fitWords(
	doc: Doc,
	proposed: number[],
	rows: { text: string; bold: boolean }[][]
): number[] {
	const need = proposed.map((_, i) =>
		Math.max(
			0,
			...rows.flatMap((row) => {
				const cell = row[i];
				if (!cell) return [];
				doc.font(cell.bold ? 'bold' : 'regular').fontSize(8.5);
				return cell.text.split(/\s+/).map((word) => doc.widthOfString(word) + 7);
			})
		)
	);
	const lack = proposed.reduce((sum, w, i) => sum + Math.max(0, need[i]! - w), 0);
	const spare = proposed.map((w, i) => Math.max(0, w - need[i]!));
	const room = spare.reduce((a, b) => a + b, 0);
	// when the words cannot all fit, the proposed widths stand (pdfkit breaks the longest)
	if (lack === 0 || room < lack) return proposed;
	return proposed.map((w, i) => (need[i]! > w ? need[i]! : w - (spare[i]! / room) * lack));
}

function table(doc: Doc, block: Extract<Block, { kind: 'table' }>): void {
	const [first, ...rest] = block.columns;
	const per = block.perPage ?? rest.length;
	for (let start = 0; start < Math.max(rest.length, 1); start += per) {
		const cols = [first!, ...rest.slice(start, start + per)];
		const index = [0, ...rest.slice(start, start + per).map((_, i) => start + i + 1)];
		const firstWidth = Math.min(190, width(doc) * 0.4);
		const other = cols.length > 1 ? (width(doc) - firstWidth) / (cols.length - 1) : 0;
		const weights = cols.map((c) => c.weight ?? 0);
		const sum = weights.reduce((a, b) => a + b, 0);
		const proposed = weights.every((w) => w > 0)
			? weights.map((w) => (w / sum) * width(doc))
			: [firstWidth, ...cols.slice(1).map(() => other)];
		const rows = block.rows.map((row) => index.map((i) => row[i] ?? ''));
		const widths = fitWords(doc, proposed, [
			cols.map((c) => ({ text: c.label, bold: true })),
			...rows.map((r) => r.map((text) => ({ text, bold: false })))
		]);
		const heightOf = (cells: string[], bold: boolean) => {
			doc.font(bold ? 'bold' : 'regular').fontSize(8.5);
			return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }))) + 5;
		};
		// a heading row never stands alone at the foot of a page
		room(
			doc,
			heightOf(
				cols.map((c) => c.label),
				true
			) + (rows[0] ? heightOf(rows[0], false) : 0)
		);
		const line = (cells: string[], bold: boolean) => {
			const height = heightOf(cells, bold);
			doc.font(bold ? 'bold' : 'regular').fontSize(8.5);
			room(doc, height);
			const y = doc.y;
			let x = MARGIN;
			cells.forEach((c, i) => {
				doc.fillColor(INK).text(c, x + 3, y + 2, {
					width: widths[i]! - 6,
					align: cols[i]!.number ? 'right' : 'left'
				});
				x += widths[i]!;
			});
			doc
				.moveTo(MARGIN, y + height)
				.lineTo(MARGIN + width(doc), y + height)
				.lineWidth(0.4)
				.strokeColor('#9aa5b1')
				.stroke();
			doc.y = y + height;
			doc.x = MARGIN;
		};
		line(
			cols.map((c) => c.label),
			true
		);
		for (const row of rows) line(row, false);
		doc.moveDown(0.6);
	}
}

/** The report as the bytes of a PDF file. */
export function renderReport(content: ReportContent): Promise<Uint8Array> {
	const font = reportFont();
	const doc = new PDFDocument({
		size: 'A4',
		margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
		bufferPages: true,
		info: { Title: content.title, Author: 'Nära', Subject: content.lead },
		lang: 'sv-SE',
		displayTitle: true,
		tagged: false
	});
	doc.registerFont('regular', font.regular);
	doc.registerFont('bold', font.bold);
	const chunks: Uint8Array[] = [];
	doc.on('data', (c: Uint8Array) => chunks.push(c));
	const done = new Promise<Uint8Array>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	doc.font('bold').fontSize(18).fillColor(INK).text(content.title);
	doc.font('regular').fontSize(10).fillColor(MUTED).text(content.lead).moveDown(0.5);
	const contentsAt = doc.y;
	if (content.contents) doc.addPage();
	const entries: Entry[] = [];
	for (const b of content.blocks) {
		if (b.kind === 'heading') {
			const e = heading(doc, b.text, b.level ?? 1);
			entries.push(e);
			if (content.contents && e.level === 1) doc.outline.addItem(e.text);
		} else if (b.kind === 'text') {
			room(doc, 30);
			doc
				.font('regular')
				.fontSize(10)
				.fillColor(INK)
				.text(b.text, { width: width(doc) });
			doc.moveDown(0.4);
		} else if (b.kind === 'chart') chart(doc, b.svg);
		else table(doc, b);
	}
	if (content.contents) contents(doc, contentsAt, entries);
	const { start, count } = doc.bufferedPageRange();
	for (let i = start; i < start + count; i++) {
		doc.switchToPage(i);
		const bottom = doc.page.margins.bottom;
		doc.page.margins.bottom = 0;
		doc
			.font('regular')
			.fontSize(8)
			.fillColor(MUTED)
			.text(
				`${content.title} · ${content.source} · Ur Nära ${content.date} · Sida ${i + 1} av ${count}`,
				MARGIN,
				doc.page.height - MARGIN - 10,
				{ width: width(doc), lineBreak: false, ellipsis: true }
			);
		doc.page.margins.bottom = bottom;
	}
	doc.end();
	return done;
}
