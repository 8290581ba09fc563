import { citationsFor, type DemoBatch, type DemoIds, en } from './demo-types.ts';
import { INDICATOR, INSTRUMENT, ORG, SOURCE } from './refs.ts';

/**
 * Legal instruments and indicators the facts describe. Where the facts give no article number, the
 * provision says so in its `article` rather than inventing one; where they do not say what an
 * article is about, its heading and summary stay null.
 */
const NOT_NUMBERED = '(article not reported)';

function provision(article: string, sourceId: string, text: { heading?: string; summary?: string }) {
  return {
    article,
    heading: text.heading ?? null,
    summary: text.summary ? en(text.summary) : null,
    sourceId,
  };
}

export function demoLegalInstruments(ids: DemoIds): DemoBatch {
  const s = (ref: string) => ids(ref);
  const records = [
    {
      ref: INSTRUMENT.ngoEventRules,
      input: {
        titles: [
          { text: 'Uzbekistan Ministry of Justice rules on NGO events', language: 'en', kind: 'primary' },
        ],
        kind: 'regulation',
        country: 'UZ',
        issuedBy: s(ORG.justiceUz),
        adoptedOn: '2018-06',
        status: 'in-force',
        summary: en(
          'NGOs must notify their events in advance through a 12-question form. ' +
            'Status: in force as described by CABAR.asia and, in February 2023, by the coalition letter ' +
            '("prior-notification of events"); not checked since.',
        ),
        provisions: [
          provision(`Notice period ${NOT_NUMBERED}`, s(SOURCE.cabar), {
            summary:
              'Events must be notified at least 10 days ahead; 20 days with foreign participants or abroad.',
          }),
          provision(`Notification form ${NOT_NUMBERED}`, s(SOURCE.cabar), {
            summary: 'A 12-question form covering topic, participants, funding and materials.',
          }),
        ],
      },
    },
    {
      ref: INSTRUMENT.nationalPartnerDecree,
      input: {
        titles: [{ text: 'Uzbekistan "national partner" decree', language: 'en', kind: 'primary' }],
        kind: 'decree',
        country: 'UZ',
        adoptedOn: '2022-06-16',
        status: 'in-force',
        summary: en(
          'NGOs receiving foreign funding must involve a "national partner", a state employee recommended by the ' +
            'Justice Ministry. Status: in force as described in February 2023 by the coalition letter ("the ' +
            'requirement to appoint a government minder"); the issuing body and number are not reported.',
        ),
        provisions: [
          provision(`National partner ${NOT_NUMBERED}`, s(SOURCE.cottonCampaign), {
            summary:
              'NGOs receiving foreign funding must involve a "national partner", a state employee recommended ' +
              'by the Justice Ministry.',
          }),
          provision(`Road map and evaluation ${NOT_NUMBERED}`, s(SOURCE.cottonCampaign), {
            summary: 'The national partner writes the project road map and evaluates the results.',
          }),
        ],
      },
    },
    {
      ref: INSTRUMENT.criminalCodeKz,
      input: {
        titles: [
          { text: 'Criminal Code of the Republic of Kazakhstan', language: 'en', kind: 'primary' },
          { text: 'Уголовный кодекс Республики Казахстан', language: 'ru', kind: 'alias' },
        ],
        kind: 'code',
        country: 'KZ',
        status: 'in-force',
        summary: en('Only the articles charged in the demo cases are recorded.'),
        provisions: [
          provision('378.2', s(SOURCE.amnestyUk), { heading: 'Insulting an official' }),
          provision('274.2', s(SOURCE.amnestyUk), { heading: 'False information' }),
        ],
      },
    },
    {
      ref: INSTRUMENT.criminalCodeUz,
      input: {
        titles: [
          { text: 'Criminal Code of the Republic of Uzbekistan', language: 'en', kind: 'primary' },
          { text: 'Уголовный кодекс Республики Узбекистан', language: 'ru', kind: 'alias' },
        ],
        kind: 'code',
        country: 'UZ',
        status: 'in-force',
        summary: en(
          'Only the articles charged in the demo cases are recorded; the demo sources do not say what ' +
            'articles 159, 244, 244-1 and 104 cover.',
        ),
        provisions: [
          provision('165', s(SOURCE.cpj), { heading: 'Extortion' }),
          provision('139', s(SOURCE.cpj), { heading: 'Slander' }),
          provision('159', s(SOURCE.kunUz), {}),
          provision('244', s(SOURCE.kunUz), {}),
          provision('244-1', s(SOURCE.kunUz), {}),
          provision('104', s(SOURCE.kunUz), {}),
        ],
      },
    },
    {
      ref: INSTRUMENT.partyThresholdsKz,
      input: {
        titles: [
          {
            text: '"New Kazakhstan" proposal on party-registration thresholds',
            language: 'en',
            kind: 'primary',
          },
        ],
        kind: 'other',
        country: 'KZ',
        // A proposal: the date it was proposed is in the summary; whether and when it was adopted is not reported.
        adoptedOn: null,
        status: 'draft',
        summary: en(
          'Proposed on 16 March 2022 as part of the "New Kazakhstan" reforms: lower thresholds for registering a ' +
            'party (members 20,000 → 5,000; regional branches 600 → 200; founding group 1,000 → 700). ' +
            'Its adoption is not reported in the demo sources.',
        ),
        provisions: [
          provision(`Members ${NOT_NUMBERED}`, s(SOURCE.astanaTimes), { summary: 'From 20,000 to 5,000.' }),
          provision(`Regional branches ${NOT_NUMBERED}`, s(SOURCE.astanaTimes), {
            summary: 'From 600 to 200.',
          }),
          provision(`Founding group ${NOT_NUMBERED}`, s(SOURCE.astanaTimes), {
            summary: 'From 1,000 to 700.',
          }),
        ],
      },
    },
  ];
  const citations = [
    citationsFor('legal-instrument', INSTRUMENT.ngoEventRules)(
      'provisions',
      SOURCE.cabar,
      'Justice Ministry rules (June 2018): NGOs must notify events at least 10 days ahead (20 days with foreign ' +
        'participants or abroad) through a 12-question form covering topic, participants, funding, materials.',
    ),
    citationsFor('legal-instrument', INSTRUMENT.ngoEventRules)(
      'status',
      SOURCE.letter,
      'In February 2023 the coalition letter says registered NGOs must submit to prior notification of events.',
    ),
    citationsFor('legal-instrument', INSTRUMENT.nationalPartnerDecree)(
      'provisions',
      SOURCE.cottonCampaign,
      'Decree of 16 June 2022: NGOs receiving foreign funding must involve a "national partner" (a state ' +
        'employee recommended by the Justice Ministry) who writes the project road map and evaluates results.',
    ),
    citationsFor('legal-instrument', INSTRUMENT.nationalPartnerDecree)(
      'provisions',
      SOURCE.diplomatAug2022,
      'Cited with the Cotton Campaign for the "national partner" decree of 16 June 2022 and its road-map and ' +
        'evaluation role.',
    ),
    citationsFor('legal-instrument', INSTRUMENT.nationalPartnerDecree)(
      'status',
      SOURCE.letter,
      'In February 2023 the coalition letter names the requirement to appoint a government minder with ' +
        'expansive powers.',
    ),
    citationsFor('legal-instrument', INSTRUMENT.criminalCodeKz)(
      'provisions',
      SOURCE.amnestyUk,
      'Zhanbolat Mamay was arrested under Criminal Code arts. 378.2 (insulting an official) and 274.2 (false ' +
        'information).',
    ),
    citationsFor('legal-instrument', INSTRUMENT.criminalCodeUz)(
      'provisions',
      SOURCE.cpj,
      'Otabek Sattoriy was sentenced for extortion (Criminal Code art. 165) and slander (art. 139).',
    ),
    citationsFor('legal-instrument', INSTRUMENT.criminalCodeUz)(
      'provisions',
      SOURCE.kunUz,
      'Dauletmurat Tazhimuratov was sentenced under Criminal Code arts. 159, 244, 244-1 and 104.',
    ),
    citationsFor('legal-instrument', INSTRUMENT.partyThresholdsKz)(
      'summary',
      SOURCE.astanaTimes,
      'Proposed lower thresholds for party registration: members 20,000 → 5,000; regional branches 600 → 200; ' +
        'founding group 1,000 → 700 (16 March 2022).',
    ),
  ];
  return { records, citations };
}

