import { citationsFor, type DemoBatch, type DemoIds, en } from './demo-types.ts';
import { CASE, EVENT, INSTRUMENT, ORG, PERSON, PROCEEDING, SOURCE } from './refs.ts';

/**
 * Dauletmurat Tazhimuratov and his co-defendants, sentenced together by Bukhara Regional Court on
 * 31 January 2023, and the two Karakalpak trials. No arrest dates are in the facts, so each timeline
 * starts with the sentence and says that the arrest date is not reported.
 */
const ARREST_NOT_REPORTED = 'arrest date not reported in the demo sources';

export function demoKarakalpakstanCases(ids: DemoIds): DemoBatch {
  const kunUz = ids(SOURCE.kunUz);
  const court = ids(ORG.bukharaCourt);
  const code = ids(INSTRUMENT.criminalCodeUz);
  const verdict = (custody: string, termMonths: number, note: string) => ({
    kind: 'sentence',
    date: '2023-01-31',
    courtId: court,
    sentence: [{ value: { custody, termMonths }, sourceId: kunUz }],
    note,
    sourceId: kunUz,
  });
  const common = { country: 'UZ', eventId: ids(EVENT.karakalpakstan) };
  const records = [
    {
      ref: CASE.tazhimuratov,
      input: {
        ...common,
        victimId: ids(PERSON.tazhimuratov),
        caseType: 'arbitrary-detention',
        title: 'Dauletmurat Tazhimuratov',
        summary: en(
          'Lawyer and journalist sentenced by Bukhara Regional Court on 31 January 2023 to 16 years; the Supreme ' +
            'Court upheld the sentence about June 2023.',
        ),
        charges: ['159', '244', '244-1', '104'].map((article) => ({
          instrumentId: code,
          article,
          sourceId: kunUz,
        })),
        timeline: [
          verdict('imprisonment', 192, `16 years; ${ARREST_NOT_REPORTED}`),
          {
            kind: 'appeal',
            date: '2023-06',
            courtId: ids(ORG.supremeCourtUz),
            appealOutcome: 'upheld',
            note: 'about June 2023',
            sourceId: ids(SOURCE.diplomatJun2023),
          },
        ],
      },
    },
    {
      ref: CASE.kallykhanova,
      input: {
        ...common,
        victimId: ids(PERSON.kallykhanova),
        caseType: 'prosecution',
        title: 'Lolagul Kallykhanova',
        timeline: [
          verdict('restricted-liberty', 96, `8 years of restricted liberty; ${ARREST_NOT_REPORTED}`),
        ],
      },
    },
    {
      ref: CASE.shamshetov,
      input: {
        ...common,
        victimId: ids(PERSON.shamshetov),
        caseType: 'prosecution',
        title: 'Polat Shamshetov',
        timeline: [
          verdict('imprisonment', 72, `6 years; ${ARREST_NOT_REPORTED}`),
          { kind: 'death-in-custody', date: '2023-02', note: 'early February 2023', sourceId: kunUz },
        ],
      },
    },
  ];
  const citations = [
    citationsFor('case', CASE.tazhimuratov)(
      'timeline',
      SOURCE.kunUz,
      'Bukhara Regional Court, 31 January 2023: 16 years under Criminal Code arts. 159, 244, 244-1 and 104.',
    ),
    citationsFor('case', CASE.tazhimuratov)(
      'timeline',
      SOURCE.diplomatJun2023,
      'The Supreme Court upheld the 16 years (about June 2023).',
    ),
    citationsFor('case', CASE.tazhimuratov)(
      'charges',
      SOURCE.kunUz,
      'Criminal Code arts. 159, 244, 244-1 and 104.',
    ),
    citationsFor('case', CASE.kallykhanova)(
      'timeline',
      SOURCE.kunUz,
      'Co-defendant Lolagul Kallykhanova: 8 years of restricted liberty (31 January 2023).',
    ),
    citationsFor('case', CASE.shamshetov)(
      'timeline',
      SOURCE.kunUz,
      'Co-defendant Polat Shamshetov: 6 years (31 January 2023); died in custody early February 2023.',
    ),
  ];
  return { records, citations };
}

export function demoProceedings(ids: DemoIds): DemoBatch {
  const records = [
    {
      ref: PROCEEDING.karakalpakstanTrial,
      input: {
        names: [{ text: 'Karakalpakstan trial, Bukhara Regional Court', language: 'en', kind: 'primary' }],
        kind: 'criminal-trial',
        country: 'UZ',
        courtId: ids(ORG.bukharaCourt),
        startDate: null,
        endDate: '2023-01-31',
        caseIds: [ids(CASE.tazhimuratov), ids(CASE.kallykhanova), ids(CASE.shamshetov)],
        description: en(
          'Trial of Dauletmurat Tazhimuratov and his co-defendants; verdict on 31 January 2023. The start date ' +
            'is not reported in the demo sources.',
        ),
      },
    },
    {
      ref: PROCEEDING.secondKarakalpakTrial,
      input: {
        names: [{ text: 'Second Karakalpak trial', language: 'en', kind: 'primary' }],
        kind: 'criminal-trial',
        country: 'UZ',
        courtId: null,
        startDate: '2023-03',
        endDate: null,
        caseIds: [],
        description: en(
          '39 defendants, 28 imprisoned for 5–11 years. The court and the defendants are not named in the ' +
            'demo sources.',
        ),
      },
    },
  ];
  const citations = [
    citationsFor('proceeding', PROCEEDING.karakalpakstanTrial)(
      'caseIds',
      SOURCE.kunUz,
      'Bukhara Regional Court sentenced Tazhimuratov and his co-defendants Kallykhanova and Shamshetov on ' +
        '31 January 2023.',
    ),
    citationsFor('proceeding', PROCEEDING.secondKarakalpakTrial)(
      'description',
      SOURCE.publicReporting,
      'Second Karakalpak trial, March 2023: 39 defendants, 28 imprisoned for 5–11 years.',
    ),
  ];
  return { records, citations };
}
