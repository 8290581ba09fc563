/**
 * ISO 3166-1 alpha-2 codes with their names in the interface language, from the browser's own
 * region names: every two-letter code the browser names is a country or territory.
 */
export function countryOptions(language: string): Array<{ value: string; label: string }> {
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  } catch {
    return [];
  }
  const out: Array<{ value: string; label: string }> = [];
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const code = `${first}${second}`;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      // Codes the browser does not know come back as the code or nothing; EU, UN, ZZ are not countries.
      if (name && name !== code && !['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB'].includes(code)) {
        out.push({ value: code, label: `${name} (${code})` });
      }
    }
  }
  return out.sort((a, b) => a.label.localeCompare(b.label, language));
}
