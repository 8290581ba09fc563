import { citationsFor, type DemoBatch, type DemoIds, en, mergeBatches } from './demo-types.ts';
import { EVENT, SOURCE } from './refs.ts';

/**
 * The events the facts describe. Figures keep every number a source gave as a claim; 238 dead is
 * preferred because the table gives it as the latest official figure. Dates and places the facts
 * do not give stay null or empty.
 */
function januaryEvents(ids: DemoIds): DemoBatch {
  const s = (ref: string) => ids(ref);
  const cite = citationsFor('event', EVENT.january2022);
  const earlier = (value: number) => ({
    value,
    sourceId: s(SOURCE.hrwMay2022),
    note: 'earlier official total',
  });
  const input = {
    names: [
      { text: 'January 2022 Events', language: 'en', kind: 'primary' },
      { text: 'Январские события', language: 'ru', kind: 'alias' },
      { text: 'Қаңтар оқиғасы', language: 'kk', kind: 'alias' },
    ],
    kind: 'unrest',
    country: 'KZ',
    startDate: '2022-01',
    endDate: null,
    places: [],
    description: en(
      'Unrest in Kazakhstan in January 2022, followed by mass detentions, torture, trials and an amnesty. ' +
        'The exact dates and places are not reported in the demo sources.',
    ),
    figures: [
      {
        kind: 'deaths',
        claims: [
          {
            value: 238,
            sourceId: s(SOURCE.rferl),
            statedOn: '2022-08',
            note: 'latest official figure (Prosecutor General)',
            isPreferred: true,
          },
          earlier(225),
          earlier(230),
          earlier(232),
        ],
      },
      {
        kind: 'deaths-security-forces',
        claims: [{ value: 19, sourceId: s(SOURCE.rferl), statedOn: '2022-08', note: 'Prosecutor General' }],
      },
      {
        kind: 'detained',
        claims: [
          {
            value: 9900,
            qualifier: 'about',
            sourceId: s(SOURCE.diplomatJan2023),
            statedOn: '2022-01-11',
            note: 'detained by 11 January (Interior Ministry)',
          },
        ],
      },
      {
        kind: 'torture-cases-opened',
        claims: [
          {
            value: 243,
            sourceId: s(SOURCE.theWall),
            statedOn: '2022-03-14',
            note: 'criminal cases on torture or abuse, per a parliamentary session',
          },
        ],
      },
      {
        kind: 'tortured',
        claims: [
          {
            value: 190,
            qualifier: 'at-least',
            sourceId: s(SOURCE.openDemocracy),
            statedOn: '2022-12',
            note: 'NGO count',
          },
        ],
      },
      {
        kind: 'other',
        label: en('deaths from torture acknowledged by the authorities'),
        claims: [{ value: 6, sourceId: s(SOURCE.hrwDec2022), statedOn: '2022-12-20' }],
      },
      {
        kind: 'convicted',
        claims: [{ value: 1113, sourceId: s(SOURCE.hrwDec2022), statedOn: '2022-12-20' }],
      },
      {
        kind: 'other',
        label: en('convicted for participation in mass riots'),
        claims: [{ value: 423, sourceId: s(SOURCE.hrwDec2022), statedOn: '2022-12-20' }],
      },
      {
        kind: 'amnestied',
        claims: [
          {
            value: 1500,
            qualifier: 'about',
            sourceId: s(SOURCE.rferl),
            note: 'amnesty signed 2 November 2022',
          },
        ],
      },
    ],
    accountability: [
      {
        kind: 'investigation-opened',
        date: '2022-03-14',
        count: 243,
        description: en(
          '243 criminal cases on torture or abuse opened (reported at a parliamentary session).',
        ),
        sourceId: s(SOURCE.theWall),
      },
      {
        kind: 'officials-detained',
        date: '2022-03-14',
        count: 9,
        description: en('9 officers detained (reported at a parliamentary session).'),
        sourceId: s(SOURCE.theWall),
      },
      {
        kind: 'officials-convicted',
        date: '2022',
        count: 1,
        description: en(
          'One officer sentenced to 6 years for the death of Ernazar Krykbaev (trials of November–December 2022).',
        ),
        sourceId: s(SOURCE.hrwDec2022),
      },
      {
        kind: 'amnesty',
        date: '2022-11-02',
        count: 1500,
        description: en(
          'Amnesty signed 2 November 2022 covering about 1,500 people; it excludes terrorism, extremism, ' +
            'treason, organisers of mass riots and torturers.',
        ),
        sourceId: s(SOURCE.rferl),
      },
    ],
  };
  const citations = [
    cite('names', SOURCE.rferl, 'Reports on the January 2022 Events in Kazakhstan.'),
    cite('startDate', SOURCE.diplomatJan2023, 'About 9,900 people were detained by 11 January 2022.'),
    cite(
      'figures',
      SOURCE.rferl,
      'Reports 238 dead including 19 security personnel (Prosecutor General), August 2022.',
    ),
    cite(
      'figures',
      SOURCE.hrwMay2022,
      'Cited with RFE/RL for the death toll: earlier official totals were 225, 230 and 232 (the facts table ' +
        'does not say which of the two sources gave which total).',
    ),
    cite('figures', SOURCE.letter, 'The coalition letter says at least 238 people were killed.'),
    cite('figures', SOURCE.openDemocracy, 'NGOs count at least 190 people tortured.'),
    cite(
      'figures',
      SOURCE.hrwDec2022,
      'Authorities acknowledge 6 deaths from torture in custody; 1,113 convicted (423 for participation in mass ' +
        'riots).',
    ),
    cite(
      'accountability',
      SOURCE.theWall,
      '243 criminal cases on torture or abuse opened, 9 officers detained.',
    ),
    cite(
      'accountability',
      SOURCE.hrwDec2022,
      'One officer convicted (6 years, for the death of Ernazar Krykbaev).',
    ),
  ];
  return { records: [{ ref: EVENT.january2022, input }], citations };
}

