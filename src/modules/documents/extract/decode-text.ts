import { ExtractionError } from './extract-types.ts';

/** A charset an HTML page declares in its first kilobyte, as browsers pre-scan for it. */
function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.toString('latin1', 0, 1024);
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
}

function decode(bytes: Uint8Array, label: string): string {
  return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
}

/**
 * Text is UTF-8 (with or without a BOM) or UTF-16 with a BOM; an HTML page may also declare another
 * charset. Anything else is refused as 'malformed' rather than guessed: Windows-1251 and KOI8-R look
 * alike byte for byte, and a wrong guess would store mojibake as the evidence's text.
 */
export function decodeText(bytes: Buffer, options: { html: boolean }): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeOrThrow(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeOrThrow(bytes, 'utf-16be');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeOrThrow(bytes, 'utf-8');
  const charset = options.html ? declaredCharset(bytes) : undefined;
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && isKnownLabel(charset)) {
    return decodeOrThrow(bytes, charset);
  }
  return decodeOrThrow(bytes, 'utf-8');
}

function isKnownLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function decodeOrThrow(bytes: Buffer, label: string): string {
  try {
    return decode(bytes, label);
  } catch {
    const advice =
      label === 'utf-8' ? ' Save it as UTF-8; legacy encodings such as Windows-1251 are not guessed.' : '';
    throw new ExtractionError('malformed', `The text is not valid ${label.toUpperCase()}.${advice}`);
  }
}
