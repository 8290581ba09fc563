import { citationsFor, type DemoBatch, type DemoIds } from './demo-types.ts';
import { CASE, INSTRUMENT, PERSON, SOURCE } from './refs.ts';

/**
 * The bloggers Fazilhoja Arifhojayev and Valijon Kalonov. The facts table cites the US State
 * Department 2022 Uzbekistan report and Human Rights Watch for both; the steps carry the first, and
 * the 2025 WGAD opinion, which a 2022 report cannot contain, carries Human Rights Watch.
 */
export function demoBloggerCases(ids: DemoIds): DemoBatch {
  const stateDept = ids(SOURCE.stateDept);
  const records = [
    {
      ref: CASE.arifhojayev,
      input: {
        victimId: ids(PERSON.arifhojayev),
        caseType: 'prosecution',
        title: 'Fazilhoja Arifhojayev',
        country: 'UZ',
        eventId: null,
        charges: [{ instrumentId: ids(INSTRUMENT.criminalCodeUz), article: '244-1', sourceId: stateDept }],
        timeline: [
          {
            kind: 'sentence',
            date: '2022-01',
            sentence: [{ value: { custody: 'imprisonment', termMonths: 90 }, sourceId: stateDept }],
            note: '7.5 years; the arrest date and the court are not reported in the demo sources',
            sourceId: stateDept,
          },
        ],
      },
    },
    {
      ref: CASE.kalonov,
      input: {
        victimId: ids(PERSON.kalonov),
        caseType: 'forced-psychiatric-detention',
        title: 'Valijon Kalonov',
        country: 'UZ',
        eventId: null,
        timeline: [
          {
            kind: 'forced-psychiatric-detention',
            date: '2021-12',
            note: 'in forced psychiatric detention since December 2021',
            sourceId: stateDept,
          },
        ],
        unDecisions: [
          {
            body: 'WGAD',
            // The facts give only that an opinion was adopted in 2025, not what it found.
            finding: 'other',
            opinionNumber: null,
            adoptedOn: '2025',
            note: 'finding and opinion number not reported in the demo sources',
            sourceId: ids(SOURCE.hrwKalonov),
          },
        ],
      },
    },
  ];
  const citations = [
    citationsFor('case', CASE.arifhojayev)(
      'timeline',
      SOURCE.stateDept,
      '7.5 years (art. 244-1), January 2022.',
    ),
    citationsFor('case', CASE.arifhojayev)('charges', SOURCE.stateDept, 'Convicted under art. 244-1.'),
    citationsFor('case', CASE.kalonov)(
      'timeline',
      SOURCE.stateDept,
      'In forced psychiatric detention since December 2021.',
    ),
    citationsFor('case', CASE.kalonov)(
      'unDecisions',
      SOURCE.hrwKalonov,
      'WGAD opinion on Valijon Kalonov adopted in 2025.',
    ),
  ];
  return { records, citations };
}
