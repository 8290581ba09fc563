/**
 * A deterministic synthetic dataset for the store benchmarks, and a bulk loader that writes it the way
 * the stores do. The rows are built with the stores' own helpers (metaToRow, foldText, writeJson,
 * deriveCustody, statusOn) so they cannot drift from what createPerson / createCase / citeSource
 * write; `verifyAgainstStores` checks a sample against the stores' insert functions themselves.
 *
 * Sizes scale with the record count (default 1,000,000): 10 % persons, 30 % cases with timelines,
 * 60 % citations, plus a small pool of sources that the citations and timeline claims point at.
 * Revisions are not written: the bulk load stands in for an import, not for a million edits.
 */

import { type Insertable, type Kysely, sql } from 'kysely';
import { operator } from '../src/core/context.ts';
import { foldText } from '../src/core/fold.ts';
import { createIdGenerator } from '../src/core/ids.ts';
import { parsePartialDate } from '../src/core/partial-date.ts';
import { detectScript } from '../src/core/scripts.ts';
import { writeJson } from '../src/db/codec.ts';
import { type DocketDatabase, migrateToLatest, openDatabase } from '../src/db/database.ts';
import type { Schema } from '../src/db/schema.ts';
import { type CaseFields, caseFieldsSchema, caseTypeSchema } from '../src/modules/cases/case.schema.ts';
import { caseDocumentSpec, caseStore, custodyIntervalRows } from '../src/modules/cases/case.store.ts';
import type { Sentence, StepKind } from '../src/modules/cases/timeline.schema.ts';
import { type CitationFields, citationFieldsSchema } from '../src/modules/citations/citation.schema.ts';
import { insertCitation } from '../src/modules/citations/citation.store.ts';
import { type PersonFields, personFieldsSchema } from '../src/modules/persons/person.schema.ts';
import { insertPerson } from '../src/modules/persons/person.store.ts';
import { documentColumns } from '../src/modules/records/document-store.ts';
import { metaToRow } from '../src/modules/records/record.row.ts';
import type { RecordMeta } from '../src/modules/records/record.schema.ts';
import { type SourceFields, sourceFieldsSchema } from '../src/modules/sources/source.schema.ts';
import { insertSource } from '../src/modules/sources/source.store.ts';

type Db = Kysely<Schema>;
type TimelineStep = CaseFields['timeline'][number];

export const DEFAULT_RECORDS = 1_000_000;
export const DEFAULT_SEED = 20_251_201;
/** Persons per generated chunk; each chunk is one transaction per database. */
const CHUNK_PERSONS = 2_000;
/** Rows per INSERT statement: ~1000, fewer for wide tables so SQLite stays under 32,766 parameters. */
const ROWS_PER_STATEMENT = 1_000;
const MAX_PARAMETERS = 30_000;

export interface DatasetPlan {
  records: number;
  persons: number;
  cases: number;
  citations: number;
  sources: number;
  seed: number;
}

export function planDataset(records = DEFAULT_RECORDS, seed = DEFAULT_SEED): DatasetPlan {
  const persons = Math.max(1, Math.round(records * 0.1));
  const cases = Math.round(records * 0.3);
  return {
    records,
    persons,
    cases,
    citations: Math.max(0, records - persons - cases),
    sources: 40,
    seed,
  };
}

// ---------------------------------------------------------------------------------------------
// Randomness and time

/** mulberry32: small, fast, good enough for synthetic data; the same seed gives the same stream. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Random {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = entries.at(-1);
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }
}

/** Seeds per chunk, so chunks are independent and the whole is the same whatever the order. */
function chunkSeed(seed: number, chunk: number, stream: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(chunk + 1, 0xc2b2ae35) + stream * 7919) >>> 0;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const SPAN_DAYS = Math.round((LAST_DAY - FIRST_DAY) / DAY_MS);
/** ISO days from 2015-01-01, with room after the end for computed release dates. */
const ISO_DAYS = Array.from({ length: SPAN_DAYS + 8000 }, (_, i) =>
  new Date(FIRST_DAY + i * DAY_MS).toISOString().slice(0, 10),
);
function isoDay(offset: number): string {
  const day = ISO_DAYS[offset];
  if (day === undefined) throw new RangeError(`day offset ${offset} out of range`);
  return day;
}

