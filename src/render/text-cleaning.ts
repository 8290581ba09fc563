/**
 * Text as every format can hold it: XML 1.0 (DOCX) refuses most C0 controls, and an unpaired
 * surrogate has no UTF-8 form. A soft line break inside a paragraph is a space, as readers see it.
 * XML_FORBIDDEN: control characters other than tab, line feed and carriage return, and the two XML
 * non-characters.
 */
const XML_FORBIDDEN = /[^\P{Cc}\t\n\r]|[\uFFFE\uFFFF]/gu;
const LONE_SURROGATE = /\p{Cs}/gu;
const LINE_END = /\r\n|\r|\n/g;

export function cleanText(value: string): string {
  return value.replace(LINE_END, ' ').replace(XML_FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD');
}

const FOLLOWABLE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link as written when a reader may follow it safely (http, https, mailto), else null: the
 * Markdown is user-edited, and a javascript: or file: link in an exported letter would be an attack.
 */
export function safeLinkUrl(url: string): string | null {
  const trimmed = cleanText(url).trim();
  if (!URL.canParse(trimmed)) return null;
  return FOLLOWABLE_PROTOCOLS.has(new URL(trimmed).protocol) ? trimmed : null;
}
