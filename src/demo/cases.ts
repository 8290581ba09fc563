import { citationsFor, type DemoBatch, type DemoIds, en, mergeBatches } from './demo-types.ts';
import { CASE, EVENT, INSTRUMENT, ORG, PERSON, SOURCE } from './refs.ts';

/**
 * The cases of Zhanbolat Mamay and Otabek Sattoriy. Where the facts table gives two sources for one row, the timeline steps carry the first and a citation records the
 * second; conflicting values are claims side by side with none preferred.
 */
function mamay(ids: DemoIds): DemoBatch {
  const amnesty = ids(SOURCE.amnestyUk);
  const code = ids(INSTRUMENT.criminalCodeKz);
  const sentence = (fine: { kind: 'fine' | 'damages'; amount: number }) => ({
    custody: 'suspended',
    termMonths: 72,
    bans: [{ scope: 'political, civic and journalistic activity and social media', termMonths: 72 }],
    fines: [{ ...fine, currency: 'KZT' }],
  });
  const input = {
    victimId: ids(PERSON.mamay),
    caseType: 'prosecution',
    title: 'Zhanbolat Mamay',
    country: 'KZ',
    eventId: ids(EVENT.january2022),
    summary: en(
      'Opposition politician held in administrative detention from 25 February 2022, then arrested on criminal ' +
        'charges (insulting an official, false information; a mass-riot charge added in June 2022), moved to ' +
        'house arrest in November 2022 and given a 6-year suspended sentence on 10 April 2023.',
    ),
    charges: [
      { instrumentId: code, article: '378.2', description: 'insulting an official', sourceId: amnesty },
      { instrumentId: code, article: '274.2', description: 'false information', sourceId: amnesty },
      {
        instrumentId: code,
        article: 'mass riots (article not reported)',
        description: 'mass-riot charge added June 2022',
        sourceId: amnesty,
      },
    ],
    timeline: [
      {
        kind: 'administrative-detention',
        date: '2022-02-25',
        durationDays: 15,
        note: "15 days' administrative detention",
        sourceId: amnesty,
      },
      { kind: 'arrest', date: '2022-03', note: 'reported as around 12 March 2022', sourceId: amnesty },
      {
        kind: 'charge',
        date: '2022-03',
        note: 'Criminal Code arts. 378.2 (insulting an official) and 274.2 (false information)',
        sourceId: amnesty,
      },
      { kind: 'charge', date: '2022-06', note: 'mass-riot charge added', sourceId: amnesty },
      { kind: 'house-arrest', date: '2022-11', note: 'moved to house arrest', sourceId: amnesty },
      {
        kind: 'sentence',
        date: '2023-04-10',
        place: 'Almaty',
        note: 'by a district court in Almaty (the court is not named in the demo sources); sources differ on the fine',
        sentence: [
          {
            value: sentence({ kind: 'damages', amount: 600_000 }),
            sourceId: ids(SOURCE.rferl),
            note: 'damages of 600,000 tenge',
          },
          {
            value: sentence({ kind: 'fine', amount: 400_000 }),
            sourceId: ids(SOURCE.bureauKz),
            note: 'conflict: a fine of 400,000 tenge',
          },
        ],
        sourceId: ids(SOURCE.rferl),
      },
    ],
    assessments: [
      {
        date: '2023-02',
        assessorName: 'NGO coalition letter',
        conclusion: 'political-prisoner',
        criteria: 'not-stated',
        sourceId: ids(SOURCE.letter),
      },
    ],
  };
  const cite = citationsFor('case', CASE.mamay);
  const citations = [
    cite(
      'timeline',
      SOURCE.amnestyUk,
      "15 days' administrative detention from 25 February 2022; criminal arrest around 12 March 2022; mass-riot " +
        'charge added June 2022; moved to house arrest November 2022.',
    ),
    cite(
      'timeline',
      SOURCE.nhc,
      'Cited with Amnesty UK for the detention, charges and house arrest of 2022.',
    ),
    cite(
      'timeline',
      SOURCE.rferl,
      'Sentenced 10 April 2023: 6 years suspended, 6-year ban on political, civic and journalistic activity and ' +
        'on social media, damages of 600,000 tenge.',
    ),
    cite('timeline', SOURCE.bureauKz, 'Gives the financial penalty as a fine of 400,000 tenge.'),
    cite(
      'charges',
      SOURCE.amnestyUk,
      'Criminal Code arts. 378.2 and 274.2; a mass-riot charge added June 2022.',
    ),
    cite(
      'assessments',
      SOURCE.letter,
      'Calls Zhanbolat Mamay a political prisoner, arbitrarily detained since February 2022 due to his ' +
        'opposition political activities; no criteria stated.',
    ),
  ];
  return { records: [{ ref: CASE.mamay, input }], citations };
}

