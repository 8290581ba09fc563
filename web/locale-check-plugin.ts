import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { type Catalogue, type Catalogues, checkLocales } from './src/i18n/check-locales.ts';

export const LOCALES_DIR = join(import.meta.dirname, 'src', 'i18n', 'locales');

/** Every language's namespaces, read from `src/i18n/locales/<language>/<namespace>.json`. */
export function readCatalogues(dir = LOCALES_DIR): Catalogues {
  const catalogues: Catalogues = {};
  for (const language of readdirSync(dir)) {
    const namespaces: Record<string, Catalogue> = {};
    for (const file of readdirSync(join(dir, language)).filter((name) => name.endsWith('.json'))) {
      namespaces[file.slice(0, -'.json'.length)] = JSON.parse(
        readFileSync(join(dir, language, file), 'utf8'),
      );
    }
    catalogues[language] = namespaces;
  }
  return catalogues;
}

/** Fails `vite build` when a translation is missing or left in English. */
export function localeCheck(): Plugin {
  return {
    name: 'docket-locale-check',
    apply: 'build',
    buildStart() {
      const problems = checkLocales(readCatalogues());
      if (problems.length > 0) {
        this.error(`The translations are incomplete:\n  ${problems.join('\n  ')}`);
      }
    },
  };
}
