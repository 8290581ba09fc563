import type { Language } from './languages/language.ts';
import { uzbekLatin } from './languages/uzbek.ts';
import type { Rng } from './prng.ts';
import { applyStyle, LANGUAGE_DATA, vocabulary } from './vocabulary.ts';

/**
 * Report prose, sentence by sentence: about a third are the languages' report sentences with their
 * slots filled (names, cities, dates, articles), the rest are drawn word by word from the vocabulary
 * with a Zipf-like law, so the index sees the frequency curve of real text. Made for speed: 300 MB
 * of it must come out in seconds, so everything that can be is prepared once per language and style.
 */

const ARTICLES = ['174', '179', '274', '405', '158', '159', '244-1', '330', '307', '341', '189'];
/** Share of words drawn from the pseudo-word tail rather than the real words. */
const TAIL_SHARE = 0.12;
const TEMPLATE_SHARE = 0.33;

/** A Zipf–Mandelbrot draw by inverting the continuous law: rank r has weight ≈ 1/(r + q + 1.5). */
class ZipfSampler {
  readonly #a: number;
  readonly #logRatio: number;
  readonly #size: number;

  constructor(size: number, q: number) {
    this.#size = size;
    this.#a = q + 1;
    this.#logRatio = Math.log((size + this.#a) / this.#a);
  }

  index(u: number): number {
    const rank = Math.floor(this.#a * Math.exp(u * this.#logRatio) - this.#a);
    return rank < this.#size ? rank : this.#size - 1;
  }
}

/** A template piece: a slot's name, or literal text marked by a leading `=`. */
type Part = string;
const SLOT = /\{(P|C|CL|D|Y|N|A|O)\}/g;

function compile(template: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(SLOT)) {
    if (match.index > last) parts.push(`=${template.slice(last, match.index)}`);
    parts.push(match[1] ?? '');
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(`=${template.slice(last)}`);
  return parts;
}

/** One language as written in one apostrophe style (only Uzbek Latin has more than one). */
export class TextModel {
  readonly language: Language;
  readonly head: readonly string[];
  readonly tail: readonly string[];
  readonly #templates: Part[][];
  readonly #cities: ReadonlyArray<readonly [string, string]>;
  readonly #firstNames: readonly string[];
  readonly #surnames: readonly string[];
  readonly #organizations: readonly string[];
  readonly #headSampler: ZipfSampler;
  readonly #tailSampler: ZipfSampler;
  readonly #date: (day: number, month: number, year: number) => string;
  readonly #style: number;

  constructor(language: Language, style: number) {
    const data = LANGUAGE_DATA[language];
    const words = vocabulary(language);
    const render = (text: string) => applyStyle(text, style);
    this.language = language;
    this.#style = style;
    this.head = words.head.map(render);
    this.tail = words.tail.map(render);
    this.#templates = data.templates.map((t) => compile(render(t)));
    this.#cities = data.cities.map(([c, l]) => [render(c), render(l)] as const);
    this.#firstNames = data.firstNames.map(render);
    this.#surnames = data.surnames.map(render);
    this.#organizations = data.organizations.map(render);
    this.#headSampler = new ZipfSampler(this.head.length, 2.5);
    this.#tailSampler = new ZipfSampler(this.tail.length, 5);
    this.#date = data.date;
  }

  word(rng: Rng): string {
    // One draw decides both the part of the vocabulary and the rank within it.
    const u = rng.next();
    if (u < TAIL_SHARE) return this.tail[this.#tailSampler.index(u / TAIL_SHARE)] ?? '';
    return this.head[this.#headSampler.index((u - TAIL_SHARE) / (1 - TAIL_SHARE))] ?? '';
  }

  person(rng: Rng): string {
    return `${rng.pick(this.#firstNames)} ${rng.pick(this.#surnames)}`;
  }

  date(rng: Rng): string {
    return applyStyle(this.#date(rng.int(1, 28), rng.int(1, 12), rng.int(2015, 2025)), this.#style);
  }

  templateSentence(rng: Rng): string {
    const parts = rng.pick(this.#templates);
    let out = '';
    for (const part of parts) {
      if (part.startsWith('=')) {
        out += part.slice(1);
        continue;
      }
      switch (part) {
        case 'P':
          out += this.person(rng);
          break;
        case 'C':
          out += rng.pick(this.#cities)[0];
          break;
        case 'CL':
          out += rng.pick(this.#cities)[1];
          break;
        case 'D':
          out += this.date(rng);
          break;
        case 'Y':
          out += String(rng.int(2015, 2025));
          break;
        case 'N':
          out += String(rng.int(2, 15));
          break;
        case 'A':
          out += rng.pick(ARTICLES);
          break;
        case 'O':
          out += rng.pick(this.#organizations);
          break;
      }
    }
    // A template may open with a slot whose filling is lower case ("on 3 May…").
    return out.charAt(0).toUpperCase() + out.slice(1);
  }

  /**
   * A sentence of drawn words, ending once it has at least `minWords` words and either its drawn
   * length or `maxChars` is reached. `inserts` (planted words or phrases) go in whole, never split.
   */
  drawnSentence(rng: Rng, maxChars: number, inserts: readonly string[] = []): string {
    const length = rng.int(6, 18);
    // Each insert follows word `at[k]`, so none opens the sentence (and none is capitalized).
    const at = inserts.map(() => rng.int(0, length - 1));
    const lastInsert = Math.max(-1, ...at);
    let out = '';
    for (let i = 0; ; i++) {
      let word = this.word(rng);
      if (i === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
      else if (rng.next() < 0.03) word = String(rng.next() < 0.5 ? rng.int(2015, 2025) : rng.int(2, 300));
      out += i === 0 ? word : ` ${word}`;
      for (let k = 0; k < inserts.length; k++) if (at[k] === i) out += ` ${inserts[k]}`;
      const done = i >= length - 1 || (out.length >= maxChars && i >= 1);
      if (done && i >= lastInsert) break;
      if (rng.next() < 0.07) out += ',';
    }
    return `${out}.`;
  }

  sentence(rng: Rng, maxChars: number): string {
    return maxChars > 120 && rng.next() < TEMPLATE_SHARE
      ? this.templateSentence(rng)
      : this.drawnSentence(rng, maxChars);
  }
}

const models = new Map<string, TextModel>();

/** The model for a language and an apostrophe style (the style only tells for Uzbek Latin). */
export function textModel(language: Language, style = 0): TextModel {
  const key = language === uzbekLatin.language ? `${language}:${style}` : language;
  let model = models.get(key);
  if (!model) {
    model = new TextModel(language, language === uzbekLatin.language ? style : 0);
    models.set(key, model);
  }
  return model;
}