/** Records are "created" between 2020 and mid-2025, one after another, ids in the same order. */
const CREATED_FROM = Date.UTC(2020, 0, 1);
const CREATED_TO = Date.UTC(2025, 5, 30);

// ---------------------------------------------------------------------------------------------
// Names

const SYLLABLES: ReadonlyArray<readonly [string, string]> = [
  ['ка', 'ka'],
  ['на', 'na'],
  ['жан', 'zhan'],
  ['бо', 'bo'],
  ['лат', 'lat'],
  ['ма', 'ma'],
  ['май', 'may'],
  ['сат', 'sat'],
  ['то', 'to'],
  ['рий', 'riy'],
  ['ну', 'nu'],
  ['ра', 'ra'],
  ['ли', 'li'],
  ['шер', 'sher'],
  ['ай', 'ay'],
  ['гуль', 'gul'],
  ['да', 'da'],
  ['улет', 'ulet'],
  ['мур', 'mur'],
  ['ат', 'at'],
  ['бек', 'bek'],
  ['ер', 'er'],
  ['зат', 'zat'],
  ['о', 'o'],
];

function syntheticName(random: Random): { cyrillic: string; latin: string } {
  const word = () => Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES));
  const parts = [word(), word()];
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return {
    cyrillic: parts.map((p) => cap(p.map(([c]) => c).join(''))).join(' '),
    latin: parts.map((p) => cap(p.map(([, l]) => l).join(''))).join(' '),
  };
}

// ---------------------------------------------------------------------------------------------
// Records

export interface Generated<F> {
  meta: RecordMeta;
  fields: F;
}

export interface SyntheticChunk {
  persons: Generated<PersonFields>[];
  cases: Generated<CaseFields>[];
  citations: Generated<CitationFields>[];
}

/** Makes the shared record columns, with a UUIDv7 whose timestamp is the creation time. */
class MetaFactory {
  #now = 0;
  readonly #ids: () => string;

  constructor(random: () => number) {
    this.#ids = createIdGenerator({
      now: () => this.#now,
      random: (n) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256)),
    });
  }

  /** An item id (timeline step, assessment) made at the record's creation time. */
  itemId(): string {
    return this.#ids();
  }

  record(createdMs: number, deleted = false): RecordMeta {
    this.#now = createdMs;
    const createdAt = new Date(createdMs).toISOString();
    // A deleted record has had one more revision: the deletion, a day later.
    const deletedAt = deleted ? new Date(createdMs + DAY_MS).toISOString() : null;
    return {
      id: this.#ids(),
      ref: null,
      version: deleted ? 2 : 1,
      sensitivity: 'internal',
      isPublished: false,
      createdAt,
      createdBy: operator.id,
      updatedAt: deletedAt ?? createdAt,
      updatedBy: operator.id,
      deletedAt,
      deletedBy: deleted ? operator.id : null,
    };
  }
}

const COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['KZ', 35],
  ['UZ', 35],
  ['KG', 20],
  ['TJ', 10],
];
const CASE_TYPE_WEIGHTS: Record<CaseFields['caseType'], number> = {
  'arbitrary-detention': 30,
  prosecution: 30,
  torture: 5,
  killing: 2,
  disappearance: 3,
  harassment: 10,
  'travel-ban': 5,
  censorship: 6,
  'forced-psychiatric-detention': 3,
  other: 6,
};
const CASE_TYPES = caseTypeSchema.options.map((type) => [type, CASE_TYPE_WEIGHTS[type]] as const);
const ARTICLES: Record<string, readonly string[]> = {
  KZ: ['174', '274.2', '378.2', '405', '179'],
  UZ: ['158', '159', '165', '244-1', '244-2'],
  KG: ['278', '330', '327', '233'],
  TJ: ['307', '187', '401-1', '189'],
};
const ASSESSORS = ['Memorial', 'Coalition letter', 'Amnesty International', 'CPJ'];

interface SourcePool {
  ids: string[];
}

