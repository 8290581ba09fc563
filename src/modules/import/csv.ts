/**
 * A small RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside quotes,
 * CRLF or LF record ends, an optional UTF-8 byte-order mark. `null` marks an unquoted empty field,
 * so it stays apart from a quoted empty string (`""`), as the export writes them.
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

export function parseCsv(input: string): CsvCell[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    let value: CsvCell;
    if (text[i] === '"') {
      const start = line;
      let end = i + 1;
      value = '';
      for (;;) {
        const next = text.indexOf('"', end);
        if (next < 0) throw new CsvSyntaxError('a quoted field is never closed', start);
        const part = text.slice(end, next);
        line += part.split('\n').length - 1;
        value += part;
        if (text[next + 1] === '"') {
          value += '"';
          end = next + 2;
        } else {
          i = next + 1;
          break;
        }
      }
    } else {
      let end = i;
      while (end < text.length && !',\r\n'.includes(text.charAt(end))) end += 1;
      const raw = text.slice(i, end);
      if (raw.includes('"')) throw new CsvSyntaxError('a quote inside an unquoted field', line);
      value = raw === '' ? null : raw;
      i = end;
    }
    row.push(value);
    if (text[i] === ',') {
      i += 1;
      if (i === text.length) row.push(null);
    } else if (text[i] === '\r' || text[i] === '\n') {
      rows.push(row);
      row = [];
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
    } else if (i < text.length) {
      throw new CsvSyntaxError('unexpected text after a quoted field', line);
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}
