import { describe, expect, it } from 'vitest';
import { foldWord, indexForms, stemWord, tokenize } from './normalize.ts';

describe('text as Docket indexes it', () => {
  it('makes every apostrophe form one token, and folds case and Latin diacritics', () => {
    const forms = ['Oʻtkirov', "O'tkirov", 'O’tkirov', 'O‘tkirov', 'O`tkirov', 'OʼTKIROV'];
    expect(new Set(forms.map(foldWord))).toEqual(new Set(['otkirov']));
    expect(foldWord('Tokaýev')).toBe('tokayev');
    expect(foldWord('Qazaqstan’da')).toBe('qazaqstanda');
    expect(foldWord('Iğdır')).toBe('igdir');
  });

  it('folds Cyrillic case and ё, and keeps the letters Kazakh and Uzbek need', () => {
    expect(foldWord('ЖАНБОЛАТ')).toBe('жанболат');
    expect(foldWord('Приговорён')).toBe('приговорен');
    expect(foldWord('ҚАЗАҚСТАН')).toBe('қазақстан');
    expect(foldWord('Ўзбекистон')).toBe('ўзбекистон');
    expect(foldWord('Йўл')).toBe('йўл');
    expect(foldWord('ӘДІЛЕТ')).toBe('әділет');
  });

  it('gives the forms of a Russian or English word one stem', () => {
    // Snowball's Russian rules: the participle's forms meet, and the noun's forms meet.
    expect(new Set(['задержан', 'задержана', 'задержали', 'задержанного'].map(stemWord)).size).toBe(1);
    expect(stemWord('задержания')).toBe(stemWord('задержании'));
    expect(stemWord('журналистов')).toBe(stemWord('журналист'));
    expect(stemWord('journalists')).toBe(stemWord('journalist'));
    expect(stemWord('detained')).toBe(stemWord('detain'));
  });

  it('keeps where each word stands in the original text, for snippets as written', () => {
    const text = 'Суд: Gʻulom Oʻtkirov — задержан 29 января.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Суд',
      'Gʻulom',
      'Oʻtkirov',
      'задержан',
      '29',
      'января',
    ]);
    expect(tokens.map((t) => t.folded)).toEqual(['суд', 'gulom', 'otkirov', 'задержан', '29', 'января']);
    expect(indexForms(text).folded).toBe('суд gulom otkirov задержан 29 января');
  });
});
