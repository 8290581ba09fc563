import fs, { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx, XLSX_BATCH_SIZE, XlsxReadError, type XlsxRow, xlsxRows } from './xlsx.ts';

async function* pieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function streamed(input: AsyncIterable<Uint8Array> | NodeJS.ReadableStream): Promise<XlsxRow[]> {
  const rows: XlsxRow[] = [];
  for await (const batch of xlsxRows(input)) {
    expect(batch.length).toBeGreaterThan(0);
    expect(batch.length).toBeLessThanOrEqual(XLSX_BATCH_SIZE);
    rows.push(...batch);
  }
  return rows;
}

/** readXlsx's table as numbered rows, without the empty ones the stream leaves out. */
async function loaded(bytes: Uint8Array): Promise<XlsxRow[]> {
  const table = await readXlsx(bytes);
  return table.map((cells, i) => ({ row: i + 1, cells })).filter(({ cells }) => cells.length > 0);
}

async function bytesOf(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A workbook with every kind of cell the importer meets, and a second sheet that must be ignored. */
async function sample(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('People');
  sheet.addRow(['No.', 'Full name', 'Born', 'Height', 'Note', 'Formula', 'Text formula', 'Date formula']);
  sheet.addRow([
    'X-1',
    'Жанболат Мамай',
    new Date(Date.UTC(1988, 9, 1)),
    1.75,
    { richText: [{ text: 'Мам' }, { text: 'ай', font: { bold: true } }] },
    { formula: '1+1', result: 2 },
    { formula: '"a"&"b"', result: 'ab' },
    { formula: 'DATE(2022,1,5)', result: new Date(Date.UTC(2022, 0, 5)) },
  ]);
  sheet.getCell('H2').numFmt = 'dd.mm.yyyy';
  sheet.addRow(['X-2', { text: 'Азиз', hyperlink: 'https://example.org' }, null, -3, '', null, null, null]);
  // Rows 4 and 5 stay empty; row 6 ends with empty cells.
  sheet.getCell('A6').value = 'X-3';
  sheet.getCell('C6').value = 'Quotes "and" <tags> & ampersands';
  sheet.getCell('H6').value = null;
  sheet.getCell('A7').value = { sharedFormula: 'H2', result: new Date(Date.UTC(2022, 0, 6)) };
  sheet.getCell('A7').numFmt = 'yyyy-mm-dd';
  book.addWorksheet('Ignored').addRow(['not', 'read']);
  return bytesOf(book);
}

/**
 * The same zip with its entries rearranged (or some left out), as other programs order them. Each
 * entry's bytes are copied as they are; only the offsets that point at them change.
 */
function rezip(zip: Uint8Array, arrange: (names: string[]) => string[]): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const directoryStart = view.getUint32(end + 16, true);
  const entries: Array<{ name: string; header: Uint8Array; offset: number }> = [];
  for (let at = directoryStart; at < end; ) {
    const length =
      46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)));
    entries.push({ name, header: zip.slice(at, at + length), offset: view.getUint32(at + 42, true) });
    at += length;
  }
  const starts = [...entries.map((entry) => entry.offset), directoryStart].sort((a, b) => a - b);
  const body = (offset: number) => zip.subarray(offset, starts[starts.indexOf(offset) + 1]);
  const chosen = arrange(entries.map((entry) => entry.name)).map((name) => {
    const entry = entries.find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`no entry ${name}`);
    return entry;
  });
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const entry of chosen) {
    new DataView(entry.header.buffer).setUint32(42, offset, true);
    parts.push(body(entry.offset));
    offset += body(entry.offset).length;
  }
  const directory = chosen.map((entry) => entry.header);
  const tail = zip.slice(end);
  const tailView = new DataView(tail.buffer);
  tailView.setUint16(8, chosen.length, true);
  tailView.setUint16(10, chosen.length, true);
  tailView.setUint32(
    12,
    directory.reduce((sum, header) => sum + header.length, 0),
    true,
  );
  tailView.setUint32(16, offset, true);
  return Buffer.concat([...parts, ...directory, tail]);
}

/**
 * Where a cut tells most: at each part, just after its signature and after its header (exceljs
 * used to take a file cut there for a whole one), at the zip's closing directory and its last
 * record, and every few KiB inside the parts (a cut inside a sheet exceljs is reading used to hang).
 */
