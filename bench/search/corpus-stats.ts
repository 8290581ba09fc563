/**
 * Measures the corpus as the index will see it: how long the pages take to make, their size, the
 * number of distinct words, and the pages each query really matches, words folded and stemmed by
 * Docket's own normalizer. Planted counts are what querySets promises; a stemmed count above the
 * planted one means a background word shares the term's stem.
 *
 *   npx tsx bench/search/corpus-stats.ts [pages]        (default: the full 200,000)
 */
import { loadavg } from 'node:os';
import { foldWord, stemWord } from '../../src/modules/search/normalize.ts';
import { corpusDocuments, corpusPages, querySets } from './corpus.ts';

const pages = Number(process.argv[2] ?? 200_000);
const WORD = /[\p{L}\p{N}\p{M}]+(?:['ʻʼ‘’`´ʹ′][\p{L}\p{N}\p{M}]+)*/gu;

const folds = new Map<string, string>();
const stems = new Map<string, string>();
const fold = (raw: string) => {
  let folded = folds.get(raw);
  if (folded === undefined) {
    folded = foldWord(raw);
    folds.set(raw, folded);
  }
  return folded;
};
const stem = (folded: string) => {
  let s = stems.get(folded);
  if (s === undefined) {
    s = stemWord(folded);
    stems.set(folded, s);
  }
  return s;
};

// Generation alone, timed first.
let started = performance.now();
const cpuStarted = process.cpuUsage();
let pageCount = 0;
let chars = 0;
let bytes = 0;
let documents = 0;
for (const document of corpusDocuments({ pages })) {
  documents++;
  for (const page of corpusPages(document, { pages })) {
    pageCount++;
    chars += page.text.length;
    bytes += Buffer.byteLength(page.text, 'utf8');
  }
}
const generationMs = performance.now() - started;
const cpu = process.cpuUsage(cpuStarted);
const generationCpuMs = (cpu.user + cpu.system) / 1000;

started = performance.now();
const queries = querySets({ pages });
const querySetsMs = performance.now() - started;

const foldedWords = (text: string) => text.split(' ').map((w) => fold(w));
const targetsFolded = new Map<string, number[]>();
const targetsStemmed = new Map<string, number[]>();
const singles = [...queries.rare, ...queries.mid, queries.common, ...queries.names];
const foldedDf = new Array<number>(singles.length).fill(0);
const stemmedDf = new Array<number>(singles.length).fill(0);
singles.forEach((term, i) => {
  const f = fold(term);
  targetsFolded.set(f, [...(targetsFolded.get(f) ?? []), i]);
  targetsStemmed.set(stem(f), [...(targetsStemmed.get(stem(f)) ?? []), i]);
});
const andDf = new Array<number>(queries.and.length).fill(0);
const phraseWords = queries.phrases.map(foldedWords);
const phraseDf = new Array<number>(queries.phrases.length).fill(0);
const prefixKeys = queries.prefixes.map((p) => fold(p));
const prefixDf = new Array<number>(queries.prefixes.length).fill(0);
const prefixesOf = new Map<string, number[]>();
const distinct = new Set<string>();

started = performance.now();
for (const document of corpusDocuments({ pages })) {
  for (const page of corpusPages(document, { pages })) {
    const tokens = Array.from(page.text.matchAll(WORD), (m) => fold(m[0]));
    const set = new Set(tokens);
    const stemSet = new Set<string>();
    const hitF = new Set<number>();
    const hitS = new Set<number>();
    const hitP = new Set<number>();
    for (const token of set) {
      distinct.add(token);
      const s = stem(token);
      stemSet.add(s);
      for (const i of targetsFolded.get(token) ?? []) hitF.add(i);
      for (const i of targetsStemmed.get(s) ?? []) hitS.add(i);
      let matches = prefixesOf.get(token);
      if (!matches) {
        matches = prefixKeys.flatMap((p, i) => (token.startsWith(p) ? [i] : []));
        prefixesOf.set(token, matches);
      }
      for (const i of matches) hitP.add(i);
    }
    for (const i of hitF) foldedDf[i] = (foldedDf[i] ?? 0) + 1;
    for (const i of hitS) stemmedDf[i] = (stemmedDf[i] ?? 0) + 1;
    for (const i of hitP) prefixDf[i] = (prefixDf[i] ?? 0) + 1;
    queries.and.forEach(([a, b], i) => {
      if (stemSet.has(stem(fold(a))) && stemSet.has(stem(fold(b)))) andDf[i] = (andDf[i] ?? 0) + 1;
    });
    phraseWords.forEach((words, i) => {
      const first = words[0] ?? '';
      if (!set.has(first)) return;
      for (let t = 0; t + words.length <= tokens.length; t++) {
        if (words.every((w, k) => tokens[t + k] === w)) {
          phraseDf[i] = (phraseDf[i] ?? 0) + 1;
          return;
        }
      }
    });
  }
}
const countingMs = performance.now() - started;

const percent = (n: number) => `${((100 * n) / pageCount).toFixed(2)} %`;
const out: string[] = [
  `pages ${pageCount}, documents ${documents}, ${(chars / 1e6).toFixed(1)} M UTF-16 chars (${(chars / pageCount).toFixed(0)} per page), ${(bytes / 2 ** 20).toFixed(0)} MiB as UTF-8`,
  `generation ${(generationMs / 1000).toFixed(1)} s (${(generationCpuMs / 1000).toFixed(1)} s of CPU, load ${loadavg()[0]?.toFixed(1)}); querySets ${(querySetsMs / 1000).toFixed(1)} s; counting ${(countingMs / 1000).toFixed(1)} s`,
  `distinct folded words ${distinct.size}, distinct stems ${new Set([...distinct].map(stem)).size}`,
  '',
  'query: planted / pages with the folded word / pages with the stem',
];
const row = (label: string, planted: number | string, i: number) =>
  `  ${label.padEnd(28)} ${String(planted).padStart(7)} ${String(foldedDf[i]).padStart(7)} ${String(stemmedDf[i]).padStart(7)}  (${percent(stemmedDf[i] ?? 0)})`;
const sections: Array<[string, string[], number[]]> = [
  ['rare', queries.rare, queries.plantedPages.rare],
  ['mid', queries.mid, queries.plantedPages.mid],
  ['common', [queries.common], [queries.plantedPages.common]],
  ['names', queries.names, queries.plantedPages.names],
];
let i = 0;
for (const [title, terms, planted] of sections) {
  out.push(title);
  for (const [k, term] of terms.entries()) out.push(row(term, planted[k] ?? '', i++));
}
const pad = (n: number | undefined) => String(n).padStart(7);
out.push('and (planted together / pages with both stems)');
for (const [k, [a, b]] of queries.and.entries()) {
  out.push(`  ${`${a} ${b}`.padEnd(28)} ${pad(queries.plantedPages.and[k])} ${pad(andDf[k])}`);
}
out.push('phrases (planted / pages with the folded words in a row)');
for (const [k, phrase] of queries.phrases.entries()) {
  out.push(`  ${phrase.padEnd(28)} ${pad(queries.plantedPages.phrases[k])} ${pad(phraseDf[k])}`);
}
out.push('prefixes (pages with a folded word that starts so)');
for (const [k, prefix] of queries.prefixes.entries()) {
  out.push(`  ${prefix.padEnd(28)} ${pad(prefixDf[k])}  (${percent(prefixDf[k] ?? 0)})`);
}
process.stdout.write(`${out.join('\n')}\n`);
