import { describe, expect, it } from 'vitest';
import { foldText } from './fold.ts';

describe('foldText lower case', () => {
  it('is the root locale’s, for the letters where locales differ', () => {
    for (const text of ['İSTANBUL', 'IĞDIR', 'ΟΔΟΣ ΣΟΦΟΣ', 'ǅemal', 'ẞ', 'ÖZBEKİSTON', 'ҚАЗАҚСТАН Ӯ']) {
      expect(foldText(text)).toBe(
        text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLocaleLowerCase('und'),
      );
    }
  });
});
