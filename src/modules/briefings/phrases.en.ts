import { FIGURE_WORDS } from '../events/figures.ts';
import { common, type Phrases } from './phrase-book.ts';

/** The English phrase book. */

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

const EN_ASK_STATUS: Record<string, string> = {
  open: 'open',
  raised: 'raised',
  'partly-met': 'partly met',
  met: 'met',
  dropped: 'dropped',
};

const EN_FINDINGS: Record<string, string> = {
  arbitrary: 'found the detention arbitrary',
  'not-arbitrary': 'found the detention not arbitrary',
  violation: 'found a violation',
  'no-violation': 'found no violation',
  other: 'gave a decision',
};

export const en: Phrases = {
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