function syntheticSources(plan: DatasetPlan): Generated<SourceFields>[] {
  const random = new Random(mulberry32(chunkSeed(plan.seed, -1, 0)));
  const metas = new MetaFactory(mulberry32(chunkSeed(plan.seed, -1, 1)));
  const kinds: SourceFields['kind'][] = ['document', 'web-page', 'report', 'letter', 'interview'];
  return Array.from({ length: plan.sources }, (_, i) => ({
    meta: metas.record(CREATED_FROM - (plan.sources - i) * DAY_MS),
    fields: {
      kind: random.pick(kinds),
      title: `Synthetic source ${i + 1}: report on detentions ${2015 + (i % 11)}`,
      author: random.chance(0.7) ? random.pick(ASSESSORS) : null,
      publishedOn: `${2015 + (i % 11)}-${String(1 + (i % 12)).padStart(2, '0')}`,
      url: `https://example.org/sources/${i + 1}`,
      language: random.pick(['en', 'ru', 'kk', 'uz']),
      reliability: random.pick(['usually-reliable', 'fairly-reliable', 'cannot-be-judged'] as const),
      notes: null,
    },
  }));
}

/** A step as the fields schema outputs it: every default spelled out, in the schema's key order. */
function makeStep(
  metas: MetaFactory,
  random: Random,
  sources: SourcePool,
  kind: StepKind,
  day: number,
  extra: { durationDays?: number; sentence?: Sentence[]; appealOutcome?: TimelineStep['appealOutcome'] } = {},
): TimelineStep {
  const full = isoDay(day);
  const roll = random.next();
  // Some dates are known only to the month or the year.
  const value = roll < 0.03 ? full.slice(0, 4) : roll < 0.13 ? full.slice(0, 7) : full;
  const sourced = random.chance(0.3) ? random.pick(sources.ids) : null;
  const date: TimelineStep['date'] = [{ value, sourceId: sourced, isPreferred: false }];
  // A few dates are disputed between two sources: detained on the 29th or the 30th.
  if (value === full && random.chance(0.03)) {
    date.push({ value: isoDay(day + 1), sourceId: random.pick(sources.ids), isPreferred: false });
  }
  return {
    id: metas.itemId(),
    kind,
    date,
    durationDays: extra.durationDays ?? null,
    courtId: null,
    place: null,
    sentence: extra.sentence
      ? extra.sentence.map((value) => ({ value, sourceId: sourced, isPreferred: false }))
      : null,
    appealOutcome: extra.appealOutcome ?? null,
    note: null,
    sourceId: sourced,
  };
}

function sentenceOf(custody: Sentence['custody'], termMonths: number | null, currency: string): Sentence {
  return {
    custody,
    termMonths,
    fines: custody === 'fine-only' ? [{ kind: 'fine', amount: 500_000, currency }] : [],
    bans: [],
    text: null,
  };
}

const CURRENCY: Record<string, string> = { KZ: 'KZT', UZ: 'UZS', KG: 'KGS', TJ: 'TJS' };

/**
 * A timeline of 1–6 steps: mostly arrest → (charge, house arrest, trial) → sentence → maybe release,
 * pardon, house arrest or correctional labour; some administrative detentions, travel bans,
 * psychiatric detentions; dates over 2015–2025, some known only to the month or year.
 */
