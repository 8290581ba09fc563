import { describe, expect, it } from 'vitest';
import { matcherOf, parseQuery, toFts5, toTsquery } from './query-syntax.ts';
import { buildSnippet } from './snippet.ts';

describe('the search box syntax', () => {
  it('reads words, quoted phrases and prefixes, folded and stemmed', () => {
    expect(parseQuery('O’tkirov "задержали в Нукусе" journ*').terms).toEqual([
      { kind: 'word', folded: 'otkirov', stem: 'otkirov' },
      { kind: 'phrase', stems: ['задержа', 'в', 'нукус'] },
      { kind: 'prefix', folded: 'journ', stem: 'journ' },
    ]);
  });

  it('reads a one-word phrase as a word, a one-letter prefix as a word, and drops repeats and punctuation', () => {
    expect(parseQuery('"Мамай" a* Мамай -- ?').terms).toEqual([
      { kind: 'word', folded: 'мамай', stem: 'мама' },
      { kind: 'word', folded: 'a', stem: 'a' },
    ]);
    expect(parseQuery('"" * ...').terms).toEqual([]);
  });

  it('asks FTS5 and PostgreSQL the same question: stems, phrases, and prefixes of the word or its stem', () => {
    const query = parseQuery('Мамай "задержали в Нукусе" journ* задержали*');
    expect(toFts5(query)).toBe(
      '(stems : "мама" OR words : "мамай") AND stems : "задержа в нукус" AND stems : "journ" * AND ' +
        '(stems : "задержали" * OR stems : "задержа" *)',
    );
    expect(toTsquery(query)).toBe(
      "'мама' & ('задержа' <-> 'в' <-> 'нукус') & ('journ':*) & ('задержали':* | 'задержа':*)",
    );
  });

  it('marks the words a query looks for in the text as written', () => {
    const text = 'Blogger Gʻulom Oʻtkirov was detained.\n\nHis lawyer,   Journalists’ union: no comment.';
    const parts = buildSnippet(text, matcherOf(parseQuery("o'tkirov journ*")));
    expect(parts.filter((part) => part.hit).map((part) => part.text)).toEqual(['Oʻtkirov', 'Journalists']);
    expect(parts.map((part) => part.text).join('')).toBe(
      'Blogger Gʻulom Oʻtkirov was detained. His lawyer, Journalists’ union: no comment.',
    );
  });

  it('shows the densest stretch of a long text, with ellipses where it was cut', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const text = `${filler} needle and another needle ${filler}`;
    const parts = buildSnippet(text, matcherOf(parseQuery('needle')));
    const joined = parts.map((part) => part.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(parts.filter((part) => part.hit)).toHaveLength(2);
  });
});