function cutPoints(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const points: number[] = [];
  let directory = false;
  for (let at = 0; at + 30 <= zip.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) {
      points.push(at, at + 4, at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true));
    } else if ((signature === 0x02014b50 && !directory) || signature === 0x06054b50) {
      directory = true;
      points.push(at, at + 4);
    }
  }
  for (let at = 1; at < zip.length; at += 4999) points.push(at);
  return [...new Set(points)].filter((end) => end > 0 && end < zip.length).sort((a, b) => a - b);
}

const sheetsLast = (names: string[]) => [
  ...names.filter((name) => !name.includes('worksheets/')),
  ...names.filter((name) => name.includes('worksheets/')),
];

describe('xlsxRows', () => {
  it('gives the rows readXlsx gives, numbered, in any chunk sizes', async () => {
    const bytes = await sample();
    const expected = await loaded(bytes);
    expect(expected.map(({ row }) => row)).toEqual([1, 2, 3, 6, 7]);
    expect(expected[1]?.cells).toEqual([
      'X-1',
      'Жанболат Мамай',
      '1988-10-01',
      '1.75',
      'Мамай',
      '2',
      'ab',
      '2022-01-05',
    ]);
    expect(expected[2]?.cells).toEqual(['X-2', 'Азиз', null, '-3']);
    expect(expected[4]?.cells).toEqual(['2022-01-06']);
    for (const size of [1, 777, bytes.length]) expect(await streamed(pieces(bytes, size))).toEqual(expected);
  });

  it('reads the first tab, whichever file holds it, and sheets exceljs streams or parks alike', async () => {
    const book = new ExcelJS.Workbook();
    const later = book.addWorksheet('Second tab');
    const first = book.addWorksheet('First tab');
    // The tab order exceljs writes; its types leave the property out.
    Reflect.set(first, 'orderNo', 0);
    later.addRow(['not read']);
    first.addRow(['header', 'Ünïcödé']);
    first.addRow([7, new Date(Date.UTC(2000, 1, 29))]);
    const bytes = await bytesOf(book);
    const expected = await loaded(bytes);
    expect(expected).toEqual([
      { row: 1, cells: ['header', 'Ünïcödé'] },
      { row: 2, cells: ['7', '2000-02-29'] },
    ]);
    expect(await streamed(pieces(bytes, 512))).toEqual(expected);
    // Shared strings and the workbook before the sheets: exceljs then reads each sheet as it comes.
    const reordered = rezip(bytes, sheetsLast);
    expect(await loaded(reordered)).toEqual(expected);
    expect(await streamed(pieces(reordered, 512))).toEqual(expected);
    expect(await streamed(pieces(rezip(await sample(), sheetsLast), 300))).toEqual(
      await loaded(await sample()),
    );
    // An empty first tab has no rows; the next tab does not stand in for it.
    const emptyFirst = new ExcelJS.Workbook();
    emptyFirst.addWorksheet('Empty');
    emptyFirst.addWorksheet('Full').addRow(['not read']);
    const emptyBytes = await bytesOf(emptyFirst);
    expect(await loaded(emptyBytes)).toEqual([]);
    expect(await streamed(pieces(emptyBytes, 1000))).toEqual([]);
  });

  it('keeps characters whole where exceljs chunks cut them, in shared strings and in sheets', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Имена');
    for (let i = 1; i <= 3000; i += 1) {
      const name = `Жанболат Мамай ${i} — 😀 Ўзбекистон`;
      sheet.addRow([name, { formula: `"${i}"`, result: `Қазақстан ${i} №` }]);
    }
    const bytes = await bytesOf(book);
    const expected = await loaded(bytes);
    expect(expected[2999]?.cells).toEqual(['Жанболат Мамай 3000 — 😀 Ўзбекистон', 'Қазақстан 3000 №']);
    expect(await streamed(pieces(bytes, 64 * 1024))).toEqual(expected);
    expect(await streamed(pieces(rezip(bytes, sheetsLast), 64 * 1024))).toEqual(expected);
  });

  it('reads every part when the unzipper ends early while exceljs is still writing a parked sheet', async () => {
    // exceljs waits for each sheet it parks in a temporary file to be written; slowing that makes
    // the unzipper's early 'end' (see mendUnzipper) come while the parts after it still wait.
    const createWriteStream = fs.createWriteStream;
    fs.createWriteStream = (...args: Parameters<typeof fs.createWriteStream>) => {
      const stream = createWriteStream(...args);
      const emit = stream.emit.bind(stream);
      stream.emit = (event: string | symbol, ...rest: unknown[]): boolean => {
        if (event !== 'finish') return emit(event, ...rest);
        setTimeout(() => emit(event, ...rest), 30);
        return true;
      };
      return stream;
    };
    try {
      const bytes = await sample();
      expect(await streamed(pieces(bytes, bytes.length))).toEqual(await loaded(bytes));
    } finally {
      fs.createWriteStream = createWriteStream;
    }
  });

  it('reads a Node stream, a file stream among them', async () => {
    const bytes = await sample();
    const expected = await loaded(bytes);
    expect(await streamed(Readable.from([Buffer.from(bytes)]))).toEqual(expected);
    const dir = await mkdtemp(join(tmpdir(), 'docket-xlsx-'));
    try {
      await writeFile(join(dir, 'people.xlsx'), bytes);
      expect(await streamed(createReadStream(join(dir, 'people.xlsx'), { highWaterMark: 1024 }))).toEqual(
        expected,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('hands rows on in batches of at most a thousand, and can be left early', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Many');
    for (let i = 1; i <= 2501; i += 1) sheet.addRow([`P-${i}`, i]);
    const bytes = await bytesOf(book);
    const sizes: number[] = [];
    let last = 0;
    for await (const batch of xlsxRows(pieces(bytes, 4096))) {
      sizes.push(batch.length);
      for (const { row } of batch) {
        last += 1;
        expect(row).toBe(last);
      }
    }
    expect(sizes).toEqual([1000, 1000, 501]);
    // Sheets after the shared strings, in small chunks: most of the input is still unread here.
    const input = Readable.from(pieces(rezip(bytes, sheetsLast), 64));
    for await (const batch of xlsxRows(input)) {
      expect(batch[0]).toEqual({ row: 1, cells: ['P-1', '1'] });
      break;
    }
    // Node ends a stream left mid-way with an AbortError; what matters is that it is closed.
    await finished(input).catch(() => undefined);
    expect(input.destroyed).toBe(true);
  });

  it('refuses what is not a workbook with an XlsxReadError, without hanging', async () => {
    const bytes = await sample();
    const text = new TextEncoder().encode('No.,Full name\r\n');
    await expect(streamed(pieces(text, 5))).rejects.toThrow(
      new XlsxReadError('the file is not an XLSX workbook, or it is damaged'),
    );
    await expect(streamed(pieces(new Uint8Array(0), 1))).rejects.toThrow(
      new XlsxReadError('the file is empty'),
    );
    const noSheets = rezip(bytes, (names) => names.filter((name) => !name.includes('worksheets/')));
    await expect(streamed(pieces(noSheets, 1000))).rejects.toThrow(
      new XlsxReadError('the workbook has no worksheet'),
    );
  });

  it('says a file is cut short wherever it ends, without hanging', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('People');
    for (let i = 1; i <= 3000; i += 1)
      sheet.addRow([`Жанболат ${i}`, i, new Date(Date.UTC(2000, 0, i % 300))]);
    book.addWorksheet('Ignored').addRow(['x']);
    const parked = await bytesOf(book);
    const cutShort = new XlsxReadError('the file ends too soon; it may be cut short');
    for (const whole of [parked, rezip(parked, sheetsLast)]) {
      for (const end of cutPoints(whole)) {
        await expect(streamed(pieces(whole.subarray(0, end), 4096)), `cut at ${end}`).rejects.toThrow(
          cutShort,
        );
      }
    }
  });

  it('passes on the error of a source that fails, rather than waiting for it', async () => {
    const bytes = await sample();
    const lost = new Error('connection reset');
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield bytes.subarray(0, 2000);
      throw lost;
    }
    await expect(streamed(failing())).rejects.toBe(lost);
    const stream = new Readable({ read() {} });
    stream.push(Buffer.from(bytes.subarray(0, 2000)));
    const reading = streamed(stream);
    await new Promise((resolve) => setTimeout(resolve, 50));
    stream.destroy(lost);
    await expect(reading).rejects.toBe(lost);
  });

  it('cannot tell a TRUE or #N/A formula result from a number, as exceljs streams them', async () => {
    const book = new ExcelJS.Workbook();
    book
      .addWorksheet('Results')
      .addRow([{ formula: '1=1', result: true }, { formula: 'NA()', result: { error: '#N/A' } }, 'end']);
    const bytes = await bytesOf(book);
    expect(await loaded(bytes)).toEqual([{ row: 1, cells: ['true', '#N/A', 'end'] }]);
    expect(await streamed(pieces(bytes, 1000))).toEqual([{ row: 1, cells: ['1', null, 'end'] }]);
  });
});