function syntheticTimeline(
  metas: MetaFactory,
  random: Random,
  sources: SourcePool,
  caseType: CaseFields['caseType'],
  country: string,
): TimelineStep[] {
  const steps: TimelineStep[] = [];
  const start = random.int(0, SPAN_DAYS - 30);
  const add = (kind: StepKind, day: number, extra?: Parameters<typeof makeStep>[5]) => {
    if (day > SPAN_DAYS || steps.length >= 6) return false;
    steps.push(makeStep(metas, random, sources, kind, day, extra));
    return true;
  };
  const currency = CURRENCY[country] ?? 'USD';
  switch (caseType) {
    case 'travel-ban':
      add('travel-ban', start);
      if (random.chance(0.3)) add('other', start + random.int(30, 400));
      return steps;
    case 'harassment':
    case 'censorship':
      if (random.chance(0.5)) return steps;
      add('charge', start);
      if (random.chance(0.4))
        add('sentence', start + random.int(30, 200), { sentence: [sentenceOf('fine-only', null, currency)] });
      return steps;
    case 'forced-psychiatric-detention':
      add('forced-psychiatric-detention', start);
      if (random.chance(0.5)) add('release', start + random.int(60, 700));
      return steps;
    case 'killing':
      if (random.chance(0.6)) return steps;
      add('arrest', start);
      add('death-in-custody', start + random.int(1, 300));
      return steps;
    default:
      break;
  }
  if (random.chance(0.2)) {
    add('administrative-detention', start, { durationDays: random.int(5, 15) });
    return steps;
  }
  add('arrest', start);
  if (random.chance(0.35)) add('charge', start + random.int(1, 14));
  let day = start;
  if (random.chance(0.15)) {
    day = start + random.int(7, 90);
    add('house-arrest', day);
  }
  if (random.chance(0.2)) {
    // Not (yet) sentenced: released pending trial, or still held.
    if (random.chance(0.5)) add('release', day + random.int(3, 200));
    return steps;
  }
  const sentenceDay = day + random.int(60, 500);
  if (random.chance(0.35)) add('trial', sentenceDay - random.int(1, 30));
  const custody = random.weighted<Sentence['custody']>([
    ['imprisonment', 65],
    ['correctional-labour', 10],
    ['restricted-liberty', 10],
    ['suspended', 10],
    ['fine-only', 5],
  ]);
  const term = custody === 'fine-only' ? null : random.int(6, 144);
  const sentence = [sentenceOf(custody, term, currency)];
  // Sources disagree on the term now and then: two claims, none preferred.
  if (term !== null && random.chance(0.04)) sentence.push(sentenceOf(custody, term + 12, currency));
  if (!add('sentence', sentenceDay, { sentence })) return steps;
  if (random.chance(0.1)) add('appeal', sentenceDay + random.int(30, 120), { appealOutcome: 'upheld' });
  if (custody !== 'imprisonment') return steps;
  const served = sentenceDay + Math.round((term ?? 12) * 30.4 * (0.3 + random.next() * 0.8));
  const after = random.weighted<StepKind | null>([
    ['release', 40],
    ['pardon', 8],
    ['amnesty', 3],
    ['house-arrest', 5],
    ['correctional-labour', 12],
    [null, 32],
  ]);
  if (after) add(after, served);
  return steps;
}

function syntheticPerson(random: Random): PersonFields {
  const name = syntheticName(random);
  const born = random.int(0, 365 * 50);
  const birthIso = new Date(Date.UTC(1950, 0, 1) + born * DAY_MS).toISOString().slice(0, 10);
  const precision = random.next();
  const occupations = random.weighted<PersonFields['occupations']>([
    [['journalist'], 12],
    [['blogger'], 5],
    [['blogger', 'journalist'], 3],
    [['human-rights-defender'], 10],
    [['activist'], 10],
    [['religious-believer'], 6],
    [['lawyer'], 3],
    [['opposition-politician'], 3],
    [[], 48],
  ]);
  return {
    names: [
      { text: name.cyrillic, script: detectScript(name.cyrillic), language: null, kind: 'primary' },
      { text: name.latin, script: detectScript(name.latin), language: null, kind: 'alias' },
    ],
    gender: random.weighted<PersonFields['gender']>([
      ['male', 70],
      ['female', 25],
      [null, 5],
    ]),
    birthDate:
      precision < 0.3
        ? null
        : precision < 0.6
          ? birthIso.slice(0, 4)
          : precision < 0.7
            ? birthIso.slice(0, 7)
            : birthIso,
    occupations: [...occupations],
    consentBasis: random.weighted<PersonFields['consentBasis']>([
      ['public-record', 40],
      ['consent-recorded', 5],
      ['none', 55],
    ]),
    biography: random.chance(0.1) ? { en: `${name.latin} is a synthetic person.` } : null,
    notes: null,
  };
}

