/**
 * The completeness check of the translations, run by `vite build` (it fails the build) and by the
 * test suite: every key of the English catalogue exists in every language with the plural forms that
 * language needs, no language has keys English lacks, interpolations match, and no translated value
 * is the English one unless it is on the allow-list (proper nouns, codes).
 */

export type Catalogue = { [key: string]: string | Catalogue };
/** language → namespace → catalogue */
export type Catalogues = Record<string, Record<string, Catalogue>>;

export const SOURCE_LANGUAGE = 'en';

/** Values that are the same in every language: names of things, formats, codes. */
export const SAME_IN_EVERY_LANGUAGE: ReadonlySet<string> = new Set([
  'Docket',
  'CSV',
  'XLSX',
  'JSON',
  'ID',
  'URL',
  'UN',
  'OK',
  'English',
  'Русский',
  'Қазақша',
  'Oʻzbekcha',
  'Email',
  'E-mail',
]);

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/** Keys with their plural suffix taken off, each with the plural forms present. */
function baseKeys(flat: Map<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of flat.keys()) {
    const match = PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, -match[0].length) : key;
    const forms = out.get(base) ?? new Set<string>();
    if (match?.[1]) forms.add(match[1]);
    out.set(base, forms);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

function pluralCategories(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
}

export function checkLocales(catalogues: Catalogues): string[] {
  const problems: string[] = [];
  const source = catalogues[SOURCE_LANGUAGE];
  if (!source) return [`no ${SOURCE_LANGUAGE} catalogue`];
  for (const [language, namespaces] of Object.entries(catalogues)) {
    if (language === SOURCE_LANGUAGE) continue;
    for (const namespace of Object.keys(source)) {
      if (!namespaces[namespace]) problems.push(`${language}/${namespace}: the namespace is missing`);
    }
    for (const namespace of Object.keys(namespaces)) {
      if (!source[namespace]) problems.push(`${language}/${namespace}: no such namespace in English`);
    }
    for (const [namespace, english] of Object.entries(source)) {
      const translated = namespaces[namespace];
      if (!translated) continue;
      problems.push(
        ...compareNamespace(`${language}/${namespace}`, language, flatten(english), flatten(translated)),
      );
    }
  }
  return problems;
}

function compareNamespace(
  where: string,
  language: string,
  english: Map<string, string>,
  translated: Map<string, string>,
): string[] {
  const problems: string[] = [];
  const englishBases = baseKeys(english);
  const translatedBases = baseKeys(translated);
  const needed = pluralCategories(language);
  for (const [base, forms] of englishBases) {
    const have = translatedBases.get(base);
    if (!have) {
      problems.push(`${where}: "${base}" is missing`);
      continue;
    }
    if (forms.size > 0) {
      for (const category of needed) {
        if (!have.has(category)) problems.push(`${where}: "${base}" lacks the plural form "${category}"`);
      }
    } else if (have.size > 0) {
      problems.push(`${where}: "${base}" has plural forms that English does not`);
    }
  }
  for (const base of translatedBases.keys()) {
    if (!englishBases.has(base)) problems.push(`${where}: "${base}" is not in English`);
  }
  for (const [key, text] of translated) {
    const base = key.replace(PLURAL_SUFFIX, '');
    const englishText = english.get(key) ?? english.get(`${base}_other`) ?? english.get(base);
    if (englishText === undefined) continue;
    if (text.trim() === '') problems.push(`${where}: "${key}" is empty`);
    if (text === englishText && !SAME_IN_EVERY_LANGUAGE.has(text) && /\p{L}/u.test(text)) {
      problems.push(`${where}: "${key}" is the English text ("${text}")`);
    }
    const expected = placeholders(englishText).filter((name) => name !== 'count');
    const got = placeholders(text).filter((name) => name !== 'count');
    if (expected.join() !== got.join()) {
      problems.push(
        `${where}: "${key}" has placeholders {${got.join(', ')}}, English {${expected.join(', ')}}`,
      );
    }
  }
  return problems;
}
