import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord } from '../export/cells.ts';
import { type CsvCell, CsvStreamParser, CsvSyntaxError, csvRecords, parseCsv } from './csv.ts';

describe('CSV reader', () => {
  it('reads what the export writes: BOM, quotes, line breaks, null apart from the empty string', () => {
    const record = { a: 'x,y', b: null, c: '', d: 'say "hi"\r\nbye', e: ['=b'] };
    const text = `\uFEFFa,b,c,d,e\r\n${csvRecord(record, ['a', 'b', 'c', 'd', 'e'])}`;
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c', 'd', 'e'],
      ['x,y', null, '', 'say "hi"\r\nbye', '["=b"]'],
    ]);
    expect(parseCsv('a,b\nc,\n')).toEqual([
      ['a', 'b'],
      ['c', null],
    ]);
  });

  it('names the line of a broken file', () => {
    expect(() => parseCsv('a\r\n"b\r\nc')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\r\nb"c\r\n')).toThrow('(line 2)');
  });

  it('ends records at CR, LF or CRLF, keeps a BOM after the start, and ends a trailing comma with null', () => {
    expect(parseCsv('a\rb\r\nc\n\nd,')).toEqual([['a'], ['b'], ['c'], [null], ['d', null]]);
    expect(parseCsv('\uFEFFa\n\uFEFFb')).toEqual([['a'], ['\uFEFFb']]);
    expect(parseCsv('')).toEqual([]);
  });
});

/** Pushes `text` cut at `cuts` (offsets, any order), then ends: all records, or the error's message. */
function pushInPieces(text: string, cuts: readonly number[]): CsvCell[][] | string {
  const parser = new CsvStreamParser();
  const records: CsvCell[][] = [];
  let from = 0;
  try {
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      records.push(...parser.push(text.slice(from, cut)));
      from = cut;
    }
    records.push(...parser.push(text.slice(from)), ...parser.end());
    return records;
  } catch (error) {
    return error instanceof CsvSyntaxError ? error.message : String(error);
  }
}

function whole(text: string): CsvCell[][] | string {
  try {
    return parseCsv(text);
  } catch (error) {
    return error instanceof CsvSyntaxError ? error.message : String(error);
  }
}

async function* source<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

async function collect(chunks: AsyncIterable<string | Uint8Array>): Promise<CsvCell[][]> {
  const records: CsvCell[][] = [];
  for await (const batch of csvRecords(chunks)) {
    expect(batch.length).toBeGreaterThan(0);
    records.push(...batch);
  }
  return records;
}

function cutBytes(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const ends = [...new Set([...cuts, bytes.length])].sort((a, b) => a - b);
  return ends.map((end, i) => bytes.subarray(i === 0 ? 0 : (ends[i - 1] ?? 0), end));
}

