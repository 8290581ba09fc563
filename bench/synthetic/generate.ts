/**
 * A deterministic synthetic dataset for the store benchmarks: the same plan and seed give the same
 * records, chunk by chunk, whatever the order the chunks are made in. Each record is exactly what its
 * module's fields schema outputs (checked by ./verify.ts).
 *
 * Sizes scale with the record count (default 1,000,000): 10 % persons, 30 % cases with timelines,
 * 60 % citations, plus a small pool of sources that the citations and timeline claims point at.
 * Revisions are not written: the bulk load stands in for an import, not for a million edits.
 */
import { detectScript } from '../../src/core/scripts.ts';
import { type CaseFields, caseTypeSchema } from '../../src/modules/cases/case.schema.ts';
import type { CitationFields } from '../../src/modules/citations/citation.schema.ts';
import type { PersonFields } from '../../src/modules/persons/person.schema.ts';
import type { RecordMeta } from '../../src/modules/records/record.schema.ts';
import type { SourceFields } from '../../src/modules/sources/source.schema.ts';
import {
  CREATED_FROM,
  CREATED_TO,
  chunkSeed,
  DAY_MS,
  isoDay,
  MetaFactory,
  mulberry32,
  Random,
  SPAN_DAYS,
} from './random.ts';
import { type SourcePool, syntheticTimeline } from './timeline.ts';

export const DEFAULT_RECORDS = 1_000_000;
export const DEFAULT_SEED = 20_251_201;
/** Persons per generated chunk; each chunk is one transaction per database. */
const CHUNK_PERSONS = 2_000;

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

/** Syllables in Cyrillic and Latin: names come in both scripts. */
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

/** The pool of sources every citation and sourced claim points at. */
export function syntheticSources(plan: DatasetPlan): Generated<SourceFields>[] {
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
    contacts: [],
    whereabouts: null,
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
    witnesses: [],
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
    page: null,
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
