import QRCode from 'qrcode';

/**
 * A QR code of a round's answer address as SVG, for the screen and for
 * print: black on white, a quiet zone, scaled by its container.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
	const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
	const escaped = label.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
	return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" class="qr" `);
}
