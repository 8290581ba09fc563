import { NotUtf8Error, utf8Text } from './csv.ts';

/**
 * The records of a JSON import file, read in chunks so a large file is never held whole: either a
 * plain array of records, or Docket's export layout `{"docket":{"type":…},"records":[…],"count":N}`
 * (keys in any order, other keys skipped). A small scanner follows strings and brackets only to find
 * where each record starts and ends; each record's text then goes to `JSON.parse`, so values are
 * exactly what it gives. Records come in batches; the file's checks (its type, its count) fail as
 * soon as they can, and at the latest after the last batch, so a reader must not act on the records
 * before the generator has finished.
 */

export class JsonReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JsonReadError';
  }
}

export const JSON_BATCH_SIZE = 1000;

export async function* jsonRecords(
  chunks: AsyncIterable<string | Uint8Array>,
  type: string,
): AsyncGenerator<unknown[]> {
  const scanner = new RecordScanner(type);
  try {
    for await (const text of utf8Text(chunks)) {
      scanner.feed(text);
      for (let batch = scanner.scan(); batch; batch = scanner.scan()) yield batch;
    }
  } catch (error) {
    if (error instanceof NotUtf8Error) throw syntaxError('the file is not UTF-8 text', scanner.line);
    throw error;
  }
  const rest = scanner.finish();
  if (rest.length > 0) yield rest;
}

const SHAPE = 'Expected a Docket export ({"docket":…,"records":[…]}) or an array of records';

function syntaxError(detail: string, line: number): JsonReadError {
  return new JsonReadError(`Not valid JSON: ${detail} (line ${line})`);
}

const LF = 10;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;

// Scanner states. In the *_START states and the envelope's punctuation states whitespace is skipped;
// ELEMENT, KEY, VALUE and SCALAR capture text up to the next comma, colon or closing bracket that
// stands outside any string or bracket.
const START = 0;
const ELEMENT_START = 1;
const ELEMENT = 2;
const KEY_OR_END = 3;
const KEY = 4;
const VALUE_START = 5;
const VALUE = 6;
const AFTER_RECORDS = 7;
const END = 8;
const SCALAR = 9;

class RecordScanner {
  line = 1;
  private buf = '';
  private pos = 0;
  private state = START;
  private started = false;
  /** Text of the value being captured that came in earlier chunks. */
  private pieces: string[] = [];
  private mark = 0;
  private markLine = 1;
  /** The closing brackets the captured value still owes, innermost last. */
  private closers: number[] = [];
  private inString = false;
  private escaped = false;
  private afterComma = false;
  private envelope = false;
  private key = '';
  private docketSeen = false;
  private recordsSeen = false;
  private count: number | undefined;
  private read = 0;
  private batch: unknown[] = [];

  constructor(private readonly type: string) {}

  feed(text: string): void {
    this.buf = text;
    this.pos = 0;
    this.mark = 0;
  }

  /** Scans on in the current chunk; returns a batch once it is full, or null when the chunk is used up. */
  scan(): unknown[] | null {
    const { buf } = this;
    while (this.batch.length < JSON_BATCH_SIZE) {
      const { state } = this;
      if (state === ELEMENT || state === KEY || state === VALUE || state === SCALAR) {
        const delimiter = this.capture();
        if (delimiter < 0) {
          if (this.mark < buf.length) this.pieces.push(buf.slice(this.mark));
          this.mark = buf.length;
          return null;
        }
        this.delimit(delimiter);
        continue;
      }
      let i = this.pos;
      if (!this.started && i < buf.length) {
        this.started = true;
        if (buf.charCodeAt(i) === 0xfeff) i += 1;
      }
      let c = buf.charCodeAt(i);
      while (c === 32 || c === LF || c === 9 || c === 13) {
        if (c === LF) this.line += 1;
        i += 1;
        c = buf.charCodeAt(i);
      }
      this.pos = i;
      if (i >= buf.length) return null;
      this.step(c);
    }
    return this.take();
  }

  /** Ends the input: checks what only the end can tell, and returns the last records. */
  finish(): unknown[] {
    const { state } = this;
    if (state === START) throw syntaxError('the file is empty', this.line);
    if (state === SCALAR) {
      this.parse(this.captured(this.buf.length), this.markLine);
      throw new JsonReadError(SHAPE);
    }
    if (state !== END) throw syntaxError('the file ends too soon; it may be cut short', this.line);
    if (this.envelope) {
      if (!this.docketSeen || !this.recordsSeen) throw new JsonReadError(SHAPE);
      if (this.count !== undefined && this.count !== this.read) {
        throw new JsonReadError(
          `The file says it holds ${this.count} records but has ${this.read}; it may be cut short`,
        );
      }
    }
    return this.take();
  }

  private take(): unknown[] {
    const batch = this.batch;
    this.batch = [];
    return batch;
  }