export function demoIndicators(ids: DemoIds): DemoBatch {
  const name = (text: string) => [{ text, language: 'en', kind: 'primary' }];
  const received = 'UPR recommendations received';
  const records = [
    {
      ref: INDICATOR.jailedJournalistsUz,
      input: {
        names: name('Journalists and bloggers in prison'),
        country: 'UZ',
        unit: 'persons',
        description: en('Journalists and bloggers in prison, as counted by the sources cited.'),
        observations: [
          {
            date: '2020',
            value: 0,
            note: 'none in prison as recently as 2020',
            sourceId: ids(SOURCE.letter),
          },
          {
            date: '2023-02',
            value: 18,
            qualifier: 'at-least',
            note: 'at last count',
            sourceId: ids(SOURCE.letter),
          },
        ],
      },
    },
    {
      ref: INDICATOR.uprReceivedKz,
      input: {
        names: name(received),
        country: 'KZ',
        unit: 'count',
        description: en('Recommendations received in a Universal Periodic Review, by review date.'),
        observations: [
          { date: '2025-01-23', value: 294, note: 'from 103 states', sourceId: ids(SOURCE.kazinform) },
        ],
      },
    },
    {
      ref: INDICATOR.uprReceivedUz,
      input: {
        names: name(received),
        country: 'UZ',
        unit: 'count',
        description: en('Recommendations received in a Universal Periodic Review, by review date.'),
        observations: [
          { date: '2023-11-08', value: 244, note: '84 states spoke', sourceId: ids(SOURCE.tashkentTimes) },
        ],
      },
    },
    {
      ref: INDICATOR.uprAcceptedKz,
      input: {
        // "Accepted" as the source says; "supported" is the UPR's own word for it.
        names: [
          ...name('UPR recommendations accepted'),
          { text: 'UPR recommendations supported', kind: 'alias' },
        ],
        country: 'KZ',
        unit: 'count',
        description: en('Recommendations accepted after a Universal Periodic Review, by review date.'),
        observations: [{ date: '2025-01-23', value: 259, sourceId: ids(SOURCE.kazinform) }],
      },
    },
  ];
  const citations = [
    citationsFor('indicator', INDICATOR.jailedJournalistsUz)(
      'observations',
      SOURCE.letter,
      'No journalists or bloggers in prison as recently as 2020; at least 18 imprisoned at last count (February 2023).',
    ),
    citationsFor('indicator', INDICATOR.uprReceivedKz)(
      'observations',
      SOURCE.kazinform,
      'Review of 23 January 2025: 294 recommendations from 103 states; 259 accepted.',
    ),
    citationsFor('indicator', INDICATOR.uprReceivedUz)(
      'observations',
      SOURCE.tashkentTimes,
      'Review of 8 November 2023: 84 states spoke; 244 recommendations.',
    ),
    citationsFor('indicator', INDICATOR.uprAcceptedKz)(
      'observations',
      SOURCE.kazinform,
      'Review of 23 January 2025: 259 of 294 recommendations accepted.',
    ),
  ];
  return { records, citations };
}
