import { citationsFor, type DemoBatch, type DemoIds, en } from './demo-types.ts';
import { ASK, CASE, COMMITMENT, EVENT, INSTRUMENT, INTERVENTION, ORG, PERSON, SOURCE } from './refs.ts';

/**
 * The "New Kazakhstan" party-registration pledge, rated over time from the facts: in the works when
 * proposed (16 March 2022), a compromise at the snap Mazhilis election (19 March 2023), where new
 * parties took part but independent ones were reportedly still refused — a report the facts table
 * marks unverified, so the rationale says so. Whether the thresholds were adopted is not reported,
 * so those benchmarks stay "unknown".
 */
export function demoCommitments(ids: DemoIds): DemoBatch {
  const astanaTimes = ids(SOURCE.astanaTimes);
  const threshold = (text: string) => ({ text: en(text), status: 'unknown', sourceId: astanaTimes });
  const input = {
    title: en('Lower the thresholds for registering political parties ("New Kazakhstan")'),
    kind: 'pledge',
    country: 'KZ',
    makerLabel: 'President Tokayev ("New Kazakhstan" reform proposals)',
    madeOn: '2022-03-16',
    text: en(
      'Summary, not the wording: lower the thresholds for registering a political party — members from ' +
        '20,000 to 5,000, regional branches from 600 to 200, founding group from 1,000 to 700.',
    ),
    issueAreas: ['us-dos-2021/3'],
    askIds: [ids(ASK.independentParties)],
    organizationIds: [ids(ORG.democraticParty), ids(ORG.yntymaq)],
    eventIds: [ids(EVENT.mazhilisKz)],
    legalInstrumentIds: [ids(INSTRUMENT.partyThresholdsKz)],
    benchmarks: [
      threshold('Members needed to register a party: from 20,000 to 5,000'),
      threshold('Regional branches needed: from 600 to 200'),
      threshold('Founding group needed: from 1,000 to 700'),
      {
        // The table marks the refusal unverified; the benchmark's own text keeps that doubt in sight.
        text: en(
          "Independent parties registered: Mamay's Democratic Party and YNTYMAQ (reported still refused on " +
            '19 March 2023; unverified)',
        ),
        status: 'not-met',
        sourceId: astanaTimes,
      },
    ],
    ratings: [
      {
        rating: 'in-the-works',
        ratedOn: '2022-03-16',
        rationale:
          'Lower thresholds for registering parties were proposed on 16 March 2022 as part of the "New ' +
          'Kazakhstan" reforms: a proposal, not yet a change in the rules.',
        evidence: [
          {
            sourceId: astanaTimes,
            summary:
              'Proposed lower thresholds for party registration: members 20,000 → 5,000; regional branches ' +
              '600 → 200; founding group 1,000 → 700.',
          },
        ],
      },
      {
        rating: 'compromise',
        ratedOn: '2023-03-19',
        rationale:
          'Seven parties took part in the snap Mazhilis election of 19 March 2023, including the newly ' +
          'registered Respublica and Baytaq, so new parties could register. But the independent parties ' +
          "(Mamay's Democratic Party; YNTYMAQ) were still refused registration — a report that is unverified " +
          'in our sources. Whether the proposed thresholds were adopted is not reported.',
        evidence: [
          {
            sourceId: astanaTimes,
            summary:
              'Snap Mazhilis election: 7 parties including the newly registered Respublica and Baytaq; ' +
              'independent parties still refused registration (unverified).',
          },
        ],
      },
    ],
  };
  const cite = citationsFor('commitment', COMMITMENT.partyThresholdsKz);
  const citations = [
    cite(
      'text',
      SOURCE.astanaTimes,
      'Proposed lower thresholds for party registration on 16 March 2022: members 20,000 → 5,000; regional ' +
        'branches 600 → 200; founding group 1,000 → 700.',
    ),
    cite(
      'makerLabel',
      SOURCE.letter,
      'The letter calls the "New Kazakhstan" reform proposals President Tokayev\'s, to which he sought to ' +
        'redirect discussions about accountability for the January Events.',
    ),
    cite(
      'benchmarks',
      SOURCE.astanaTimes,
      "At the 19 March 2023 election independent parties (Mamay's Democratic Party; YNTYMAQ) were still " +
        'refused registration (unverified); the adoption of the lower thresholds is not reported.',
    ),
  ];
  return { records: [{ ref: COMMITMENT.partyThresholdsKz, input }], citations };
}

/**
 * The WGAD's finding on Sattoriy as an intervention and its outcome. Who sent the communication and
 * when is not reported, and the opinion number is unverified, so those stay null.
 */
export function demoInterventions(ids: DemoIds): DemoBatch {
  const input = {
    title: en('UN Working Group on Arbitrary Detention: the detention of Otabek Sattoriy'),
    kind: 'wgad-petition',
    mechanism: 'wgad',
    mechanismName: 'UN Working Group on Arbitrary Detention',
    country: 'UZ',
    sentOn: null,
    submittedById: null,
    reference: null,
    caseIds: [ids(CASE.sattoriy)],
    personIds: [ids(PERSON.sattoriy)],
    status: 'decided',
    outcome: en(
      'The Working Group found the detention arbitrary; the opinion was made public about February 2023. ' +
        'Opinion number unverified; who submitted the communication, when, and any reply of the government ' +
        'are not reported.',
    ),
    sourceId: ids(SOURCE.diplomatFeb2023),
  };
  const cite = citationsFor('intervention', INTERVENTION.wgadSattoriy);
  const citations = [
    cite(
      'outcome',
      SOURCE.diplomatFeb2023,
      'The UN Working Group on Arbitrary Detention found the detention of Otabek Sattoriy arbitrary (opinion ' +
        'number unverified).',
    ),
    cite(
      'outcome',
      SOURCE.letter,
      "Sattoriy's detention was recently ruled a violation of international law by the UN Working Group on " +
        'Arbitrary Detention.',
    ),
  ];
  return { records: [{ ref: INTERVENTION.wgadSattoriy, input }], citations };
}
