import { formatPartialDate } from '../../core/partial-date.ts';
import { FIGURE_WORDS } from '../events/figures.ts';
import type { DocumentLanguage } from './briefing.schema.ts';

/**
 * The words around the data, per document language: every sentence a briefing or letter makes
 * from the data is one of these, filled with values from the facts and nothing else.
 */

export interface Phrases {
  language: DocumentLanguage;
  country(code: string): string;
  /** "Kazakhstan and Uzbekistan": a list in the nominative (templates word around the cases). */
  list(items: readonly string[]): string;
  date(partial: string): string;
  number(value: number): string;
  qualified(value: number, qualifier: string | null): string;
  days(count: { certain: number; possible: number }): string;
  people(count: number): string;
  months(count: number): string;
  sentenceKind(custody: string): string;
  status(status: string): string;
  askStatus(status: string, recorded: boolean): string;
  priority(priority: string): string;
  figureKind(kind: string): string;
  rating(rating: string): string;
  finding(body: string, finding: string, opinion: string | null): string;
  labels: Record<
    | 'briefing'
    | 'asOf'
    | 'audience'
    | 'countries'
    | 'talkingPoints'
    | 'asks'
    | 'figures'
    | 'indicators'
    | 'commitments'
    | 'sources'
    | 'person'
    | 'status'
    | 'charges'
    | 'sentence'
    | 'daysDeprived'
    | 'unDecisions'
    | 'commitment'
    | 'made'
    | 'deadline'
    | 'rating'
    | 'evidence'
    | 'noAsks'
    | 'noCommitments'
    | 'uncited'
    | 'withheld'
    | 'politicalPrisoner'
    | 'overdue'
    | 'alsoReported'
    | 'none',
    string
  >;
  audience(audience: string): string;
  letter: {
    /** "a; b; and c" */
    series(items: readonly string[]): string;
    eventFigures(event: string, figures: string): string;
    person(name: string, facts: string): string;
    asOf(status: string, date: string): string;
    detainedSince(date: string): string;
    daysInAll(days: string): string;
    /** The end of the last deprivation of liberty (release, or a move to house arrest). */
    heldUntil(date: string, days: string): string;
    commitments(date: string, list: string): string;
    commitment(title: string, made: string | null, rating: string): string;
    anonymous(count: number): string;
    noSignatories: string;
  };
  point: {
    openAskInCustody(name: string, status: string, ask: string, since: string | null, days: string): string;
    unFinding(name: string, finding: string): string;
    overdue(title: string, deadline: string): string;
    broken(title: string, ratedOn: string | null): string;
    disputed(event: string, kind: string, values: string): string;
  };
}

const LOCALE: Record<DocumentLanguage, string> = { en: 'en-GB', ru: 'ru' };

function common(language: DocumentLanguage) {
  const locale = LOCALE[language];
  const numbers = new Intl.NumberFormat(locale);
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    language,
    country: (code: string) => regions.of(code) ?? code,
    list: (items: readonly string[]) => listFormat.format(items),
    date: (partial: string) => formatPartialDate(partial, language),
    number: (value: number) => numbers.format(value),
  };
}

const EN_STATUS: Record<string, string> = {
  open: 'under investigation',
  charged: 'charged',
  'pre-trial-detention': 'in pre-trial detention',
  'administrative-detention': 'in administrative detention',
  imprisoned: 'imprisoned',
  'forced-psychiatric-detention': 'in forced psychiatric detention',
  'house-arrest': 'under house arrest',
  'restricted-liberty': 'restricted liberty',
  'correctional-labour': 'correctional labour',
  'travel-ban': 'under a travel ban',
  'convicted-without-custody': 'convicted, not in custody',
  released: 'released',
  acquitted: 'acquitted',
  'died-in-custody': 'died in custody',
};
const RU_STATUS: Record<string, string> = {
  open: 'идёт проверка',
  charged: 'предъявлено обвинение',
  'pre-trial-detention': 'в предварительном заключении',
  'administrative-detention': 'под административным арестом',
  imprisoned: 'в заключении',
  'forced-psychiatric-detention': 'в принудительном психиатрическом заключении',
  'house-arrest': 'под домашним арестом',
  'restricted-liberty': 'ограничение свободы',
  'correctional-labour': 'исправительные работы',
  'travel-ban': 'запрет на выезд',
  'convicted-without-custody': 'осуждён без лишения свободы',
  released: 'освобождён',
  acquitted: 'оправдан',
  'died-in-custody': 'умер под стражей',
};

