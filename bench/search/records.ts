import { DEFAULT_SEED } from './documents.ts';
import type { Language } from './languages/language.ts';
import { toUzbekCyrillic } from './languages/uzbek.ts';
import {
  CORPUS_ORG_IDS,
  CORPUS_USER_IDS,
  drawCountries,
  drawDateRange,
  drawOwner,
  drawPublished,
  drawSensitivity,
  type Sensitivity,
} from './owners.ts';
import { hash32, type Rng, rngFor, STREAM, uuidFor } from './prng.ts';
import { PERSONS } from './query-terms.ts';
import { textModel } from './text.ts';
import { applyStyle, LANGUAGE_DATA, styleIndex } from './vocabulary.ts';

/**
 * The records the search indexes besides pages: a million small objects with a short text each, and
 * names (and sometimes contacts) for persons. Record `i` is a function of the seed and `i` alone, so
 * the grants can look up the owner of any record without making the others.
 */

export const DEFAULT_RECORDS = 1_000_000;

export type RecordType =
  | 'person'
  | 'case'
  | 'organization'
  | 'event'
  | 'source'
  | 'commitment'
  | 'ask'
  | 'engagement'
  | 'intervention'
  | 'legal-instrument'
  | 'indicator'
  | 'proceeding';

export interface CorpusFacets {
  countries: string[];
  caseType: string | null;
  status: string | null;
  issueAreas: string[];
  sourceType: string | null;
  dateStart: string | null;
  dateEnd: string | null;
}

export interface CorpusText {
  part: 'record' | 'names' | 'contacts';
  fieldLevel: Exclude<Sensitivity, 'secret'>;
  publicBasis: boolean;
  text: string;
}

export interface CorpusRecord {
  recordType: RecordType;
  recordId: string;
  sensitivity: Sensitivity;
  isPublished: boolean;
  ownerOrgId: string | null;
  facets: CorpusFacets;
  texts: CorpusText[];
}

export interface RecordOptions {
  seed?: number;
  count?: number;
}

const TYPE_WEIGHTS: ReadonlyArray<readonly [RecordType, number]> = [
  ['person', 30],
  ['case', 25],
  ['source', 8],
  ['event', 6],
  ['organization', 5],
  ['commitment', 5],
  ['engagement', 5],
  ['ask', 4],
  ['intervention', 4],
  ['legal-instrument', 3],
  ['proceeding', 3],
  ['indicator', 2],
];

const CASE_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['arbitrary-detention', 30],
  ['prosecution', 30],
  ['torture', 5],
  ['killing', 2],
  ['disappearance', 3],
  ['harassment', 10],
  ['travel-ban', 5],
  ['censorship', 6],
  ['forced-psychiatric-detention', 3],
  ['other', 6],
];

const STATUSES: Partial<Record<RecordType, readonly (string | null)[]>> = {
  person: ['detained', 'released', 'at-liberty', 'in-exile', 'deceased', null],
  case: ['open', 'closed', 'released', 'convicted', 'under-investigation'],
  commitment: ['pending', 'partially-implemented', 'implemented', 'not-implemented'],
  ask: ['open', 'met', 'partly-met', 'not-met'],
  engagement: ['planned', 'held', 'cancelled'],
  intervention: ['drafted', 'sent', 'answered'],
  proceeding: ['pending', 'decided', 'appealed'],
};

const ISSUE_AREAS = [
  'freedom-of-expression',
  'freedom-of-assembly',
  'freedom-of-religion',
  'torture',
  'fair-trial',
  'arbitrary-detention',
  'labour-rights',
  'gender',
  'disability',
  'migrants',
  'civil-society',
  'elections',
];

const SOURCE_TYPES = [
  'report',
  'court-decision',
  'letter',
  'interview',
  'news-article',
  'un-document',
  'submission',
];

/** Types whose records are about a span of time. */
const DATED: ReadonlySet<RecordType> = new Set([
  'case',
  'event',
  'proceeding',
  'engagement',
  'intervention',
  'commitment',
  'ask',
]);

const TEXT_LANGUAGES: ReadonlyArray<readonly [Language, number]> = [
  ['ru', 45],
  ['en', 20],
  ['kk', 10],
  ['uz-Latn', 15],
  ['uz-Cyrl', 10],
];

export interface RecordMeta {
  recordType: RecordType;
  recordId: string;
  sensitivity: Sensitivity;
  isPublished: boolean;
  ownerOrgId: string | null;
}

/** The first draws of record `i`'s stream: enough for a grant to know what it grants on. */
function drawMeta(rng: Rng, seed: number, index: number): RecordMeta {
  const recordType = rng.weighted(TYPE_WEIGHTS);
  const sensitivity = drawSensitivity(rng, 0.03);
  return {
    recordType,
    recordId: uuidFor(seed, STREAM.record, index),
    sensitivity,
    isPublished: drawPublished(rng, sensitivity),
    ownerOrgId: drawOwner(rng),
  };
}

export function corpusRecordMeta(index: number, seed: number): RecordMeta {
  return drawMeta(rngFor(seed, STREAM.record, index), seed, index);
}

// ---------------------------------------------------------------------------------------------
// Names

const LATIN: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'gh',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ng',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Russian or Kazakh Cyrillic in the passport-style Latin such names are reported in. */
function latinOf(cyrillic: string): string {
  return cyrillic.replace(/\p{L}+/gu, (word) => {
    let out = '';
    for (const letter of word.toLowerCase()) out += LATIN[letter] ?? letter;
    return (out[0] ?? '').toUpperCase() + out.slice(1);
  });
}

