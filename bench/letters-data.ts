/**
 * The deterministic data behind the letters benchmark: a two-country engagement (Kazakhstan and
 * Uzbekistan) whose briefing draws on 200 cases, 50 commitments and 100 sources. Everything is
 * written through the real create operations, so validation, derived custody and revisions happen
 * as they would for a user; the records are fictional, made from a seeded random stream.
 */
import { inTransaction, type OperationContext } from '../src/core/context.ts';
import { createAsk } from '../src/modules/asks/ask.operations.ts';
import { createCase } from '../src/modules/cases/case.operations.ts';
import { citeSource } from '../src/modules/citations/citation.operations.ts';
import { createCommitment } from '../src/modules/commitments/commitment.operations.ts';
import { createEngagement } from '../src/modules/engagements/engagement.operations.ts';
import { createEvent } from '../src/modules/events/event.operations.ts';
import { createIndicator } from '../src/modules/indicators/indicator.operations.ts';
import { createPerson } from '../src/modules/persons/person.operations.ts';
import { createSource } from '../src/modules/sources/source.operations.ts';
import { seededRandom } from './bench-support.ts';

export const LETTERS_AS_OF = '2025-06-30';
export const SOURCES = 100;
export const CASES = 200;
export const ASKS = 20;
export const COMMITMENTS = 50;
const COUNTRIES = ['KZ', 'UZ'] as const;
type Country = (typeof COUNTRIES)[number];

export interface LettersData {
  engagementId: string;
  sourceIds: string[];
  caseIds: string[];
  commitmentIds: string[];
}

const FIRST = ['Zhanbolat', 'Aigul', 'Dilnoza', 'Otabek', 'Gulnara', 'Rustam', 'Nodira', 'Yerlan', 'Zhanna'];
const LAST = ['Mamay', 'Sattoriy', 'Akhmedova', 'Nurov', 'Karimova', 'Yusupova', 'Tashkentov', 'Seitkali'];
const CYRILLIC: Record<string, string> = {
  Zhanbolat: 'Жанболат',
  Aigul: 'Айгуль',
  Dilnoza: 'Дильноза',
  Otabek: 'Отабек',
  Gulnara: 'Гульнара',
  Rustam: 'Рустам',
  Nodira: 'Нодира',
  Yerlan: 'Ерлан',
  Zhanna: 'Жанна',
  Mamay: 'Мамай',
  Sattoriy: 'Сатторий',
  Akhmedova: 'Ахмедова',
  Nurov: 'Нуров',
  Karimova: 'Каримова',
  Yusupova: 'Юсупова',
  Tashkentov: 'Ташкентов',
  Seitkali: 'Сейткали',
};
const OCCUPATIONS = ['journalist', 'blogger', 'lawyer', 'human-rights-defender', 'activist'] as const;
const CASE_TYPES = ['arbitrary-detention', 'prosecution', 'torture', 'harassment'] as const;
const ARTICLES = [
  { article: '174', description: 'inciting discord' },
  { article: '274', description: 'spreading false information' },
  { article: '378', description: 'insulting an official' },
  { article: '165', description: 'extortion' },
  { article: '139', description: 'slander' },
  { article: '244-1', description: 'threatening public security' },
];
const ISSUE_AREAS = ['us-dos-2021/1d', 'us-dos-2021/1e', 'us-dos-2021/2a', 'us-dos-2021/2b', 'us-dos-2021/3'];
const COUNTRY_NAME: Record<Country, string> = { KZ: 'Kazakhstan', UZ: 'Uzbekistan' };

/** `YYYY-MM-DD` plus whole days. */
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Builds and writes the whole data set; one transaction, because seeding is not what is measured. */
export function seedLetters(ctx: OperationContext): Promise<LettersData> {
  return inTransaction(ctx, seed);
}

