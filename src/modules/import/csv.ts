/**
 * A small RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside quotes,
 * CRLF, LF or lone CR record ends, an optional UTF-8 byte-order mark. `null` marks an unquoted empty
 * field, so it stays apart from a quoted empty string (`""`), as the export writes them.
 * `CsvStreamParser` reads text in pieces, so a large file never has to be held whole; `parseCsv` is
 * the same parser given all the text at once.
 */
export type CsvCell = string | null;

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`${message} (line ${line})`);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const BOM = 0xfeff;

// Where the parser stands between two characters: every state is resumable, so a chunk may end anywhere.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Just read a quote inside a quoted field: it either closes the field or is the first of a pair. */
const QUOTE_SEEN = 3;
/** A record ended with CR; an LF right after it belongs to the same line break. */
const AFTER_CR = 4;

export class CsvStreamParser {
  private state = FIELD_START;
  private row: CsvCell[] = [];
  /** The current field's text read from earlier chunks. */
  private field = '';
  private quoteLine = 1;
  private started = false;
  private currentLine = 1;

  /** The line the parser has reached: 1 + the line breaks read so far. */
  get line(): number {
    return this.currentLine;
  }

  /** Reads the next piece of text and returns the records it completed. */
  push(text: string): CsvCell[][] {
    const records: CsvCell[][] = [];
    const n = text.length;
    let i = 0;
    if (!this.started && n > 0) {
      this.started = true;
      if (text.charCodeAt(0) === BOM) i = 1;
    }
    let { state, row, field, currentLine: line } = this;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (state === AFTER_CR) {
        state = FIELD_START;
        if (c === LF) {
          i += 1;
          continue;
        }
      }
      if (state === FIELD_START) {
        if (c === QUOTE) {
          state = QUOTED;
          this.quoteLine = line;
          i += 1;
          continue;
        }
        if (c !== COMMA && c !== CR && c !== LF) {
          state = UNQUOTED;
          continue;
        }
        row.push(null);
      } else if (state === UNQUOTED) {
        const start = i;
        while (c !== COMMA && c !== CR && c !== LF && c !== QUOTE) {
          i += 1;
          if (i === n) break;
          c = text.charCodeAt(i);
        }
        if (i === n) {
          field += text.slice(start, n);
          break;
        }
        if (c === QUOTE) throw new CsvSyntaxError('a quote inside an unquoted field', line);
        row.push(field + text.slice(start, i));
        field = '';
      } else if (state === QUOTED) {
        const close = text.indexOf('"', i);
        const end = close < 0 ? n : close;
        for (let nl = text.indexOf('\n', i); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) line += 1;
        field += text.slice(i, end);
        if (close < 0) break;
        state = QUOTE_SEEN;
        i = close + 1;
        continue;
      } else {
        // QUOTE_SEEN
        if (c === QUOTE) {
          field += '"';
          state = QUOTED;
          i += 1;
          continue;
        }
        if (c !== COMMA && c !== CR && c !== LF) {
          throw new CsvSyntaxError('unexpected text after a quoted field', line);
        }
        row.push(field);
        field = '';
      }
      // Here c is the comma or line break that ends the field just pushed.
      i += 1;
      if (c === COMMA) {
        state = FIELD_START;
      } else {
        records.push(row);
        row = [];
        line += 1;
        state = c === CR ? AFTER_CR : FIELD_START;
      }
    }
    this.state = state;
    this.row = row;
    this.field = field;
    this.currentLine = line;
    return records;
  }

  /** Ends the text: returns the last record, if one is open. The parser is done after this. */
  end(): CsvCell[][] {
    const { state, row } = this;
    if (state === QUOTED) throw new CsvSyntaxError('a quoted field is never closed', this.quoteLine);
    if (state === UNQUOTED || state === QUOTE_SEEN) row.push(this.field);
    // A row still open at a field start came after a comma: the empty field after it counts.
    else if (state === FIELD_START && row.length > 0) row.push(null);
    this.row = [];
    this.field = '';
    this.state = FIELD_START;
    return row.length > 0 ? [row] : [];
  }
}

export function parseCsv(input: string): CsvCell[][] {
  const parser = new CsvStreamParser();
  const records = parser.push(input);
  for (const record of parser.end()) records.push(record);
  return records;
}

/**
 * The records of a CSV file read in chunks (bytes as UTF-8, or text), in the batches each chunk
 * completes; never an empty batch.
 */
export async function* csvRecords(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<CsvCell[][]> {
  const parser = new CsvStreamParser();
  try {
    for await (const text of utf8Text(chunks)) {
      const records = parser.push(text);
      if (records.length > 0) yield records;
    }
  } catch (error) {
    if (error instanceof NotUtf8Error) throw new CsvSyntaxError('the file is not UTF-8 text', parser.line);
    throw error;
  }
  const records = parser.end();
  if (records.length > 0) yield records;
}

/** Bytes that are not UTF-8; the text before them has been given out already. */
export class NotUtf8Error extends Error {
  constructor() {
    super('not UTF-8 text');
    this.name = 'NotUtf8Error';
  }
}

/** The most text `utf8Text` hands on at once, so that a reader's batches stay small. */
const PIECE = 64 * 1024;

/**
 * Text from chunks of UTF-8 bytes or of text, in pieces of at most 64 Ki, with characters split
 * across byte chunks joined (a text piece may end inside a surrogate pair: the readers only look
 * for ASCII). On bytes that are not UTF-8 it first yields the text before them, then throws
 * `NotUtf8Error`, so the reader has counted the lines up to the bad byte and can name its line.
 * A byte-order mark is kept, for the reader to drop at the very start only.
 */
export async function* utf8Text(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let carry = new Uint8Array(0);
  for await (const chunk of chunks) {
    if (typeof chunk === 'string' && carry.length > 0) throw new NotUtf8Error();
    for (let at = 0; at < chunk.length; at += PIECE) {
      if (typeof chunk === 'string') {
        yield chunk.slice(at, at + PIECE);
        continue;
      }
      let bytes = chunk.subarray(at, at + PIECE);
      if (carry.length > 0) {
        const joined = new Uint8Array(carry.length + bytes.length);
        joined.set(carry);
        joined.set(bytes, carry.length);
        bytes = joined;
      }
      const end = completeEnd(bytes);
      carry = bytes.slice(end);
      let text: string;
      try {
        text = decoder.decode(bytes.subarray(0, end));
      } catch {
        const before = decoder.decode(bytes.subarray(0, firstInvalid(bytes)));
        if (before.length > 0) yield before;
        throw new NotUtf8Error();
      }
      if (text.length > 0) yield text;
    }
  }
  if (carry.length > 0) throw new NotUtf8Error();
}

/** How many bytes a sequence starting with `lead` has; 0 when `lead` cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The end of the last whole character: a character cut off by the chunk's end waits for the next. */
function completeEnd(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= Math.min(3, n); k += 1) {
    const b = bytes[n - k] ?? 0;
    if (b >= 0x80 && b <= 0xbf) continue;
    return sequenceLength(b) > k ? n - k : n;
  }
  return n;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const size = sequenceLength(lead);
    if (size === 0) return i;
    // The second byte's range is narrower after these leads: no overlong forms or surrogates.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < size; k += 1) {
      const b = bytes[i + k];
      if (b === undefined) return i;
      if (k === 1 ? b < low || b > high : b < 0x80 || b > 0xbf) return i;
    }
    i += size;
  }
  return i;
}