const RU_FIGURES: Record<string, string> = {
  deaths: 'погибшие',
  'deaths-security-forces': 'погибшие среди силовиков',
  injured: 'раненые',
  detained: 'задержанные',
  tortured: 'подвергшиеся пыткам',
  'torture-cases-opened': 'возбуждённые дела о пытках',
  convicted: 'осуждённые',
  amnestied: 'амнистированные',
  other: 'другое',
};

const EN_RATINGS: Record<string, string> = {
  'not-yet-rated': 'not yet rated',
  'in-the-works': 'in the works',
  stalled: 'stalled',
  kept: 'kept',
  compromise: 'compromise',
  broken: 'broken',
  'not-implemented': 'not implemented',
  'partially-implemented': 'partially implemented',
  'fully-implemented': 'fully implemented',
};
const RU_RATINGS: Record<string, string> = {
  'not-yet-rated': 'ещё не оценено',
  'in-the-works': 'в работе',
  stalled: 'застопорилось',
  kept: 'выполнено',
  compromise: 'компромисс',
  broken: 'нарушено',
  'not-implemented': 'не выполнено',
  'partially-implemented': 'выполнено частично',
  'fully-implemented': 'выполнено полностью',
};

const EN_ASK_STATUS: Record<string, string> = {
  open: 'open',
  raised: 'raised',
  'partly-met': 'partly met',
  met: 'met',
  dropped: 'dropped',
};
const RU_ASK_STATUS: Record<string, string> = {
  open: 'открыто',
  raised: 'поднято',
  'partly-met': 'выполнено частично',
  met: 'выполнено',
  dropped: 'снято',
};

const RU_FINDINGS: Record<string, string> = {
  arbitrary: 'признала задержание произвольным',
  'not-arbitrary': 'не признала задержание произвольным',
  violation: 'установил нарушение',
  'no-violation': 'не установил нарушения',
  other: 'приняла решение',
};
const EN_FINDINGS: Record<string, string> = {
  arbitrary: 'found the detention arbitrary',
  'not-arbitrary': 'found the detention not arbitrary',
  violation: 'found a violation',
  'no-violation': 'found no violation',
  other: 'gave a decision',
};

