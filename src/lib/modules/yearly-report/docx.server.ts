import {
	AlignmentType,
	Document,
	Footer,
	HeadingLevel,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableOfContents,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import { paragraphs, type Part, type ReportDocument } from './domain/document.ts';

/**
 * The yearly report as a Word document (DOCX) the leadership edits before it
 * goes on: Word's own heading styles (so its navigation pane and table of
 * contents work; Word fills the contents when the file is opened), the
 * narrative as plain paragraphs, every part's table with its source and
 * period, and page numbers at the foot. A4. Made with `docx` (decision 0009).
 */

const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm in twentieths of a point

const text = (t: string, options: { bold?: boolean; italics?: boolean } = {}) =>
	new TextRun({ text: t, ...options });

function cell(t: string, options: { bold?: boolean; number?: boolean }) {
	return new TableCell({
		children: [
			new Paragraph({
				alignment: options.number ? AlignmentType.RIGHT : AlignmentType.LEFT,
				children: [text(t, { bold: options.bold })]
			})
		]
	});
}

function table(p: Part): Table {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({
				tableHeader: true,
				children: p.columns.map((c) => cell(c.label, { bold: true, number: c.number }))
			}),
			...p.rows.map(
				(r) =>
					new TableRow({
						children: p.columns.map((c, i) => cell(r[i] ?? '', { number: c.number }))
					})
			)
		]
	});
}

function part(p: Part): (Paragraph | Table)[] {
	return [
		new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(p.heading)] }),
		new Paragraph({ children: [text(p.summary)] }),
		p.rows.length ? table(p) : new Paragraph({ children: [text(p.empty || 'Inget att visa.')] }),
		new Paragraph({ spacing: { after: 240 }, children: [text(p.note, { italics: true })] })
	];
}

/** The report as the bytes of a DOCX file. */
export async function reportDocx(doc: ReportDocument): Promise<Uint8Array> {
	const body = doc.sections.flatMap((s) => [
		new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(s.title)] }),
		...(s.narrative.text
			? paragraphs(s.narrative.text).map((t) => new Paragraph({ children: [text(t)] }))
			: [
					new Paragraph({
						children: [text('Ingen berättelse är skriven för avsnittet ännu.', { italics: true })]
					})
				]),
		...s.parts.flatMap(part)
	]);
	const file = new Document({
		creator: 'Nära',
		title: doc.title,
		description: doc.lead,
		features: { updateFields: true },
		styles: {
			default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'sv-SE' } } } }
		},
		sections: [
			{
				properties: {
					page: {
						size: A4,
						margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }
					}
				},
				footers: {
					default: new Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.CENTER,
								children: [
									new TextRun({
										children: [
											`${doc.title} · Sida `,
											PageNumber.CURRENT,
											' av ',
											PageNumber.TOTAL_PAGES
										]
									})
								]
							})
						]
					})
				},
				children: [
					new Paragraph({ heading: HeadingLevel.TITLE, children: [text(doc.title)] }),
					new Paragraph({ children: [text(doc.lead)] }),
					new Paragraph({ children: [text(doc.frame, { italics: true })] }),
					new Paragraph({ children: [text('Innehåll', { bold: true })] }),
					new TableOfContents('Innehåll', { hyperlink: true, headingStyleRange: '1-2' }),
					...body
				]
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(file));
}