  /** Acts on `c`, the next character that is not whitespace, in a state that captures nothing. */
  private step(c: number): void {
    const { state } = this;
    if (state === START && (c === LBRACKET || c === LBRACE)) {
      this.envelope = c === LBRACE;
      this.advance(c === LBRACE ? KEY_OR_END : ELEMENT_START);
    } else if (state === START) {
      this.begin(SCALAR);
    } else if (state === ELEMENT_START) {
      if (c === COMMA || (c === RBRACKET && this.afterComma)) this.unexpected(c);
      if (c === RBRACKET) this.advance(this.envelope ? AFTER_RECORDS : END);
      else this.begin(ELEMENT);
    } else if (state === KEY_OR_END) {
      if (c === RBRACE && !this.afterComma) this.advance(END);
      else if (c === QUOTE) this.begin(KEY);
      else this.unexpected(c);
    } else if (state === VALUE_START) {
      if (this.key === 'records' && c === LBRACKET) {
        if (this.recordsSeen) throw new JsonReadError('The file holds "records" twice');
        this.recordsSeen = true;
        this.advance(ELEMENT_START);
      } else if (c === COMMA || c === RBRACE || c === RBRACKET || c === COLON) {
        this.unexpected(c);
      } else {
        this.begin(VALUE);
      }
    } else if (state === AFTER_RECORDS) {
      if (c === COMMA) this.advance(KEY_OR_END, true);
      else if (c === RBRACE) this.advance(END);
      else this.unexpected(c);
    } else {
      throw syntaxError('unexpected text after the end of the data', this.line);
    }
  }

  /** Acts on the delimiter that ends a captured element, key, value or top-level scalar. */
  private delimit(c: number): void {
    const { state } = this;
    const text = this.captured(this.pos);
    if (state === ELEMENT && (c === COMMA || c === RBRACKET)) {
      this.batch.push(this.parse(text, this.markLine));
      this.read += 1;
      if (c === RBRACKET) this.advance(this.envelope ? AFTER_RECORDS : END);
      else this.advance(ELEMENT_START, true);
    } else if (state === KEY && c === COLON) {
      this.key = String(this.parse(text, this.markLine));
      this.advance(VALUE_START);
    } else if (state === VALUE && (c === COMMA || c === RBRACE)) {
      this.keep(this.key, this.parse(text, this.markLine));
      if (c === COMMA) this.advance(KEY_OR_END, true);
      else this.advance(END);
    } else {
      this.unexpected(c);
    }
  }

  /** Keeps what the envelope's keys say; other keys are skipped. */
  private keep(key: string, value: unknown): void {
    if (key === 'docket') {
      const type = typeof value === 'object' && value !== null ? Reflect.get(value, 'type') : undefined;
      if (typeof type !== 'string') throw new JsonReadError(SHAPE);
      if (type !== this.type) throw new JsonReadError(`The file holds ${type}, not ${this.type}`);
      this.docketSeen = true;
    } else if (key === 'records') {
      throw new JsonReadError(SHAPE);
    } else if (key === 'count') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new JsonReadError(SHAPE);
      this.count = value;
    }
  }

  private begin(state: number): void {
    this.state = state;
    this.mark = this.pos;
    this.markLine = this.line;
  }

  /** Moves past the punctuation at `pos`; `afterComma` tells a closing bracket right after a comma. */
  private advance(state: number, afterComma = false): void {
    this.pos += 1;
    this.state = state;
    this.afterComma = afterComma;
  }

  /** Fails on `c`, the character at `pos`. */
  private unexpected(c: number): never {
    const char = String.fromCodePoint(this.buf.codePointAt(this.pos) ?? c);
    throw syntaxError(`unexpected '${char}'`, this.line);
  }

  /** The captured text up to `end` in the current chunk, with what earlier chunks held of it. */
  private captured(end: number): string {
    const last = this.buf.slice(this.mark, end);
    if (this.pieces.length === 0) return last;
    this.pieces.push(last);
    const text = this.pieces.join('');
    this.pieces = [];
    return text;
  }

  /**
   * Scans to the next comma, colon or closing bracket outside strings and brackets and returns it,
   * or -1 when the chunk ends first. Brackets must pair up; everything else is left to JSON.parse.
   */
  private capture(): number {
    const { buf, closers } = this;
    const n = buf.length;
    let { pos: i, line, inString, escaped } = this;
    let found = -1;
    for (; i < n; i += 1) {
      const c = buf.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
        else if (c === LF) line += 1;
      } else if (c === QUOTE) {
        inString = true;
      } else if (c === LBRACE || c === LBRACKET) {
        closers.push(c === LBRACE ? RBRACE : RBRACKET);
      } else if (c === RBRACE || c === RBRACKET) {
        if (closers.length === 0) {
          found = c;
          break;
        }
        if (closers.pop() !== c) {
          this.pos = i;
          this.line = line;
          this.unexpected(c);
        }
      } else if ((c === COMMA || c === COLON) && closers.length === 0) {
        found = c;
        break;
      } else if (c === LF) {
        line += 1;
      }
    }
    this.pos = i;
    this.line = line;
    this.inString = inString;
    this.escaped = escaped;
    return found;
  }

  private parse(text: string, line: number): unknown {
    try {
      return JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // JSON.parse counts from the start of this one value; the file's line is more use to a reader.
      const at = /at position (\d+)/.exec(message);
      const before = at ? text.slice(0, Number(at[1])) : '';
      const detail = message
        .replace(/, ".*" is not valid JSON$/s, '')
        .replace(/( in JSON)? at position \d+.*$/s, '');
      throw syntaxError(detail, line + before.split('\n').length - 1);
    }
  }
}