function syntheticCase(
  metas: MetaFactory,
  random: Random,
  sources: SourcePool,
  victim: Generated<PersonFields>,
  index: number,
): CaseFields {
  const caseType = random.weighted(CASE_TYPES);
  const country = random.weighted(COUNTRIES);
  const victimName = victim.fields.names[1]?.text ?? 'Unknown';
  const charges = Array.from(
    {
      length: random.weighted([
        [0, 30],
        [1, 40],
        [2, 25],
        [3, 5],
      ] as const),
    },
    () => ({
      id: metas.itemId(),
      instrumentId: null,
      article: random.pick(ARTICLES[country] ?? ['other']),
      description: null,
      sourceId: null,
    }),
  );
  const assessments: CaseFields['assessments'] = random.chance(0.05)
    ? [
        {
          id: metas.itemId(),
          date: isoDay(random.int(0, SPAN_DAYS)).slice(0, 7),
          assessorId: null,
          assessorName: random.pick(ASSESSORS),
          conclusion: 'political-prisoner',
          criteria: random.chance(0.3) ? 'not-stated' : ['a', 'c'],
          sourceId: random.pick(sources.ids),
        },
      ]
    : [];
  const unDecisions: CaseFields['unDecisions'] = random.chance(0.01)
    ? [
        {
          id: metas.itemId(),
          body: 'WGAD',
          opinionNumber: `${random.int(1, 90)}/${random.int(2016, 2025)}`,
          adoptedOn: null,
          publishedOn: isoDay(random.int(365, SPAN_DAYS)).slice(0, 7),
          finding: 'arbitrary',
          categories: ['I', 'II'],
          note: null,
          sourceId: random.pick(sources.ids),
        },
      ]
    : [];
  const roll = random.next();
  return {
    victimId: victim.meta.id,
    caseType,
    title: random.chance(0.6) ? `${victimName}: ${caseType.replaceAll('-', ' ')} (${country})` : null,
    country,
    eventId: null,
    summary:
      roll < 0.2
        ? { en: `Synthetic case ${index}: ${victimName} (${caseType}) in ${country}.` }
        : roll < 0.25
          ? {
              en: `Synthetic case ${index}: ${victimName}.`,
              ru: `Синтетическое дело ${index}: ${victim.fields.names[0]?.text ?? ''}.`,
            }
          : null,
    perpetrators: [],
    charges,
    timeline: syntheticTimeline(metas, random, sources, caseType, country),
    assessments,
    unDecisions,
  };
}

const PERSON_FIELDS = [null, 'names', 'birthDate', 'occupations'] as const;
const CASE_FIELDS = [null, 'timeline', 'charges', 'victimId', 'assessments'] as const;

function syntheticCitation(
  random: Random,
  sources: SourcePool,
  target: { type: 'person' | 'case'; id: string },
): CitationFields {
  const withQuote = random.chance(0.4);
  return {
    sourceId: random.pick(sources.ids),
    recordType: target.type,
    recordId: target.id,
    field: random.pick(target.type === 'person' ? PERSON_FIELDS : CASE_FIELDS),
    locator: random.chance(0.5) ? `p. ${random.int(1, 120)}` : null,
    quote: withQuote ? 'was detained and later sentenced, according to relatives' : null,
    summary: withQuote && random.chance(0.5) ? null : 'The source reports the detention and the sentence.',
  };
}

/** The chunk count for a plan; chunk `i` holds persons [i·CHUNK, (i+1)·CHUNK). */
export function chunkCount(plan: DatasetPlan): number {
  return Math.ceil(plan.persons / CHUNK_PERSONS);
}

