import { common, type Phrases } from './phrase-book.ts';

/** The Russian phrase book: plurals by the platform's rules (один день, два дня, пять дней). */

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

const RU_PEOPLE = new Intl.PluralRules('ru');
const ruPlural = (count: number, one: string, few: string, many: string) => {
  const form = RU_PEOPLE.select(count);
  return form === 'one' ? one : form === 'few' ? few : many;
};

export const ru: Phrases = {
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
