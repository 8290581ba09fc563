/**
 * A small RFC 4180 reader for tests: quoted fields with doubled quotes, commas and line breaks
 * inside quotes, CRLF (or LF) record ends. Returns every record as its fields; `null` marks an
 * unquoted empty field, so tests can tell it from a quoted empty string.
 */
export function parseCsv(text: string): Array<Array<string | null>> {
  const rows: Array<Array<string | null>> = [];
  let row: Array<string | null> = [];
  let i = 0;
  const endField = (value: string | null) => row.push(value);
  while (i < text.length) {
    let value: string | null;
    if (text[i] === '"') {
      let end = i + 1;
      value = '';
      for (;;) {
        const next = text.indexOf('"', end);
        if (next < 0) throw new Error(`unterminated quoted field at ${i}`);
        value += text.slice(end, next);
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
      if (raw.includes('"')) throw new Error(`quote inside an unquoted field at ${i}`);
      value = raw === '' ? null : raw;
      i = end;
    }
    endField(value);
    if (text[i] === ',') {
      i += 1;
      if (i === text.length) endField(null);
    } else if (text[i] === '\r' && text[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
    } else if (text[i] === '\n') {
      rows.push(row);
      row = [];
      i += 1;
    } else if (i < text.length) {
      throw new Error(`unexpected character after field at ${i}`);
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}