/** One chunk of persons with their cases and the citations of both; same plan, same chunk. */
export function generateChunk(plan: DatasetPlan, sources: readonly string[], chunk: number): SyntheticChunk {
  const random = new Random(mulberry32(chunkSeed(plan.seed, chunk, 0)));
  const metas = new MetaFactory(mulberry32(chunkSeed(plan.seed, chunk, 1)));
  const pool: SourcePool = { ids: [...sources] };
  const share = (total: number, i: number) => Math.floor((total * i) / plan.persons);
  const p0 = chunk * CHUNK_PERSONS;
  const p1 = Math.min(plan.persons, p0 + CHUNK_PERSONS);
  const [c0, c1] = [share(plan.cases, p0), share(plan.cases, p1)];
  const [t0, t1] = [share(plan.citations, p0), share(plan.citations, p1)];
  const total = plan.persons + plan.cases + plan.citations;
  // Creation times run from 2020 to mid-2025 in generation order.
  let ordinal = p0 + c0 + t0;
  const created = () => CREATED_FROM + Math.floor(((CREATED_TO - CREATED_FROM) * ordinal++) / total);

  const persons = Array.from({ length: p1 - p0 }, () => {
    const meta = metas.record(created());
    return { meta, fields: syntheticPerson(random) };
  });
  const cases = Array.from({ length: c1 - c0 }, (_, i) => {
    const victim = random.pick(persons);
    const meta = metas.record(created(), random.chance(0.005));
    return { meta, fields: syntheticCase(metas, random, pool, victim, c0 + i) };
  });
  const citations = Array.from({ length: t1 - t0 }, () => {
    const target =
      random.chance(0.35) || cases.length === 0
        ? { type: 'person' as const, id: random.pick(persons).meta.id }
        : { type: 'case' as const, id: random.pick(cases).meta.id };
    const meta = metas.record(created());
    return { meta, fields: syntheticCitation(random, pool, target) };
  });
  return { persons, cases, citations };
}

// ---------------------------------------------------------------------------------------------
// Rows, exactly as the stores write them

export interface RowBatch {
  sources: Insertable<Schema['sources']>[];
  persons: Insertable<Schema['persons']>[];
  person_names: Insertable<Schema['person_names']>[];
  person_occupations: Insertable<Schema['person_occupations']>[];
  cases: Insertable<Schema['cases']>[];
  custody_intervals: Insertable<Schema['custody_intervals']>[];
  citations: Insertable<Schema['citations']>[];
}
type BatchTable = keyof RowBatch;
/** Parents before children, so foreign keys hold at every statement. */
const TABLE_ORDER: readonly BatchTable[] = [
  'sources',
  'persons',
  'person_names',
  'person_occupations',
  'cases',
  'custody_intervals',
  'citations',
];

function emptyBatch(): RowBatch {
  return {
    sources: [],
    persons: [],
    person_names: [],
    person_occupations: [],
    cases: [],
    custody_intervals: [],
    citations: [],
  };
}

/** As person.store.ts personColumns + writeChildren. */
function addPersonRows(batch: RowBatch, { meta, fields }: Generated<PersonFields>): void {
  const born = fields.birthDate ? parsePartialDate(fields.birthDate) : undefined;
  const primary = fields.names.find((n) => n.kind === 'primary') ?? fields.names[0];
  batch.persons.push({
    ...metaToRow(meta),
    gender: fields.gender,
    birth_date: fields.birthDate,
    birth_date_start: born?.start ?? null,
    birth_date_end: born?.end ?? null,
    consent_basis: fields.consentBasis,
    biography: fields.biography ? writeJson(fields.biography) : null,
    notes: fields.notes,
    sort_name: foldText(primary?.text ?? ''),
  });
  fields.names.forEach((name, position) => {
    batch.person_names.push({
      person_id: meta.id,
      position,
      text: name.text,
      folded: foldText(name.text),
      script: name.script,
      language: name.language,
      kind: name.kind,
    });
  });
  fields.occupations.forEach((occupation, position) => {
    batch.person_occupations.push({ person_id: meta.id, position, occupation });
  });
}

/** Through the case store's own row builders, so the bench data cannot drift from what it writes. */
function addCaseRows(batch: RowBatch, { meta, fields }: Generated<CaseFields>): void {
  batch.cases.push({
    ...metaToRow(meta),
    ...documentColumns(caseDocumentSpec, fields),
  } as RowBatch['cases'][number]);
  batch.custody_intervals.push(...custodyIntervalRows(meta.id, fields));
}

/** As citation.store.ts citationColumns. */
function addCitationRow(batch: RowBatch, { meta, fields }: Generated<CitationFields>): void {
  batch.citations.push({
    ...metaToRow(meta),
    source_id: fields.sourceId,
    record_type: fields.recordType,
    record_id: fields.recordId,
    field: fields.field,
    locator: fields.locator,
    quote: fields.quote,
    summary: fields.summary,
  });
}

