/** ISO 15924 script of a name, guessed from its letters when the user does not say. */
export type ScriptCode = string;

const SCRIPT_TESTS: ReadonlyArray<[ScriptCode, RegExp]> = [
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Latn', /\p{Script=Latin}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Hani', /\p{Script=Han}/u],
];

export function detectScript(text: string): ScriptCode {
  const counts = SCRIPT_TESTS.map(([code, pattern]) => {
    let n = 0;
    for (const char of text) if (pattern.test(char)) n++;
    return [code, n] as const;
  });
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : 'Zyyy';
}
