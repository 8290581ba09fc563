import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JSON_BATCH_SIZE, JsonReadError, jsonRecords } from './json-records.ts';

async function* source<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** Cuts `whole` (text or bytes) at the given offsets. */
function cut<T extends string | Uint8Array>(whole: T, cuts: readonly number[]): T[] {
  const ends = [...new Set([...cuts, whole.length])].sort((a, b) => a - b);
  return ends.map((end, i) => whole.slice(i === 0 ? 0 : (ends[i - 1] ?? 0), end) as T);
}

async function read(chunks: ReadonlyArray<string | Uint8Array>, type = 'persons'): Promise<unknown[]> {
  const records: unknown[] = [];
  for await (const batch of jsonRecords(source(chunks), type)) {
    expect(batch.length).toBeGreaterThan(0);
    expect(batch.length).toBeLessThanOrEqual(JSON_BATCH_SIZE);
    records.push(...batch);
  }
  return records;
}

/** What the export writes: docket first, one record per line, the count last. */
function exportText(
  records: readonly unknown[],
  type = 'persons',
  count: number | null = records.length,
): string {
  const docket = { type, formatVersion: 1, exportedAt: '2024-01-01T00:00:00.000Z', filters: {} };
  const lines = records.map((record, i) => `${i === 0 ? '' : ','}\n${JSON.stringify(record)}`).join('');
  const tail = count === null ? '' : `,"count":${count}`;
  return `{"docket":${JSON.stringify(docket)},"records":[${lines}${records.length === 0 ? '' : '\n'}]${tail}}\n`;
}

