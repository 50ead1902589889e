import { renderReport, type Block } from '../../platform/pdf/report.ts';
import { initiativesSvg } from './charts.server.ts';
import { paragraphs, type ReportDocument } from './domain/document.ts';

/** The yearly report as a PDF (A4): a table of contents, then each section with its narrative and parts. */
export function reportPdf(doc: ReportDocument): Promise<Uint8Array> {
	const blocks: Block[] = doc.sections.flatMap((s): Block[] => [
		{ kind: 'heading', text: s.title },
		...(s.narrative.text
			? paragraphs(s.narrative.text).map((text): Block => ({ kind: 'text', text }))
			: [{ kind: 'text' as const, text: 'Ingen berättelse är skriven för avsnittet ännu.' }]),
		...s.parts.flatMap((p): Block[] => [
			{ kind: 'heading', text: p.heading, level: 2 },
			{ kind: 'text', text: p.summary },
			...(p.chart ? [{ kind: 'chart' as const, svg: initiativesSvg(p) }] : []),
			p.rows.length
				? { kind: 'table', columns: p.columns, rows: p.rows }
				: { kind: 'text', text: p.empty || 'Inget att visa.' },
			{ kind: 'text', text: p.note }
		])
	]);
	return renderReport({
		title: doc.title,
		lead: `${doc.lead}\n${doc.frame}`,
		source: 'Källor: se varje tabell',
		date: doc.date,
		blocks,
		contents: true
	});
}
