import { existsSync } from 'node:fs';

/**
 * The font the follow-up's PNG and PDF files are drawn with: a TrueType font
 * with Swedish letters (å, ä, ö), the minus sign and the non-breaking space,
 * from the server's fonts (Debian/Ubuntu: fonts-dejavu-core or
 * fonts-liberation). Without one there is no PNG or PDF, and the error says
 * which package to install.
 */

const CANDIDATES = [
	{
		regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
		bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
		family: 'DejaVu Sans'
	},
	{
		regular: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
		bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
		family: 'Liberation Sans'
	}
];

export interface ReportFont {
	regular: string;
	bold: string;
	family: string;
}

let found: ReportFont | undefined;

export function reportFont(): ReportFont {
	found ??= CANDIDATES.find((c) => existsSync(c.regular) && existsSync(c.bold));
	if (!found)
		throw new Error(
			'Inget typsnitt med svenska tecken hittades för PNG och PDF: installera fonts-dejavu-core.'
		);
	return found;
}
