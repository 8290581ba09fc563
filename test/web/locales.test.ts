import { describe, expect, it } from 'vitest';
import { readCatalogues } from '../../web/locale-check-plugin.ts';
import { checkLocales } from '../../web/src/i18n/check-locales.ts';
import { LANGUAGES, NAMESPACES } from '../../web/src/i18n/languages.ts';

describe('the translations', () => {
  it('are complete in every language: no key missing, none left in English', () => {
    const catalogues = readCatalogues();
    expect(Object.keys(catalogues).sort()).toEqual(LANGUAGES.map((language) => language.code).sort());
    for (const language of LANGUAGES) {
      expect(Object.keys(catalogues[language.code] ?? {}).sort()).toEqual([...NAMESPACES].sort());
    }
    expect(checkLocales(catalogues)).toEqual([]);
  });

  it('are checked: a missing key, a missing plural form, an English leftover and a lost placeholder are named', () => {
    const problems = checkLocales({
      en: {
        common: {
          save: 'Save',
          items_one: '{{count}} item',
          items_other: '{{count}} items',
          hi: 'Hi {{name}}',
        },
      },
      ru: { common: { items_one: '{{count}} запись', items_other: '{{count}} записей', hi: 'Привет' } },
      kk: {
        common: {
          save: 'Save',
          items_one: '{{count}} жазба',
          items_other: '{{count}} жазба',
          hi: 'Сәлем {{name}}',
        },
      },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'ru/common: "save" is missing',
        'ru/common: "items" lacks the plural form "few"',
        'ru/common: "items" lacks the plural form "many"',
        'ru/common: "hi" has placeholders {}, English {name}',
        'kk/common: "save" is the English text ("Save")',
      ]),
    );
    expect(problems.some((problem) => problem.startsWith('kk/common: "items"'))).toBe(false);
  });
});