/** A person's names in both scripts, as the names part of their record holds them. */
function personNames(rng: Rng, seed: number, index: number): string {
  // One person in fifty is one of the planted persons, so name searches find records as well as pages.
  if (hash32(seed, STREAM.record, 0x4a3e, index) % 50 === 0) {
    const person = PERSONS[hash32(seed, STREAM.record, 0x4a3f, index) % PERSONS.length];
    if (person)
      return [person.russian, applyStyle(person.uzLatin, styleIndex(rng)), person.english[0]].join(' · ');
  }
  const origin = rng.weighted<Language>([
    ['kk', 35],
    ['uz-Latn', 40],
    ['ru', 25],
  ]);
  const data = LANGUAGE_DATA[origin];
  const name = `${rng.pick(data.firstNames)} ${rng.pick(data.surnames)}`;
  if (origin === 'uz-Latn') return `${toUzbekCyrillic(name)} · ${applyStyle(name, styleIndex(rng))}`;
  return `${name} · ${latinOf(name)}`;
}

function contacts(rng: Rng): string {
  const phone = `+${rng.pick(['7', '998', '996', '992'])} ${rng.int(700, 999)} ${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}`;
  const handle = `user${rng.int(1000, 99999)}`;
  return rng.next() < 0.5 ? `${phone} · t.me/${handle}` : `${phone} · ${handle}@example.org`;
}

/** A title or note of 50–300 characters in one language, cut at a word. */
function shortText(rng: Rng, language: Language): string {
  const model = textModel(language, language === 'uz-Latn' ? styleIndex(rng) : 0);
  const target = rng.int(50, 300);
  let text = '';
  while (text.length < target) text += (text ? ' ' : '') + model.sentence(rng, target - text.length + 40);
  if (text.length <= 300) return text;
  const cut = text.lastIndexOf(' ', 300);
  return text.slice(0, cut > 50 ? cut : 300);
}

// ---------------------------------------------------------------------------------------------
// Records

export function corpusRecord(index: number, seed: number): CorpusRecord {
  const rng = rngFor(seed, STREAM.record, index);
  const meta = drawMeta(rng, seed, index);
  const type = meta.recordType;
  const statuses = STATUSES[type];
  const [dateStart, dateEnd] = drawDateRange(rng, 900);
  const dated = DATED.has(type) || type === 'source';
  const issueAreas = Array.from({ length: rng.int(0, 3) }, () => rng.pick(ISSUE_AREAS));
  const facets: CorpusFacets = {
    countries: type === 'legal-instrument' && rng.next() < 0.3 ? [] : drawCountries(rng),
    caseType: type === 'case' ? rng.weighted(CASE_TYPES) : null,
    status: statuses ? rng.pick(statuses) : null,
    issueAreas: [...new Set(issueAreas)],
    sourceType: type === 'source' ? rng.pick(SOURCE_TYPES) : null,
    dateStart: dated ? dateStart : null,
    dateEnd: dated ? (type === 'source' ? dateStart : rng.next() < 0.3 ? null : dateEnd) : null,
  };
  const texts: CorpusText[] = [
    {
      part: 'record',
      fieldLevel: 'public',
      publicBasis: true,
      text: shortText(rng, rng.weighted(TEXT_LANGUAGES)),
    },
  ];
  if (type === 'person') {
    texts.push({
      part: 'names',
      fieldLevel: 'public',
      publicBasis: rng.next() < 0.7,
      text: personNames(rng, seed, index),
    });
    if (rng.next() < 0.2)
      texts.push({ part: 'contacts', fieldLevel: 'confidential', publicBasis: false, text: contacts(rng) });
  }
  return { ...meta, facets, texts };
}

export function* corpusRecords(options: RecordOptions = {}): Generator<CorpusRecord> {
  const seed = options.seed ?? DEFAULT_SEED;
  const count = options.count ?? DEFAULT_RECORDS;
  for (let index = 0; index < count; index++) yield corpusRecord(index, seed);
}

// ---------------------------------------------------------------------------------------------
// Grants

export interface CorpusGrant {
  recordType: RecordType;
  recordId: string;
  granteeType: 'org' | 'user';
  granteeId: string;
  clearance: Exclude<Sensitivity, 'secret'>;
}

export interface GrantOptions extends RecordOptions {
  /** How many grants (default: 2 % of the records, 20,000 for a million). */
  grants?: number;
}

/** Grants on records that organizations own, to another organization or to a user. */
export function corpusGrants(options: GrantOptions = {}): CorpusGrant[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const records = options.count ?? DEFAULT_RECORDS;
  const wanted = Math.min(options.grants ?? Math.round(records * 0.02), records);
  const grants: CorpusGrant[] = [];
  const seen = new Set<string>();
  for (let k = 0; grants.length < wanted && k < wanted * 20; k++) {
    const index = hash32(seed, STREAM.grant, k) % records;
    const meta = corpusRecordMeta(index, seed);
    if (meta.ownerOrgId === null) continue;
    const rng = rngFor(seed, STREAM.grant, k);
    const toOrg = rng.next() < 0.7;
    const pool = toOrg ? CORPUS_ORG_IDS.filter((id) => id !== meta.ownerOrgId) : CORPUS_USER_IDS;
    const granteeId = rng.pick(pool);
    const key = `${meta.recordId}:${granteeId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    grants.push({
      recordType: meta.recordType,
      recordId: meta.recordId,
      granteeType: toOrg ? 'org' : 'user',
      granteeId,
      clearance: rng.weighted([
        ['public', 30],
        ['internal', 50],
        ['confidential', 20],
      ] as const),
    });
  }
  return grants;
}
