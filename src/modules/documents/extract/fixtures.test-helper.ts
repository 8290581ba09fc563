/// <reference path="../../../render/pdfmake.d.ts" />
/// <reference path="./pdfmake-test.d.ts" />
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import pdfmake, { type Content, type DocumentDefinition } from 'pdfmake';
import { isFontFile, PDF_FONTS } from '../../../render/fonts.ts';
import { type Extracted, ExtractionError } from './extract.ts';
import { readJpegSegments } from './jpeg.ts';
import { ocrAvailable, withTempDir } from './ocr.ts';

const run = promisify(execFile);

/** A4 PDF with DejaVu embedded, one entry of `pages` per page, as Docket's renderer makes them. */
export async function pdfWithPages(
  pages: readonly string[],
  extra: Partial<DocumentDefinition> = {},
  fontSize = 11,
): Promise<Buffer> {
  const content: Content[] = pages.map((text, index) => ({
    text,
    ...(index < pages.length - 1 ? { pageBreak: 'after' as const } : {}),
  }));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(isFontFile);
  pdfmake.setFonts(structuredClone(PDF_FONTS));
  return pdfmake
    .createPdf({
      info: {
        title: 'Extraction test',
        author: 'Docket tests',
        creationDate: new Date('2024-03-12T09:30:00Z'),
      },
      pageSize: 'A4',
      defaultStyle: { font: 'DejaVuSans', fontSize },
      content,
      ...extra,
    })
    .getBuffer();
}

/** The top `heightPoints` of a PDF's first page as an image, as a scanner would deliver it. */
export async function rasterTop(
  pdf: Buffer,
  format: 'png' | 'jpeg',
  heightPoints: number,
  dpi = 200,
): Promise<Buffer> {
  return withTempDir(async (directory) => {
    await writeFile(join(directory, 'in.pdf'), pdf);
    const pixels = Math.round((heightPoints / 72) * dpi);
    const width = Math.round((595 / 72) * dpi);
    const args = ['-r', String(dpi), '-gray', '-singlefile', '-f', '1', '-l', '1'];
    args.push('-x', '0', '-y', '0', '-W', String(width), '-H', String(pixels), `-${format}`);
    await run('pdftoppm', [...args, join(directory, 'in.pdf'), join(directory, 'out')]);
    return readFile(join(directory, format === 'png' ? 'out.png' : 'out.jpg'));
  });
}

/**
 * An image-only PDF, as a scanner makes: one page the size of a JPEG (at `dpi`) that paints it, and
 * no text layer. Written by hand because pdfmake's image support is not declared here.
 */
export function imageOnlyPdf(jpeg: Buffer, dpi: number): Buffer {
  const frame = readJpegSegments(jpeg).find((segment) => segment.marker === 0xc0);
  if (!frame) throw new Error('expected a baseline JPEG');
  const height = frame.bytes.readUInt16BE(5);
  const width = frame.bytes.readUInt16BE(7);
  const colours = frame.bytes[9] === 1 ? '/DeviceGray' : '/DeviceRGB';
  const points = (pixels: number) => ((pixels / dpi) * 72).toFixed(2);
  const drawing = `q ${points(width)} 0 0 ${points(height)} 0 0 cm /Scan Do Q`;
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${points(width)} ${points(height)}] ` +
        '/Resources << /XObject << /Scan 4 0 R >> >> /Contents 5 0 R >>',
    ),
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${colours} ` +
          `/BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      ),
      jpeg,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from(`<< /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]?.length ?? 0;
  objects.forEach((body, index) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    length += object.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
  ].join('');
  return Buffer.concat([...parts, Buffer.from(xref)]);
}

/** A DOCX with a title, an author, paragraphs and one footnote. */
export async function docxWith(paragraphs: readonly string[], footnote: string): Promise<Buffer> {
  const document = new Document({
    title: 'Протокол допроса',
    creator: 'Docket tests',
    footnotes: { 1: { children: [new Paragraph(footnote)] } },
    sections: [
      {
        children: paragraphs.map(
          (text, index) =>
            new Paragraph({
              children: [new TextRun(text), ...(index === 0 ? [new FootnoteReferenceRun(1)] : [])],
            }),
        ),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A mono 16-bit PCM WAV of `seconds` of a 440 Hz tone. */
export function wav(seconds: number, sampleRate = 8000): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write('RIFF', 0, 'latin1');
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write('WAVEfmt ', 8, 'latin1');
  buffer.writeUInt32LE(16, 16); // fmt chunk size
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * 2, 28); // bytes per second
  buffer.writeUInt16LE(2, 32); // bytes per frame
  buffer.writeUInt16LE(16, 34); // bits per sample
  buffer.write('data', 36, 'latin1');
  buffer.writeUInt32LE(samples * 2, 40);
  for (let index = 0; index < samples; index++) {
    buffer.writeInt16LE(
      Math.round(Math.sin((2 * Math.PI * 440 * index) / sampleRate) * 8000),
      44 + index * 2,
    );
  }
  return buffer;
}

/** Bytes no format claims: every value 0–255 in a scrambled order, so NUL bytes included. */
export function garbage(length = 4096): Buffer {
  return Buffer.from(Array.from({ length }, (_, index) => (index * 7919 + 13) % 256));
}

/**
 * Whether tesseract (with the Russian and Kazakh models) and pdftoppm are here. Under CI=true their
 * absence fails the run, since `.ci/run` installs them; locally it skips with a loud notice.
 */
export async function ocrToolsPresent(): Promise<boolean> {
  const { languages } = await ocrAvailable();
  const missing = ['rus', 'kaz', 'eng'].filter((code) => !languages.includes(code));
  const poppler = await run('pdftoppm', ['-v']).then(
    () => true,
    () => false,
  );
  if (!poppler) missing.push('pdftoppm (poppler-utils)');
  if (missing.length === 0) return true;
  const reason = `OCR tools missing: ${missing.join(', ')}`;
  if (process.env.CI === 'true') throw new Error(`${reason}. They are required under CI=true.`);
  process.stderr.write(
    `\n!! ${reason}: the OCR and image tests are SKIPPED. Install tesseract-ocr and poppler-utils.\n\n`,
  );
  return false;
}

/** The ExtractionError a promise rejects with; anything else (or success) fails the test. */
export async function rejection(promise: Promise<Extracted>): Promise<ExtractionError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ExtractionError)) {
    throw new Error(`expected an ExtractionError, got ${error === undefined ? 'a result' : String(error)}`);
  }
  return error;
}
