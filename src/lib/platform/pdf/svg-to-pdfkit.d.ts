declare module 'svg-to-pdfkit' {
	import type PDFDocument from 'pdfkit';
	export default function SVGtoPDF(
		doc: PDFDocument,
		svg: string,
		x: number,
		y: number,
		options?: {
			width?: number;
			height?: number;
			preserveAspectRatio?: string;
			fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
		}
	): void;
}
