import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ExtractionError, type FormatResult, type MetadataValue } from './extract-types.ts';
import { fragmentBody, htmlToText } from './html-text.ts';
import { readZipDirectory, type ZipEntry } from './zip-directory.ts';

/** Word's XML is verbose, but a real document's parts stay far below this once inflated. */
const MAX_INFLATED_BYTES = 1024 * 1024 * 1024;

const CORE_PROPERTIES: readonly [string, string][] = [
  ['dc:title', 'title'],
  ['dc:creator', 'author'],
  ['cp:lastModifiedBy', 'lastModifiedBy'],
  ['dc:subject', 'subject'],
  ['cp:keywords', 'keywords'],
  ['dcterms:created', 'createdOn'],
  ['dcterms:modified', 'modifiedOn'],
];

function assertReadable(entries: ZipEntry[]): void {
  if (entries.some((entry) => entry.encrypted)) {
    throw new ExtractionError('encrypted', 'The DOCX has encrypted parts.');
  }
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new ExtractionError('malformed', 'The DOCX has no main document part (word/document.xml).');
  }
  const inflated = entries.reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (inflated > MAX_INFLATED_BYTES) {
    throw new ExtractionError(
      'too-large',
      `The DOCX would inflate to ${Math.round(inflated / 2 ** 20)} MiB.`,
    );
  }
}

/** The text of a simple XML element, with the five predefined entities and character references. */
function xmlElement(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  if (!match?.[1]) return undefined;
  return match[1]
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number.parseInt(decimal, 10)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** Title, author and dates from docProps/core.xml; Word's saved page count from docProps/app.xml. */
async function readProperties(bytes: Buffer): Promise<Record<string, MetadataValue>> {
  const zip = await JSZip.loadAsync(bytes);
  const metadata: Record<string, MetadataValue> = {};
  const core = await zip.file('docProps/core.xml')?.async('string');
  for (const [element, name] of CORE_PROPERTIES) {
    const value = core ? xmlElement(core, element) : undefined;
    if (value) metadata[name] = value;
  }
  const app = await zip.file('docProps/app.xml')?.async('string');
  const pages = app ? Number(xmlElement(app, 'Pages')) : Number.NaN;
  if (Number.isInteger(pages) && pages > 0) metadata.pageCount = pages;
  return metadata;
}

/** Images become empty <img> tags: their bytes are no text, and inlining them as data URIs costs. */
const SKIP_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * The text through mammoth's HTML rather than `extractRawText`, which drops footnotes and endnotes:
 * in court papers and reports they carry the sources. They follow the body, as Word prints them.
 */
async function documentText(bytes: Buffer): Promise<string> {
  const { value: html } = await mammoth.convertToHtml(
    { buffer: bytes },
    { convertImage: SKIP_IMAGES, externalFileAccess: false, ignoreEmptyParagraphs: true },
  );
  const body = fragmentBody(html);
  if (!body) return '';
  // The "↑" links back from each note to its reference are navigation, not text.
  const backLinks = body.querySelectorAll('a[href^="#footnote-ref"], a[href^="#endnote-ref"]');
  for (const backLink of Array.from(backLinks)) backLink.remove();
  return htmlToText(body);
}

/** The document's text with paragraphs apart, then its notes; title, author and dates. */
export async function extractDocx(bytes: Buffer): Promise<FormatResult> {
  assertReadable(readZipDirectory(bytes, 'DOCX'));
  try {
    const text = await documentText(bytes);
    const metadata = await readProperties(bytes);
    return { pages: [{ number: 1, text, ocr: false }], needsOcr: false, metadata, workingCopy: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExtractionError('malformed', `The DOCX cannot be read: ${reason}.`);
  }
}