/** As source.store.ts sourceColumns. */
function addSourceRow(batch: RowBatch, { meta, fields }: Generated<SourceFields>): void {
  batch.sources.push({
    ...metaToRow(meta),
    kind: fields.kind,
    title: fields.title,
    title_folded: foldText(fields.title),
    author: fields.author,
    published_on: fields.publishedOn,
    url: fields.url,
    language: fields.language,
    reliability: fields.reliability,
    notes: fields.notes,
  });
}

export function chunkRows(chunk: SyntheticChunk): RowBatch {
  const batch = emptyBatch();
  for (const person of chunk.persons) addPersonRows(batch, person);
  for (const record of chunk.cases) addCaseRows(batch, record);
  for (const citation of chunk.citations) addCitationRow(batch, citation);
  return batch;
}

export function rowCount(batch: RowBatch): number {
  return TABLE_ORDER.reduce((sum, table) => sum + batch[table].length, 0);
}

/** Multi-row INSERTs of ~1000 rows, in one transaction. */
export async function insertBatch(db: Db, batch: RowBatch): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of TABLE_ORDER) {
      const rows: object[] = batch[table];
      const first = rows[0];
      if (!first) continue;
      const perStatement = Math.min(
        ROWS_PER_STATEMENT,
        Math.floor(MAX_PARAMETERS / Object.keys(first).length),
      );
      for (let i = 0; i < rows.length; i += perStatement) {
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + perStatement) as never)
          .execute();
      }
    }
  });
}

export async function analyzeDatabase(db: Db): Promise<void> {
  await sql`analyze`.execute(db);
}

// ---------------------------------------------------------------------------------------------
// Loading into several databases side by side

export interface DatasetSample {
  /** Every 10th live case id, for single-record reads. */
  caseIds: string[];
  /** (country, caseType, status) of every 10th live case, for realistic list filters. */
  filters: Array<{ country: string; caseType: string; status: string }>;
}

export interface LoadReport {
  generateMs: number;
  rows: Record<BatchTable, number>;
  perDatabase: Array<{ loadMs: number; analyzeMs: number }>;
  sample: DatasetSample;
}

/**
 * Generates the dataset chunk by chunk and writes each chunk to every database in turn (one
 * transaction per chunk per database), timing each database separately; then ANALYZE on each.
 */
export async function loadDataset(
  databases: readonly DocketDatabase[],
  plan: DatasetPlan,
  progress: (message: string) => void = () => {},
): Promise<LoadReport> {
  const rows = Object.fromEntries(TABLE_ORDER.map((t) => [t, 0])) as Record<BatchTable, number>;
  const perDatabase = databases.map(() => ({ loadMs: 0, analyzeMs: 0 }));
  const sample: DatasetSample = { caseIds: [], filters: [] };
  let generateMs = 0;

  const timed = async (index: number, batch: RowBatch) => {
    const database = databases[index];
    const stats = perDatabase[index];
    if (!database || !stats) return;
    const started = performance.now();
    await insertBatch(database.db, batch);
    stats.loadMs += performance.now() - started;
  };
  const count = (batch: RowBatch) => {
    for (const table of TABLE_ORDER) rows[table] += batch[table].length;
  };

  const sources = syntheticSources(plan);
  const sourceBatch = emptyBatch();
  for (const source of sources) addSourceRow(sourceBatch, source);
  count(sourceBatch);
  for (let d = 0; d < databases.length; d++) await timed(d, sourceBatch);
  const sourceIds = sources.map((s) => s.meta.id);

  const chunks = chunkCount(plan);
  let caseOrdinal = 0;
  let reported = 0;
  const began = performance.now();
  for (let chunk = 0; chunk < chunks; chunk++) {
    const started = performance.now();
    const generated = generateChunk(plan, sourceIds, chunk);
    const batch = chunkRows(generated);
    generateMs += performance.now() - started;
    // batch.cases is in generation order.
    for (const row of batch.cases) {
      if (caseOrdinal++ % 10 !== 0 || row.deleted_at) continue;
      sample.caseIds.push(row.id);
      if (row.country)
        sample.filters.push({ country: row.country, caseType: row.case_type, status: row.status });
    }
    count(batch);
    for (let d = 0; d < databases.length; d++) await timed(d, batch);
    const done = Math.floor(((chunk + 1) * 10) / chunks);
    if (done > reported) {
      reported = done;
      const seconds = ((performance.now() - began) / 1000).toFixed(0);
      const each = perDatabase.map((s) => `${(s.loadMs / 1000).toFixed(0)} s`).join(' / ');
      progress(`  loaded ${done * 10}% (${chunk + 1}/${chunks} chunks) after ${seconds} s [${each}]`);
    }
  }
  for (let d = 0; d < databases.length; d++) {
    const database = databases[d];
    const stats = perDatabase[d];
    if (!database || !stats) continue;
    const started = performance.now();
    await analyzeDatabase(database.db);
    stats.analyzeMs = performance.now() - started;
  }
  return { generateMs, rows, perDatabase, sample };
}