const en: Phrases = {
  ...common('en'),
  qualified(value, qualifier) {
    const n = this.number(value);
    return qualifier === 'at-least'
      ? `at least ${n}`
      : qualifier === 'about'
        ? `about ${n}`
        : qualifier === 'at-most'
          ? `at most ${n}`
          : n;
  },
  // Partial dates give a range: the days certainly, and at most.
  days: ({ certain, possible }) =>
    certain === possible ? `${certain} days` : `between ${certain} and ${possible} days`,
  people: (count) => (count === 1 ? '1 person' : `${count} people`),
  months: (count) =>
    count % 12 === 0
      ? `${count / 12} ${count === 12 ? 'year' : 'years'}`
      : `${count} ${count === 1 ? 'month' : 'months'}`,
  sentenceKind: (custody) =>
    ({
      imprisonment: 'imprisonment',
      suspended: 'suspended sentence',
      'restricted-liberty': 'restricted liberty',
      'correctional-labour': 'correctional labour',
      probation: 'probation',
      'fine-only': 'fine',
      none: 'no penalty',
    })[custody] ?? custody,
  status: (status) => EN_STATUS[status] ?? status,
  askStatus: (status, recorded) =>
    `${EN_ASK_STATUS[status] ?? status}${recorded ? '' : ' (derived for this date)'}`,
  priority: (priority) => `${priority} priority`,
  figureKind: (kind) => FIGURE_WORDS[kind as keyof typeof FIGURE_WORDS] ?? kind,
  rating: (rating) => EN_RATINGS[rating] ?? rating,
  finding: (body, finding, opinion) =>
    `the UN ${body}${opinion ? ` (opinion ${opinion})` : ''} ${EN_FINDINGS[finding] ?? finding}`,
  audience: (audience) =>
    ({ internal: 'internal readers', partner: 'partner organizations', public: 'the public' })[audience] ??
    audience,
  labels: {
    briefing: 'Briefing',
    asOf: 'As of',
    audience: 'For',
    countries: 'Countries',
    talkingPoints: 'Talking points',
    asks: 'Priority asks',
    figures: 'Figures',
    indicators: 'Key figures over time',
    commitments: 'Commitments of the government',
    sources: 'Sources',
    person: 'Person',
    status: 'Status',
    charges: 'Charges',
    sentence: 'Sentence',
    daysDeprived: 'Days deprived of liberty',
    unDecisions: 'UN decisions',
    commitment: 'Commitment',
    made: 'Made',
    deadline: 'Deadline',
    rating: 'Rating',
    evidence: 'Evidence',
    noAsks: 'No asks for this country.',
    noCommitments: 'No commitments recorded by this date.',
    uncited: 'no source cited',
    withheld: 'name withheld',
    politicalPrisoner: 'recognised as a political prisoner',
    overdue: 'overdue',
    alsoReported: 'also reported',
    none: '—',
  },
  letter: {
    series: (items) =>
      items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join('; ')}; and ${items.at(-1)}`,
    eventFigures: (event, figures) => `On the ${event}, sources report ${figures}.`,
    person: (name, facts) => `${name}: ${facts}.`,
    asOf: (status, date) => `${status} as of ${date}`,
    detainedSince: (date) => `first detained ${date}`,
    daysInAll: (days) => `${days} deprived of liberty in all`,
    heldUntil: (date, days) => `deprived of liberty until ${date}, ${days} in all`,
    commitments: (date, list) => `The government's commitments, as rated on ${date}: ${list}.`,
    commitment: (title, made, rating) => `“${title}”${made ? ` (${made})` : ''}: ${rating}`,
    anonymous: (count) =>
      `and ${count} ${count === 1 ? 'organization' : 'organizations'} that cannot be named for their safety`,
    noSignatories: '*Signatories are added as organizations sign on.*',
  },
  point: {
    openAskInCustody: (name, status, ask, since, days) =>
      `${name} is ${status} (${since ? `first detained: ${since}; ` : ''}${days} deprived of liberty) while the ask “${ask}” remains open.`,
    unFinding: (name, finding) => `${name} is still deprived of liberty although ${finding}.`,
    overdue: (title, deadline) => `The commitment “${title}” is overdue: its deadline was ${deadline}.`,
    broken: (title, ratedOn) =>
      `The commitment “${title}” was broken${ratedOn ? ` (rated ${ratedOn})` : ''}.`,
    disputed: (event, kind, values) => `Sources disagree on the ${kind} in the ${event}: ${values}.`,
  },
};

const RU_PEOPLE = new Intl.PluralRules('ru');
const ruPlural = (count: number, one: string, few: string, many: string) => {
  const form = RU_PEOPLE.select(count);
  return form === 'one' ? one : form === 'few' ? few : many;
};