const recordsArb = fc.array(
  fc.dictionary(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
  { maxLength: 12 },
);

const ws = fc.constantFrom('', ' ', '\n', '\r\n', '\t ');

/** The records in one of the layouts a file may have: a plain array, or the envelope in any key order. */
const fileArb = recordsArb.chain((records) =>
  fc
    .oneof(
      fc.constant(exportText(records)),
      fc.constant(JSON.stringify(records)),
      fc.constant(JSON.stringify(records, null, 2)),
      fc
        .tuple(
          fc.shuffledSubarray(['docket', 'records', 'count', 'extra'], { minLength: 4, maxLength: 4 }),
          fc.array(ws, { minLength: 12, maxLength: 12 }),
        )
        .map(([keys, spaces]) => {
          const values: Record<string, unknown> = {
            docket: { type: 'persons', formatVersion: 1 },
            records,
            count: records.length,
            extra: { note: ['"]}', { '[': '{' }] },
          };
          const members = keys.map(
            (key, i) => `${spaces[i]}"${key}"${spaces[i + 4]}:${JSON.stringify(values[key])}`,
          );
          return `${spaces[8]}{${members.join(',')}${spaces[9]}}${spaces[10]}`;
        }),
    )
    .map((text) => ({ text, records: JSON.parse(JSON.stringify(records)) as unknown[] })),
);

describe('jsonRecords', () => {
  it('gives exactly the records JSON.parse would, whatever pieces the text comes in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fileArb.chain((file) =>
          fc.tuple(fc.constant(file), fc.array(fc.nat({ max: file.text.length }), { maxLength: 10 })),
        ),
        async ([{ text, records }, cuts]) => {
          expect(await read(cut(text, cuts))).toEqual(records);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads UTF-8 bytes cut anywhere, inside characters and escapes too', async () => {
    await fc.assert(
      fc.asyncProperty(
        fileArb.chain(({ text, records }) => {
          const bytes = new TextEncoder().encode(`\uFEFF${text}`);
          return fc.tuple(fc.constant(records), fc.constant(bytes), fc.array(fc.nat({ max: bytes.length })));
        }),
        async ([records, bytes, cuts]) => {
          expect(await read(cut(bytes, cuts))).toEqual(records);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hands records on in batches of at most a thousand', async () => {
    const records = Array.from({ length: 2500 }, (_, i) => ({
      ref: `P-${i}`,
      names: [{ text: 'Жанболат' }],
    }));
    const sizes: number[] = [];
    for await (const batch of jsonRecords(source([exportText(records)]), 'persons')) sizes.push(batch.length);
    expect(sizes).toEqual([1000, 1000, 500]);
  });

  it('accepts an export without its count, an empty one, and extra keys anywhere', async () => {
    expect(await read([exportText([{ a: 1 }, { b: 2 }], 'persons', null)])).toEqual([{ a: 1 }, { b: 2 }]);
    expect(await read([exportText([])])).toEqual([]);
    expect(await read(['[]'])).toEqual([]);
    const text = '{"x":[1,{"y":"]}"}],"records":[{"a":"\\"},"}],"docket":{"type":"persons"},"z":null}';
    expect(await read(cut(text, [5, 17, 31]))).toEqual([{ a: '"},' }]);
  });

  it('says which type a file holds when it is not the one imported', async () => {
    await expect(read([exportText([{ a: 1 }], 'cases')])).rejects.toThrow(
      new JsonReadError('The file holds cases, not persons'),
    );
    const docketLast = '{"records":[{"a":1}],"docket":{"type":"cases"}}';
    await expect(read([docketLast])).rejects.toThrow('The file holds cases, not persons');
  });

  it('refuses a file whose count does not match its records', async () => {
    await expect(read([exportText([{ a: 1 }, { a: 2 }], 'persons', 3)])).rejects.toThrow(
      new JsonReadError('The file says it holds 3 records but has 2; it may be cut short'),
    );
  });

  it('says a file that stops early is cut short, wherever it stops', async () => {
    const text = exportText([
      { id: 1, names: ['a', 'b'] },
      { id: 2, note: 'x]}' },
    ]);
    for (let end = 0; end < text.trimEnd().length; end += 1) {
      const error = read([text.slice(0, end)]).then(
        () => 'read',
        (e: unknown) => (e instanceof JsonReadError ? e.message : String(e)),
      );
      expect(await error, text.slice(0, end)).toMatch(end === 0 ? /the file is empty/ : /cut short/);
    }
    await expect(read(['[{"a":1},\n{"a":'])).rejects.toThrow(
      'Not valid JSON: the file ends too soon; it may be cut short (line 2)',
    );
  });

  it('refuses other shapes', async () => {
    const shape = 'Expected a Docket export ({"docket":…,"records":[…]}) or an array of records';
    const others = [
      '42',
      '"persons"',
      'null',
      ' true ',
      '{}',
      '{"foo":1}',
      '{"docket":{"type":"persons"}}',
      '{"records":[]}',
      '{"docket":1,"records":[]}',
      '{"docket":{"type":7},"records":[]}',
      '{"docket":{"type":"persons"},"records":{}}',
      '{"docket":{"type":"persons"},"records":[],"count":-1}',
      '{"docket":{"type":"persons"},"records":[],"count":1.5}',
      '{"docket":{"type":"persons"},"records":[],"count":"0"}',
    ];
    for (const text of others) await expect(read([text]), text).rejects.toThrow(new JsonReadError(shape));
  });

  it('names the line of a syntax error', async () => {
    const cases: Array<[string, string]> = [
      ['', 'Not valid JSON: the file is empty (line 1)'],
      ['[\n{"a":1},\n{"a":tru}\n]', "Not valid JSON: Unexpected token '}' (line 3)"],
      ['[\n{"a":1},\n{"a"\n 1}]', "Not valid JSON: Expected ':' after property name (line 4)"],
      ['[{"a":[1}]', "Not valid JSON: unexpected '}' (line 1)"],
      ['[{"a":1},\n]', "Not valid JSON: unexpected ']' (line 2)"],
      ['[,{"a":1}]', "Not valid JSON: unexpected ',' (line 1)"],
      ['[{"a":1}]\n\nx', 'Not valid JSON: unexpected text after the end of the data (line 3)'],
      ['{"docket" {"type":"persons"}}', "Not valid JSON: unexpected '}' (line 1)"],
      ['{"docket":{"type":"persons"},}', "Not valid JSON: unexpected '}' (line 1)"],
      ['{docket:1}', "Not valid JSON: unexpected 'd' (line 1)"],
      ['{\n 😀:1}', "Not valid JSON: unexpected '😀' (line 2)"],
      ['nope', 'Not valid JSON: Unexpected token'],
    ];
    for (const [text, message] of cases) {
      for (const chunks of [[text], cut(text, [1, 2, 3, 5, 8, 13])]) {
        await expect(read(chunks), text).rejects.toThrow(message);
      }
    }
  });

  it('refuses bytes that are not UTF-8', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('[{"a":1},\n{"a":"Jos'),
      0xe9,
      ...new TextEncoder().encode('"}]'),
    ]);
    await expect(read([bytes])).rejects.toThrow('Not valid JSON: the file is not UTF-8 text (line 2)');
    await expect(read(cut(bytes, [3, 12, 19]))).rejects.toThrow(JsonReadError);
  });

  it('refuses a file with two record arrays', async () => {
    await expect(read(['{"docket":{"type":"persons"},"records":[],"records":[]}'])).rejects.toThrow(
      JsonReadError,
    );
  });
});
