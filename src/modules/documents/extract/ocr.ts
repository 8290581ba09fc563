import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One page of OCR is seconds; a page that takes minutes is stuck, not slow. */
const OCR_TIMEOUT_MS = 180_000;
const RASTER_TIMEOUT_MS = 120_000;
/** Tesseract's text for one page is small; pdftoppm writes its image to a file, not stdout. */
const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;
/** Language codes go into `-l a+b`: letters, digits and underscores only (uzb_cyrl, chi_sim). */
const LANGUAGE_CODE = /^[A-Za-z0-9_]+$/;

export interface OcrStatus {
  available: boolean;
  languages: string[];
}

/** Whether tesseract runs here and which languages it has (`tesseract --list-langs`), without `osd`. */
export async function ocrAvailable(): Promise<OcrStatus> {
  try {
    const { stdout } = await run('tesseract', ['--list-langs'], { timeout: 30_000 });
    const languages = stdout
      .split('\n')
      .slice(1) // "List of available languages in …"
      .map((line) => line.trim())
      .filter((code) => LANGUAGE_CODE.test(code) && code !== 'osd');
    return { available: languages.length > 0, languages };
  } catch {
    return { available: false, languages: [] };
  }
}

/** A tesseract run with the languages that were asked for and are installed. */
export interface OcrEngine {
  languages: string[];
  recognize(imagePath: string, signal: AbortSignal | undefined): Promise<string>;
}

/**
 * The OCR engine for these options, or null when OCR is off, tesseract is missing or none of the
 * requested languages is installed: the caller then marks pages `needsOcr`.
 */
export async function openOcr(requested: string[] | false): Promise<OcrEngine | null> {
  if (requested === false) return null;
  const status = await ocrAvailable();
  const installed = new Set(status.languages);
  const languages = requested.filter((code) => LANGUAGE_CODE.test(code) && installed.has(code));
  if (languages.length === 0) return null;
  return {
    languages,
    recognize: async (imagePath, signal) => {
      const { stdout } = await run('tesseract', [imagePath, 'stdout', '-l', languages.join('+')], {
        signal,
        timeout: OCR_TIMEOUT_MS,
        maxBuffer: MAX_OUTPUT_BYTES,
        // Tesseract's OpenMP threads fight each other (and parallel workers) on a small machine;
        // one thread per process is its maintainers' advice for batch work.
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      });
      return tidyOcrText(stdout);
    },
  };
}

/** Tesseract ends each page with a form feed and leaves runs of blank lines between blocks. */
function tidyOcrText(text: string): string {
  return text
    .replace(/\f/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Renders one PDF page to a grey PNG at 300 dpi, the resolution tesseract is tuned for. */
export async function rasterizePdfPage(
  pdfPath: string,
  pageNumber: number,
  outputPrefix: string,
  signal: AbortSignal | undefined,
): Promise<string> {
  const page = String(pageNumber);
  await run(
    'pdftoppm',
    ['-r', '300', '-f', page, '-l', page, '-png', '-gray', '-singlefile', pdfPath, outputPrefix],
    { signal, timeout: RASTER_TIMEOUT_MS, maxBuffer: MAX_OUTPUT_BYTES },
  );
  return `${outputPrefix}.png`;
}

/** A private temporary directory for the work, removed afterwards whatever happens. */
export async function withTempDir<T>(work: (directory: string) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(join(tmpdir(), 'docket-extract-'));
  try {
    return await work(directory);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
