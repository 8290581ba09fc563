import { describe, expect, it } from 'vitest';
import { cellValue, csvField, csvRecord, guardFormula } from './cells.ts';

describe('spreadsheet cells', () => {
  it('prefixes text starting with = + - @ tab or CR with one apostrophe, reversibly', () => {
    const cases: Array<[string, string]> = [
      ['=1+2', "'=1+2"],
      ['+7 701', "'+7 701"],
      ['-2', "'-2"],
      ['@cmd', "'@cmd"],
      ['\tx', "'\tx"],
      ['\rx', "'\rx"],
      ["'=x", "''=x"],
      ["'quoted'", "'quoted'"],
      ['Жанболат = Мамай', 'Жанболат = Мамай'],
      ['', ''],
    ];
    for (const [text, guarded] of cases) {
      expect(guardFormula(text), JSON.stringify(text)).toBe(guarded);
      const unguarded = /^'+[=+\-@\t\r]/.test(guarded) ? guarded.slice(1) : guarded;
      expect(unguarded, JSON.stringify(text)).toBe(text);
    }
  });

  it('quotes only when needed and keeps null apart from the empty string', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('""');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('\rx')).toBe('"\'\rx"');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(false)).toBe('false');
  });

  it('puts arrays and objects in one cell as compact JSON, unguarded', () => {
    expect(cellValue(['-a', '=b'])).toBe('["-a","=b"]');
    expect(cellValue({ en: 'x' })).toBe('{"en":"x"}');
    expect(cellValue(undefined)).toBeNull();
    expect(csvRecord({ a: ['x'], b: null, c: 'y' }, ['c', 'b', 'a'])).toBe('y,,"[""x""]"\r\n');
  });
});