async function seed(ctx: OperationContext): Promise<LettersData> {
  const random = seededRandom(2023);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const chance = (p: number) => random() < p;

  const sourceIds: string[] = [];
  for (let i = 0; i < SOURCES; i++) {
    const source = await createSource(ctx, {
      kind: pick(['document', 'web-page', 'report', 'letter', 'interview']),
      title: `${pick(['Monitoring report', 'Trial observation', 'News report', 'Open letter'])} no. ${i + 1}`,
      author: pick(['Human rights monitor', 'Independent outlet', 'NGO coalition', null]),
      publishedOn: addDays('2019-01-01', int(0, 2200)),
      url: chance(0.6) ? `https://example.org/reports/${i + 1}` : null,
      language: 'en',
      reliability: 'cannot-be-judged',
      notes: null,
    });
    sourceIds.push(source.id);
  }
  // Sources in turn, so that every one of the 100 is cited somewhere, then at random.
  let turn = 0;
  const nextSource = () => sourceIds[turn++ % SOURCES] as string;
  const anySource = () => pick(sourceIds);
  const locator = () => (chance(0.3) ? `p. ${int(1, 40)}` : undefined);

  const events: Record<Country, string[]> = { KZ: [], UZ: [] };
  for (const country of COUNTRIES) {
    for (let e = 0; e < 2; e++) {
      const start = addDays('2020-01-01', int(0, 1200));
      const claims = (base: number) =>
        Array.from({ length: int(1, 3) }, (_, k) => ({
          value: base + k * int(1, 20),
          sourceId: anySource(),
          statedOn: addDays(start, int(5, 200)),
          qualifier: pick(['exact', 'at-least', 'about']),
          isPreferred: k === 0 && chance(0.5),
        }));
      const event = await createEvent(ctx, {
        names: [
          { text: `${COUNTRY_NAME[country]} protests ${start.slice(0, 4)} (${e + 1})`, kind: 'primary' },
        ],
        kind: pick(['protest', 'unrest', 'crackdown']),
        country,
        startDate: start,
        endDate: addDays(start, int(1, 10)),
        places: [],
        description: { en: 'Protests followed by detentions and trials.' },
        figures: [
          { kind: 'deaths', claims: claims(int(5, 250)) },
          { kind: 'detained', claims: claims(int(100, 10_000)) },
          { kind: 'convicted', claims: claims(int(20, 1500)) },
        ],
      });
      events[country].push(event.id);
    }
  }

  for (const country of COUNTRIES) {
    await createIndicator(ctx, {
      names: [{ text: `Journalists and bloggers in prison in ${COUNTRY_NAME[country]}`, kind: 'primary' }],
      country,
      unit: 'persons',
      description: { en: 'Journalists and bloggers in prison, as counted by the sources cited.' },
      observations: Array.from({ length: 6 }, (_, y) => ({
        date: `${2019 + y}`,
        value: int(0, 30),
        qualifier: pick(['exact', 'at-least']),
        sourceId: anySource(),
      })),
    });
  }

  const caseIds: string[] = [];
  const casesByAsk: string[][] = Array.from({ length: ASKS }, () => []);
  for (let i = 0; i < CASES; i++) {
    const country: Country = i < CASES / 2 ? 'KZ' : 'UZ';
    const first = pick(FIRST);
    const last = pick(LAST);
    const person = await createPerson(ctx, {
      names: [
        { text: `${first} ${last}`, language: 'en', kind: 'primary' },
        { text: `${CYRILLIC[first]} ${CYRILLIC[last]}`, language: 'ru', kind: 'alias' },
      ],
      gender: pick(['female', 'male', null]),
      birthDate: chance(0.5) ? `${int(1950, 2000)}` : null,
      occupations: [pick(OCCUPATIONS)],
      consentBasis: 'public-record',
      biography: { en: `${pick(OCCUPATIONS)} from ${COUNTRY_NAME[country]}.` },
      notes: null,
    });
    const caseRecord = await createCase(ctx, caseInput(i, person.id, country, `${first} ${last}`));
    caseIds.push(caseRecord.id);
    casesByAsk[Math.floor(i / (CASES / ASKS))]?.push(caseRecord.id);
  }

  function caseInput(i: number, victimId: string, country: Country, name: string) {
    const steps: Array<Record<string, unknown>> = [];
    let day = addDays('2019-01-01', int(0, 1800));
    const step = (kind: string, extra: Record<string, unknown> = {}) => {
      const at = locator();
      steps.push({
        kind,
        date: [{ value: day, sourceId: steps.length === 0 ? nextSource() : anySource() }],
        ...(at ? { locator: at } : {}),
        ...extra,
      });
      day = addDays(day, int(20, 200));
    };
    step('arrest', { place: pick(['Almaty', 'Astana', 'Tashkent', 'Nukus', 'Termez']) });
    // Two to five steps: some cases stop at the charge, others go on to a sentence, appeal and release.
    const count = int(2, 5);
    step(chance(0.5) ? 'pre-trial-detention' : 'charge');
    if (count >= 3) {
      const months = int(12, 120);
      step('sentence', {
        sentence: [
          {
            value: { custody: pick(['imprisonment', 'imprisonment', 'suspended']), termMonths: months },
            sourceId: anySource(),
          },
        ],
        note: `${months} months`,
      });
    }
    if (count >= 4) step('appeal', { appealOutcome: pick(['upheld', 'reduced']) });
    if (count >= 5) step(pick(['release', 'transfer', 'pardon']));
    const charged = int(1, 3);
    return {
      victimId,
      caseType: pick(CASE_TYPES),
      title: name,
      country,
      eventId: chance(0.3) ? pick(events[country]) : null,
      summary: { en: `Detained in ${COUNTRY_NAME[country]} and prosecuted for their work.` },
      charges: Array.from({ length: charged }, (_, c) => ({
        ...(ARTICLES[(i + c) % ARTICLES.length] ?? ARTICLES[0]),
        sourceId: anySource(),
      })),
      timeline: steps,
      assessments: chance(0.3)
        ? [
            {
              date: addDays('2020-01-01', int(0, 1800)),
              assessorName: 'NGO coalition',
              conclusion: 'political-prisoner',
              criteria: 'not-stated',
              sourceId: anySource(),
            },
          ]
        : [],
      unDecisions: chance(0.15)
        ? [
            {
              body: 'WGAD',
              finding: 'arbitrary',
              opinionNumber: `${int(1, 90)}/${int(2020, 2024)}`,
              adoptedOn: addDays('2021-01-01', int(0, 1200)),
              categories: ['I', 'II'],
              sourceId: anySource(),
            },
          ]
        : [],
    };
  }

  const askIds: string[] = [];
  for (let a = 0; a < ASKS; a++) {
    const country: Country = a < ASKS / 2 ? 'KZ' : 'UZ';
    const ask = await createAsk(ctx, {
      title: { en: `Release the ${a + 1}. group of detained journalists and activists` },
      country,
      description: { en: 'The coalition asks for their release and for the charges to be dropped.' },
      priority: pick(['high', 'medium', 'low']),
      status: pick(['open', 'raised']),
      issueAreas: [pick(ISSUE_AREAS)],
      caseIds: casesByAsk[a] ?? [],
      eventIds: a % 5 === 0 ? events[country] : [],
    });
    await citeSource(ctx, {
      sourceId: anySource(),
      recordType: 'ask',
      recordId: ask.id,
      field: 'description',
      summary: 'Reports the detentions the ask is about.',
    });
    askIds.push(ask.id);
  }

  const commitmentIds: string[] = [];
  for (let c = 0; c < COMMITMENTS; c++) {
    const country: Country = c < COMMITMENTS / 2 ? 'KZ' : 'UZ';
    const isUn = c % 5 === 0;
    const madeOn = addDays('2018-01-01', int(0, 1800));
    let ratedOn = madeOn;
    const ratings = Array.from({ length: int(1, 3) }, () => {
      ratedOn = addDays(ratedOn, int(30, 250));
      return {
        rating: isUn
          ? pick(['not-implemented', 'partially-implemented'])
          : pick(['in-the-works', 'stalled', 'compromise', 'broken']),
        ratedOn,
        rationale: 'What the sources report of the steps taken since the last rating.',
        evidence: [{ sourceId: anySource(), summary: 'Reports on progress.' }],
      };
    });
    const commitment = await createCommitment(ctx, {
      title: {
        en: `Commitment ${c + 1}: ${pick(['decriminalise defamation', 'register NGOs', 'end torture'])}`,
      },
      kind: isUn ? 'un-recommendation' : pick(['assurance', 'pledge', 'law-or-decree']),
      country,
      makerLabel: isUn ? null : `Government of ${COUNTRY_NAME[country]}`,
      madeOn,
      deadline: chance(0.4) ? addDays(madeOn, int(180, 900)) : null,
      issueAreas: [pick(ISSUE_AREAS)],
      unRecommendation: isUn ? { mechanism: 'upr', cycle: 'UPR 4th cycle', response: 'supported' } : null,
      askIds: [pick(askIds.slice(country === 'KZ' ? 0 : ASKS / 2, country === 'KZ' ? ASKS / 2 : ASKS))],
      ratings,
    });
    commitmentIds.push(commitment.id);
  }

  const engagement = await createEngagement(ctx, {
    title: { en: 'Envoy’s visit to Astana and Tashkent' },
    kind: 'visit',
    countries: [...COUNTRIES],
    startsOn: '2025-07-01',
    endsOn: '2025-07-03',
    places: ['Astana', 'Tashkent'],
    participants: [{ name: 'Special Envoy', role: 'Envoy for human rights', side: 'delegation' }],
    agenda: askIds.map((askId) => ({ askId })),
  });
  return { engagementId: engagement.id, sourceIds, caseIds, commitmentIds };
}
