import { describe, expect, it } from 'vitest';
import { csvRecord } from '../export/cells.ts';
import { CsvSyntaxError, parseCsv } from './csv.ts';

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
});