const cellArb = fc.oneof(
  fc.constant(null),
  fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', 'ж', '😀', '\uFEFF'), maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

/** A table and the CSV text for it, written as loosely as the format allows. */
const csvArb = fc
  .array(fc.array(fc.tuple(cellArb, fc.boolean()), { minLength: 1, maxLength: 5 }), { maxLength: 8 })
  .chain((rows) =>
    fc.record({
      rows: fc.constant(rows),
      ends: fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: rows.length, maxLength: rows.length }),
      bom: fc.boolean(),
      trailing: fc.boolean(),
    }),
  )
  .map(({ rows, ends, bom, trailing }) => {
    const field = ([cell, quote]: [CsvCell, boolean]) =>
      cell === null
        ? ''
        : quote || cell === '' || /[",\r\n]/.test(cell) || cell.startsWith('\uFEFF')
          ? `"${cell.replaceAll('"', '""')}"`
          : cell;
    const lines = rows.map((row) => row.map(field).join(','));
    // A last record of one empty field is only there when a line break follows it.
    const last = rows[rows.length - 1];
    const closed = trailing || (last?.length === 1 && last[0]?.[0] === null);
    let text = '';
    lines.forEach((line, i) => {
      // CR, then an empty line ended by LF, would read as one CRLF.
      if (line === '' && text.endsWith('\r') && !text.endsWith('\r\n')) text += '\n';
      text += line + (i < lines.length - 1 || closed ? ends[i] : '');
    });
    return { table: rows.map((row) => row.map(([cell]) => cell)), text: (bom ? '\uFEFF' : '') + text };
  });

const cutsArb = (length: number) => fc.array(fc.nat({ max: length }), { maxLength: 12 });

describe('CsvStreamParser', () => {
  it('gives the table back whatever pieces the text comes in', () => {
    fc.assert(
      fc.property(
        csvArb.chain((csv) => fc.tuple(fc.constant(csv), cutsArb(csv.text.length))),
        ([{ table, text }, cuts]) => {
          expect(parseCsv(text)).toEqual(table);
          expect(pushInPieces(text, cuts)).toEqual(table);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads any text in pieces as parseCsv reads it whole, errors and their lines included', () => {
    const textArb = fc.string({
      unit: fc.constantFrom('a', ',', '"', '\r', '\n', '\uFEFF', 'я'),
      maxLength: 24,
    });
    fc.assert(
      fc.property(
        textArb.chain((text) => fc.tuple(fc.constant(text), cutsArb(text.length))),
        ([text, cuts]) => {
          expect(pushInPieces(text, cuts)).toEqual(whole(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps the line count across pieces, a CRLF split between two of them counting once', () => {
    expect(pushInPieces('a\r', [])).toEqual([['a']]);
    expect(pushInPieces('a\r\nb"c', [2])).toBe('a quote inside an unquoted field (line 2)');
    expect(pushInPieces('a\r\n"b\nc\r\nd"x', [1, 2, 3, 5, 7])).toBe(
      'unexpected text after a quoted field (line 4)',
    );
    expect(pushInPieces('x\n"a""\nb', [5, 6])).toBe('a quoted field is never closed (line 2)');
    expect(pushInPieces('"a""b",c', [2, 3, 4])).toEqual([['a"b', 'c']]);
    expect(pushInPieces('a,', [1])).toEqual([['a', null]]);
  });

  it('hands back each record as soon as the piece that ends it arrives', () => {
    const parser = new CsvStreamParser();
    expect(parser.push('a,b\nc')).toEqual([['a', 'b']]);
    expect(parser.push(',"d\n')).toEqual([]);
    expect(parser.push('e"\r')).toEqual([['c', 'd\ne']]);
    expect(parser.push('\nf')).toEqual([]);
    expect(parser.line).toBe(4);
    expect(parser.end()).toEqual([['f']]);
  });
});

describe('csvRecords', () => {
  it('reads UTF-8 bytes cut anywhere, inside characters too', async () => {
    await fc.assert(
      fc.asyncProperty(
        csvArb.chain((csv) => {
          const bytes = new TextEncoder().encode(csv.text);
          return fc.tuple(fc.constant(csv.table), fc.constant(bytes), cutsArb(bytes.length));
        }),
        async ([table, bytes, cuts]) => {
          expect(await collect(source(cutBytes(bytes, cuts)))).toEqual(table);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads text chunks, and a multi-byte character cut byte by byte', async () => {
    expect(await collect(source(['\uFEFFa,', 'b\r', '\nc']))).toEqual([['a', 'b'], ['c']]);
    const bytes = new TextEncoder().encode('😀,Жанболат\n');
    expect(await collect(source([...bytes].map((byte) => new Uint8Array([byte]))))).toEqual([
      ['😀', 'Жанболат'],
    ]);
  });

  it('hands a large chunk on in several batches, not all at once', async () => {
    const text = 'ref,name\n'.repeat(50_000);
    const sizes: number[] = [];
    for await (const batch of csvRecords(source([text]))) sizes.push(batch.length);
    expect(sizes.length).toBeGreaterThan(5);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(50_000);
    const bytes = new TextEncoder().encode(text.replaceAll('name', 'имя'));
    expect(await collect(source([bytes]))).toEqual(parseCsv(text.replaceAll('name', 'имя')));
  });

  it('refuses bytes that are not UTF-8, naming the line they are on', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('name\nok\nJos'), 0xe9, 0x0a]);
    await expect(collect(source([latin1]))).rejects.toThrow('the file is not UTF-8 text (line 3)');
    await expect(collect(source(cutBytes(latin1, [4, 9, 11])))).rejects.toThrow(CsvSyntaxError);
    const cutShort = new TextEncoder().encode('a\n😀').subarray(0, 4);
    await expect(collect(source([cutShort]))).rejects.toThrow('not UTF-8 text (line 2)');
  });

  it('names the line of a quote error found chunks later', async () => {
    const chunks = ['h\n', '1\n"2', '\n', '\r\n3"', 'x\n'];
    await expect(collect(source(chunks))).rejects.toThrow('unexpected text after a quoted field (line 5)');
  });
});
