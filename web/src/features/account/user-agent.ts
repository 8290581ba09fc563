/**
 * A readable name for a session's browser and system from its User-Agent, enough to tell one's
 * devices apart; the names are product names, the same in every language.
 */
export function describeUserAgent(userAgent: string | null): { browser: string; system: string } | null {
  if (!userAgent) return null;
  const browser =
    match(userAgent, [
      [/Edg\//, 'Edge'],
      [/OPR\//, 'Opera'],
      [/YaBrowser\//, 'Yandex Browser'],
      [/Firefox\//, 'Firefox'],
      [/HeadlessChrome\//, 'Chromium'],
      [/Chrom(e|ium)\//, 'Chrome'],
      [/Safari\//, 'Safari'],
      [/curl\//, 'curl'],
    ]) ?? null;
  const system =
    match(userAgent, [
      [/Android/, 'Android'],
      [/iPhone|iPad|iPod/, 'iOS'],
      [/Windows/, 'Windows'],
      [/Mac OS X|Macintosh/, 'macOS'],
      [/CrOS/, 'ChromeOS'],
      [/Linux/, 'Linux'],
    ]) ?? null;
  if (!browser && !system) return null;
  return { browser: browser ?? '?', system: system ?? '?' };
}

function match(text: string, rules: ReadonlyArray<[RegExp, string]>): string | undefined {
  return rules.find(([pattern]) => pattern.test(text))?.[1];
}