function karakalpakstan(ids: DemoIds): DemoBatch {
  const ahrca = ids(SOURCE.ahrca);
  const cite = citationsFor('event', EVENT.karakalpakstan);
  const input = {
    names: [{ text: 'Karakalpakstan protests', language: 'en', kind: 'primary' }],
    kind: 'protest',
    country: 'UZ',
    startDate: '2022-07-01',
    endDate: '2022-07-02',
    places: ['Nukus'],
    description: en(
      "Protests in Nukus against constitutional amendments on Karakalpakstan's status; the amendments were " +
        'withdrawn on 2 July 2022.',
    ),
    figures: [
      { kind: 'deaths', claims: [{ value: 21, sourceId: ahrca, note: 'per the Prosecutor General' }] },
      {
        kind: 'deaths-security-forces',
        claims: [{ value: 4, sourceId: ahrca, note: 'law enforcement, per the Prosecutor General' }],
      },
      { kind: 'detained', claims: [{ value: 516, sourceId: ahrca }] },
    ],
    accountability: [],
  };
  const citations = [
    cite('startDate', SOURCE.ahrca, 'Protests in Nukus on 1–2 July 2022; amendments withdrawn 2 July.'),
    cite('figures', SOURCE.ahrca, '21 dead (4 law enforcement) per the Prosecutor General; 516 detained.'),
  ];
  return { records: [{ ref: EVENT.karakalpakstan, input }], citations };
}

function kazakhstanVotes(): DemoBatch {
  const kz = { country: 'KZ', endDate: null, places: [], figures: [], accountability: [] };
  const records = [
    {
      ref: EVENT.referendumKz,
      input: {
        ...kz,
        names: [{ text: 'Constitutional referendum in Kazakhstan', language: 'en', kind: 'primary' }],
        kind: 'referendum',
        startDate: '2022-06-05',
        endDate: '2022-06-05',
        description: en('33 of 98 articles of the Constitution amended; 77.18% voted yes; turnout 68.05%.'),
      },
    },
    {
      ref: EVENT.presidentialKz,
      input: {
        ...kz,
        names: [{ text: 'Kazakhstan snap presidential election', language: 'en', kind: 'primary' }],
        kind: 'election',
        startDate: '2022-11-20',
        endDate: '2022-11-20',
        description: en(
          'Snap presidential election after a single 7-year presidential term was adopted (17 September 2022); ' +
            'won by Tokayev with 81.31%.',
        ),
      },
    },
    {
      ref: EVENT.mazhilisKz,
      input: {
        ...kz,
        names: [{ text: 'Kazakhstan snap Mazhilis election', language: 'en', kind: 'primary' }],
        kind: 'election',
        startDate: '2023-03-19',
        endDate: '2023-03-19',
        description: en(
          '7 parties took part, including the newly registered Respublica and Baytaq; Amanat won 62 of 98 seats. ' +
            "Independent parties (Mamay's Democratic Party; YNTYMAQ) were reported as still refused registration " +
            '(unverified).',
        ),
      },
    },
  ];
  const citations = [
    citationsFor('event', EVENT.referendumKz)(
      'description',
      SOURCE.officialResults,
      'Referendum of 5 June 2022: 33 of 98 articles amended; 77.18% yes, turnout 68.05%.',
    ),
    citationsFor('event', EVENT.presidentialKz)(
      'description',
      SOURCE.astanaTimes,
      'A single 7-year presidential term adopted (17 September 2022); snap election of 20 November 2022 won by ' +
        'Tokayev with 81.31%.',
    ),
    citationsFor('event', EVENT.mazhilisKz)(
      'description',
      SOURCE.astanaTimes,
      'Snap Mazhilis election of 19 March 2023: 7 parties including newly registered Respublica and Baytaq; ' +
        'Amanat 62 of 98 seats; independent parties still refused registration (unverified).',
    ),
  ];
  return { records, citations };
}

export function demoEvents(ids: DemoIds): DemoBatch {
  return mergeBatches([januaryEvents(ids), karakalpakstan(ids), kazakhstanVotes()]);
}