const ru: Phrases = {
  ...common('ru'),
  qualified(value, qualifier) {
    const n = this.number(value);
    return qualifier === 'at-least'
      ? `не менее ${n}`
      : qualifier === 'about'
        ? `около ${n}`
        : qualifier === 'at-most'
          ? `не более ${n}`
          : n;
  },
  days: ({ certain, possible }) =>
    certain === possible
      ? `${certain} ${ruPlural(certain, 'день', 'дня', 'дней')}`
      : `от ${certain} до ${possible} ${ruPlural(possible, 'дня', 'дней', 'дней')}`,
  people: (count) => `${count} ${ruPlural(count, 'человек', 'человека', 'человек')}`,
  months: (count) =>
    count % 12 === 0
      ? `${count / 12} ${ruPlural(count / 12, 'год', 'года', 'лет')}`
      : `${count} ${ruPlural(count, 'месяц', 'месяца', 'месяцев')}`,
  sentenceKind: (custody) =>
    ({
      imprisonment: 'лишение свободы',
      suspended: 'условный срок',
      'restricted-liberty': 'ограничение свободы',
      'correctional-labour': 'исправительные работы',
      probation: 'пробация',
      'fine-only': 'штраф',
      none: 'без наказания',
    })[custody] ?? custody,
  status: (status) => RU_STATUS[status] ?? status,
  askStatus: (status, recorded) =>
    `${RU_ASK_STATUS[status] ?? status}${recorded ? '' : ' (выведено на эту дату)'}`,
  priority: (priority) =>
    ({ high: 'высокий приоритет', medium: 'средний приоритет', low: 'низкий приоритет' })[priority] ??
    priority,
  figureKind: (kind) => RU_FIGURES[kind] ?? kind,
  rating: (rating) => RU_RATINGS[rating] ?? rating,
  finding: (body, finding, opinion) =>
    `${body === 'WGAD' ? 'Рабочая группа ООН по произвольным задержаниям' : `орган ООН ${body}`}${opinion ? ` (мнение № ${opinion})` : ''} ${RU_FINDINGS[finding] ?? finding}`,
  audience: (audience) =>
    ({
      internal: 'для внутреннего пользования',
      partner: 'для организаций-партнёров',
      public: 'для публикации',
    })[audience] ?? audience,
  labels: {
    briefing: 'Справка',
    asOf: 'По состоянию на',
    audience: 'Кому',
    countries: 'Страны',
    talkingPoints: 'Ключевые тезисы',
    asks: 'Приоритетные требования',
    figures: 'Цифры',
    indicators: 'Показатели во времени',
    commitments: 'Обязательства правительства',
    sources: 'Источники',
    person: 'Человек',
    status: 'Положение',
    charges: 'Обвинения',
    sentence: 'Приговор',
    daysDeprived: 'Дней лишения свободы',
    unDecisions: 'Решения ООН',
    commitment: 'Обязательство',
    made: 'Дано',
    deadline: 'Срок',
    rating: 'Оценка',
    evidence: 'Основания',
    noAsks: 'Требований по этой стране нет.',
    noCommitments: 'На эту дату обязательств не записано.',
    uncited: 'источник не указан',
    withheld: 'имя не раскрывается',
    politicalPrisoner: 'признан политзаключённым',
    overdue: 'просрочено',
    alsoReported: 'другие данные',
    none: '—',
  },
  letter: {
    series: (items) =>
      items.length <= 2 ? items.join(' и ') : `${items.slice(0, -1).join('; ')}; и ${items.at(-1)}`,
    eventFigures: (event, figures) => `${event}: по данным источников, ${figures}.`,
    person: (name, facts) => `${name}: ${facts}.`,
    asOf: (status, date) => `${status} на ${date}`,
    detainedSince: (date) => `впервые задержан: ${date}`,
    daysInAll: (days) => `всего лишён свободы ${days}`,
    heldUntil: (date, days) => `лишён свободы до ${date}, всего ${days}`,
    commitments: (date, list) => `Обязательства правительства и их оценка на ${date}: ${list}.`,
    commitment: (title, made, rating) => `«${title}»${made ? ` (${made})` : ''}: ${rating}`,
    anonymous: (count) =>
      `и ещё ${count} ${ruPlural(count, 'организация', 'организации', 'организаций')}, которые не могут быть названы ради их безопасности`,
    noSignatories: '*Подписи добавляются по мере присоединения организаций.*',
  },
  point: {
    openAskInCustody: (name, status, ask, since, days) =>
      `${name}: ${status} (${since ? `впервые задержан: ${since}; ` : ''}лишение свободы: ${days}), а требование «${ask}» остаётся открытым.`,
    unFinding: (name, finding) => `${name} по-прежнему лишён свободы, хотя ${finding}.`,
    overdue: (title, deadline) => `Обязательство «${title}» просрочено: срок истёк ${deadline}.`,
    broken: (title, ratedOn) =>
      `Обязательство «${title}» нарушено${ratedOn ? ` (оценка от ${ratedOn})` : ''}.`,
    disputed: (event, kind, values) => `Источники расходятся в цифрах («${kind}», ${event}): ${values}.`,
  },
};

export const PHRASES: Record<DocumentLanguage, Phrases> = { en, ru };