// ---------------------------------------------------------------------------------------------
// Self-check: the bulk rows are the rows the stores write

async function dumpTables(db: Db): Promise<string> {
  const keys: Record<BatchTable, string> = {
    sources: 'id',
    persons: 'id',
    person_names: 'person_id, position',
    person_occupations: 'person_id, position',
    cases: 'id',
    custody_intervals: 'case_id, position',
    citations: 'id',
  };
  const parts: string[] = [];
  for (const table of TABLE_ORDER) {
    const result = await sql`select * from ${sql.table(table)} order by ${sql.raw(keys[table])}`.execute(db);
    parts.push(`${table}:${JSON.stringify(result.rows)}`);
  }
  return parts.join('\n');
}

/**
 * Writes one small chunk twice into in-memory SQLite databases — once through the stores' own insert
 * functions, once through the bulk loader — and fails unless every table holds identical rows. Also
 * checks that each generated record is exactly what the module's fields schema outputs for it.
 */
export async function verifyAgainstStores(plan: DatasetPlan): Promise<{ records: number; rows: number }> {
  const small = planDataset(3_000, plan.seed);
  const sources = syntheticSources(small);
  const chunk = generateChunk(
    small,
    sources.map((s) => s.meta.id),
    0,
  );
  const sameAsSchema = (schema: { parse(v: unknown): unknown }, value: unknown, what: string) => {
    if (writeJson(schema.parse(value)) !== writeJson(value)) {
      throw new Error(`synthetic ${what} differs from what its fields schema outputs: ${writeJson(value)}`);
    }
  };
  for (const s of sources) sameAsSchema(sourceFieldsSchema, s.fields, 'source');
  for (const p of chunk.persons) sameAsSchema(personFieldsSchema, p.fields, 'person');
  for (const c of chunk.cases) sameAsSchema(caseFieldsSchema, c.fields, 'case');
  for (const c of chunk.citations) sameAsSchema(citationFieldsSchema, c.fields, 'citation');

  const viaStores = openDatabase({ sqlitePath: ':memory:' });
  const viaBulk = openDatabase({ sqlitePath: ':memory:' });
  try {
    await migrateToLatest(viaStores);
    await migrateToLatest(viaBulk);
    await viaStores.db.transaction().execute(async (trx) => {
      for (const s of sources) await insertSource(trx, s.meta, s.fields);
      for (const p of chunk.persons) await insertPerson(trx, p.meta, p.fields);
      for (const c of chunk.cases) await caseStore.insert(trx, c.meta, c.fields);
      for (const c of chunk.citations) await insertCitation(trx, c.meta, c.fields);
    });
    const batch = chunkRows(chunk);
    for (const s of sources) addSourceRow(batch, s);
    await insertBatch(viaBulk.db, batch);
    const [expected, actual] = [await dumpTables(viaStores.db), await dumpTables(viaBulk.db)];
    if (expected !== actual) {
      const lines = [expected.split('\n'), actual.split('\n')];
      const table = lines[0]?.findIndex((line, i) => line !== lines[1]?.[i]) ?? -1;
      throw new Error(`bulk rows differ from the stores' rows in ${TABLE_ORDER[table] ?? 'some table'}`);
    }
    return {
      records: sources.length + chunk.persons.length + chunk.cases.length + chunk.citations.length,
      rows: rowCount(batch),
    };
  } finally {
    await viaStores.close();
    await viaBulk.close();
  }
}
