import QRCode from 'qrcode';

/**
 * QR codes for TOTP enrollment (the `otpauth://` URI): drawn locally, since sending a secret to an
 * online QR service would hand it to a third party.
 */

/** Medium error correction: survives a smudged screen, while a typical otpauth URI stays small. */
export const QR_ERROR_CORRECTION = 'M';
/** The four-module quiet zone the QR standard asks for, so phone cameras find the code. */
export const SVG_QR_MARGIN = 4;

/**
 * The code as text for a terminal, two module rows a line with half blocks, in black on a white
 * background whatever the terminal's colours (the renderer draws a one-module white border).
 */
export function terminalQr(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'terminal', small: true, errorCorrectionLevel: QR_ERROR_CORRECTION });
}

/** The code as a standalone SVG document that scales with its container (viewBox, no fixed size). */
export function svgQr(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    margin: SVG_QR_MARGIN,
    errorCorrectionLevel: QR_ERROR_CORRECTION,
  });
}