function sattoriy(ids: DemoIds): DemoBatch {
  const cpj = ids(SOURCE.cpj);
  const diplomat = ids(SOURCE.diplomatFeb2023);
  const code = ids(INSTRUMENT.criminalCodeUz);
  const input = {
    victimId: ids(PERSON.sattoriy),
    caseType: 'arbitrary-detention',
    title: 'Otabek Sattoriy',
    country: 'UZ',
    eventId: null,
    summary: en(
      'Independent blogger detained in Termez on 29 or 30 January 2021 and sentenced to 6.5 years for extortion ' +
        'and slander; the UN Working Group on Arbitrary Detention found the detention arbitrary. Moved to a ' +
        'colony-settlement in December 2023; the remainder was replaced by correctional labour on 5 February 2024.',
    ),
    charges: [
      { instrumentId: code, article: '165', description: 'extortion', sourceId: cpj },
      { instrumentId: code, article: '139', description: 'slander', sourceId: cpj },
    ],
    timeline: [
      {
        kind: 'arrest',
        date: [
          { value: '2021-01-29', note: 'sources differ' },
          { value: '2021-01-30', note: 'sources differ' },
        ],
        place: 'Termez',
        note: 'Detained on 29 or 30 January 2021: the sources differ, and the facts table does not say which gives which day.',
        sourceId: cpj,
      },
      {
        kind: 'sentence',
        date: '2021-05-10',
        courtId: ids(ORG.muzrabadCourt),
        sentence: [{ value: { custody: 'imprisonment', termMonths: 78 }, sourceId: cpj }],
        note: '6.5 years for extortion (art. 165) and slander (art. 139)',
        sourceId: cpj,
      },
      {
        kind: 'appeal',
        date: '2021-07-15',
        appealOutcome: 'upheld',
        note: 'appeal rejected',
        sourceId: diplomat,
      },
      {
        kind: 'appeal',
        date: '2022-04-05',
        courtId: ids(ORG.supremeCourtUz),
        appealOutcome: 'upheld',
        sourceId: diplomat,
      },
      {
        kind: 'transfer',
        date: '2023-12',
        note: 'moved to a colony-settlement',
        sourceId: ids(SOURCE.eurasianet),
      },
      {
        kind: 'correctional-labour',
        date: '2024-02-05',
        note: 'remainder replaced by correctional labour; released from the colony',
        sourceId: ids(SOURCE.eurasianet),
      },
    ],
    unDecisions: [
      {
        body: 'WGAD',
        finding: 'arbitrary',
        opinionNumber: null,
        publishedOn: '2023-02',
        note: 'opinion number unverified; made public about February 2023',
        sourceId: diplomat,
      },
    ],
  };
  const cite = citationsFor('case', CASE.sattoriy);
  const citations = [
    cite(
      'timeline',
      SOURCE.cpj,
      'Detained in Termez on 29 or 30 January 2021 (sources differ); sentenced 10 May 2021 by Muzrabad District ' +
        'Court to 6.5 years.',
    ),
    cite(
      'timeline',
      SOURCE.iphr,
      'Cited with the CPJ data page for the detention and the sentence of 10 May 2021.',
    ),
    cite(
      'timeline',
      SOURCE.diplomatFeb2023,
      'Appeal rejected 15 July 2021; Supreme Court upheld 5 April 2022.',
    ),
    cite(
      'timeline',
      SOURCE.eurasianet,
      'Moved to a colony-settlement December 2023; remainder replaced by correctional labour and released ' +
        '5 February 2024.',
    ),
    cite('timeline', SOURCE.tashkentTimes, 'Cited with Eurasianet for the release of 5 February 2024.'),
    cite('charges', SOURCE.cpj, 'Extortion (Criminal Code art. 165) and slander (art. 139).'),
    cite(
      'unDecisions',
      SOURCE.diplomatFeb2023,
      'The UN Working Group on Arbitrary Detention found the detention arbitrary (opinion number unverified).',
    ),
    cite(
      'unDecisions',
      SOURCE.letter,
      'His detention was recently ruled a violation of international law by the UN Working Group on Arbitrary ' +
        'Detention.',
    ),
  ];
  return { records: [{ ref: CASE.sattoriy, input }], citations };
}

export function demoCases(ids: DemoIds): DemoBatch {
  return mergeBatches([mamay(ids), sattoriy(ids)]);
}
