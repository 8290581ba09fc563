import { citationsFor, type DemoBatch, type DemoIds, type DemoUsers, en } from './demo-types.ts';
import { ASK, CASE, ENGAGEMENT, EVENT, INSTRUMENT, ORG, PERSON, SOURCE } from './refs.ts';

/**
 * The tracker side of the coalition letter: the asks it made of the US Secretary of State, and his
 * visit to Astana and Tashkent with each ask on its agenda. Outcomes and statuses go only as far as
 * the facts table does: the Tashkent readouts mention media freedom, Sattoriy was released on
 * 5 February 2024; whether anything else was raised is not reported, and the records say so.
 */

/** Every ask is high priority: the letter asks each as part of the priorities it names per country. */
const PRIORITY = 'high';

export function demoAsks(ids: DemoIds): DemoBatch {
  const records = [
    {
      ref: ASK.januaryAccountability,
      input: {
        title: en('Accountability for abuses committed during the January 2022 Events'),
        country: 'KZ',
        description: en(
          'The coalition letter asks the Secretary of State to prioritize accountability: at least 238 people ' +
            'were killed and many tortured, and it echoes four US senators (October 2022) in insisting on full ' +
            'accountability for all abuses.',
        ),
        priority: PRIORITY,
        status: 'open',
        issueAreas: ['us-dos-2021/1a', 'us-dos-2021/1c', 'us-dos-2021/5'],
        eventIds: [ids(EVENT.january2022)],
      },
    },
    {
      ref: ASK.independentParties,
      input: {
        title: en('Allow independent political parties to register and take part in elections'),
        country: 'KZ',
        description: en(
          'Part of the political reforms the letter asks him to prioritize. At the snap Mazhilis election of ' +
            "19 March 2023 independent parties (Mamay's Democratic Party; YNTYMAQ) were reported as still " +
            'refused registration (unverified).',
        ),
        priority: PRIORITY,
        status: 'open',
        issueAreas: ['us-dos-2021/3', 'us-dos-2021/2b'],
        organizationIds: [ids(ORG.democraticParty), ids(ORG.yntymaq)],
        legalInstrumentIds: [ids(INSTRUMENT.partyThresholdsKz)],
      },
    },
    {
      ref: ASK.releaseMamay,
      input: {
        title: en('Release Zhanbolat Mamay'),
        country: 'KZ',
        description: en(
          'The letter calls him a political prisoner arbitrarily detained since February 2022 for his ' +
            'opposition activities. On 10 April 2023 he was sentenced to 6 years suspended with a 6-year ban ' +
            'on political, civic and journalistic activity; the ask is not recorded as met.',
        ),
        priority: PRIORITY,
        status: 'open',
        issueAreas: ['us-dos-2021/1d', 'us-dos-2021/1e'],
        personIds: [ids(PERSON.mamay)],
        caseIds: [ids(CASE.mamay)],
        organizationIds: [ids(ORG.democraticParty)],
      },
    },
    {
      ref: ASK.expressionUz,
      input: {
        title: en('Freedom of expression: release the jailed journalists and bloggers'),
        country: 'UZ',
        description: en(
          'The letter asks him to prioritize freedom of expression: no journalists or bloggers were in prison ' +
            'as recently as 2020, at least 18 at last count (February 2023).',
        ),
        priority: PRIORITY,
        status: 'raised',
        issueAreas: ['us-dos-2021/2a', 'us-dos-2021/1d'],
        personIds: [
          ids(PERSON.sattoriy),
          ids(PERSON.arifhojayev),
          ids(PERSON.kalonov),
          ids(PERSON.tazhimuratov),
        ],
        caseIds: [ids(CASE.sattoriy), ids(CASE.arifhojayev), ids(CASE.kalonov), ids(CASE.tazhimuratov)],
      },
    },
    {
      ref: ASK.releaseSattoriy,
      input: {
        title: en('Release Otabek Sattoriy'),
        country: 'UZ',
        description: en(
          'The letter names the independent blogger as a case of particular concern: the UN Working Group on ' +
            'Arbitrary Detention had recently ruled his detention a violation of international law. Met: the ' +
            'remainder of his sentence was replaced by correctional labour and he was released on 5 February 2024.',
        ),
        priority: PRIORITY,
        status: 'met',
        issueAreas: ['us-dos-2021/2a', 'us-dos-2021/1d', 'us-dos-2021/1e'],
        personIds: [ids(PERSON.sattoriy)],
        caseIds: [ids(CASE.sattoriy)],
        organizationIds: [ids(ORG.xalqFikri)],
      },
    },
    {
      ref: ASK.registerNgosUz,
      input: {
        title: en('Register independent NGOs'),
        country: 'UZ',
        description: en(
          'The letter says Uzbekistan makes it nearly impossible for independent NGOs to form, register and ' +
            'operate without government interference, and asks him to push the authorities to register ' +
            'independent organizations.',
        ),
        priority: PRIORITY,
        status: 'open',
        issueAreas: ['us-dos-2021/2b'],
        organizationIds: [ids(ORG.justiceUz)],
      },
    },
    {
      ref: ASK.ngoRulesUz,
      input: {
        title: en(
          'Roll back the intrusive NGO rules: prior notification of events and the "national partner"',
        ),
        country: 'UZ',
        description: en(
          'Once registered, NGOs must submit to intrusive oversight, including prior notification of events and ' +
            'a government minder with expansive powers; the letter asks that these policies be rolled back.',
        ),
        priority: PRIORITY,
        status: 'open',
        issueAreas: ['us-dos-2021/2b'],
        organizationIds: [ids(ORG.justiceUz)],
        legalInstrumentIds: [ids(INSTRUMENT.ngoEventRules), ids(INSTRUMENT.nationalPartnerDecree)],
      },
    },
  ];
  const fromLetter = (ref: string, summary: string) =>
    citationsFor('ask', ref)('description', SOURCE.letter, summary);
  const citations = [
    fromLetter(
      ASK.januaryAccountability,
      'Asks him to prioritize accountability for the January 2022 Events: at least 238 killed, many tortured; ' +
        'echoes the October 2022 letter of four US senators.',
    ),
    fromLetter(
      ASK.independentParties,
      'Asks him to push Kazakhstani officials to allow independent political parties to register and ' +
        'participate in elections.',
    ),
    citationsFor('ask', ASK.independentParties)(
      'status',
      SOURCE.astanaTimes,
      "Independent parties (Mamay's Democratic Party; YNTYMAQ) still refused registration at the 19 March 2023 " +
        'election (unverified).',
    ),
    fromLetter(
      ASK.releaseMamay,
      'Asks him to call for the release of Zhanbolat Mamay, a political prisoner arbitrarily detained since ' +
        'February 2022.',
    ),
    citationsFor('ask', ASK.releaseMamay)(
      'description',
      SOURCE.rferl,
      'Sentenced 10 April 2023: 6 years suspended and a 6-year ban on political, civic and journalistic activity.',
    ),
    fromLetter(
      ASK.expressionUz,
      'Asks him to prioritize freedom of expression: no journalists or bloggers in prison as recently as 2020, ' +
        'at least 18 now.',
    ),
    citationsFor('ask', ASK.expressionUz)(
      'status',
      SOURCE.tashkentTimes,
      'The readouts of the meetings in Tashkent on 1 March 2023 mention media freedom.',
    ),
    fromLetter(
      ASK.releaseSattoriy,
      'Names Otabek Sattoriy as a case of particular concern; the WGAD had recently ruled his detention a ' +
        'violation of international law.',
    ),
    citationsFor('ask', ASK.releaseSattoriy)(
      'status',
      SOURCE.eurasianet,
      'Remainder of the sentence replaced by correctional labour; released 5 February 2024.',
    ),
    citationsFor('ask', ASK.releaseSattoriy)(
      'status',
      SOURCE.tashkentTimes,
      'Cited with Eurasianet for the release of 5 February 2024.',
    ),
    fromLetter(
      ASK.registerNgosUz,
      'Asks him to push the Uzbekistani authorities to register independent organizations.',
    ),
    fromLetter(
      ASK.ngoRulesUz,
      'Asks him to push the authorities to roll back intrusive oversight of NGOs: prior notification of events ' +
        'and a government minder with expansive powers.',
    ),
  ];
  return { records, citations };
}

/** The asks of the letter in its order: Kazakhstan first, then Uzbekistan. */
const AGENDA = [
  ASK.januaryAccountability,
  ASK.independentParties,
  ASK.releaseMamay,
  ASK.expressionUz,
  ASK.releaseSattoriy,
  ASK.registerNgosUz,
  ASK.ngoRulesUz,
];

/** Fictional tasks of the demo workspace, due soon after the visit and still open. */
const FOLLOW_UPS = [
  {
    title:
      'Demo item: ask the State Department whether accountability for the January 2022 Events was raised',
    owner: 'coordinator',
    dueOn: '2023-03-15',
  },
  {
    title: 'Demo item: check which parties were registered for the 19 March 2023 Mazhilis election',
    owner: 'researcher',
    dueOn: '2023-03-31',
  },
  {
    title: 'Demo item: send coalition partners a summary of the visit and of the asks not reported as raised',
    owner: 'coordinator',
    dueOn: '2023-04-14',
  },
] as const;

export function demoEngagements(ids: DemoIds, users: DemoUsers): DemoBatch {
  const participant = (name: string, role: string, side: 'government' | 'delegation') => ({
    name,
    role,
    side,
  });
  const input = {
    title: en("US Secretary of State's visit to Astana and Tashkent"),
    kind: 'visit',
    countries: ['KZ', 'UZ'],
    startsOn: '2023-02-28',
    endsOn: '2023-03-01',
    places: ['Astana', 'Tashkent'],
    summary: en(
      'Astana, 28 February 2023: met President Tokayev and Foreign Minister Tileuberdi, attended the C5+1 ' +
        'ministerial and announced $25M more ($50M in total) for the regional Economic Resilience Initiative ' +
        '(VOA; Astana Times). Tashkent, 1 March 2023: met acting Foreign Minister Bakhtiyor Saidov and President ' +
        'Mirziyoyev; the readouts mention media freedom (Tashkent Times). Whether the other asks of the ' +
        'coalition letter were raised is not reported.',
    ),
    participants: [
      participant('Antony Blinken', 'US Secretary of State', 'delegation'),
      participant('Tokayev', 'President of Kazakhstan', 'government'),
      participant('Tileuberdi', 'Foreign Minister of Kazakhstan', 'government'),
      participant('Bakhtiyor Saidov', 'Acting Foreign Minister of Uzbekistan', 'government'),
      participant('Mirziyoyev', 'President of Uzbekistan', 'government'),
    ],
    agenda: AGENDA.map((ref) =>
      ref === ASK.expressionUz
        ? {
            askId: ids(ref),
            outcome: 'raised',
            sourceId: ids(SOURCE.tashkentTimes),
            locator: 'national/10663',
          }
        : { askId: ids(ref), outcome: 'not-reported' },
    ),
    followUps: FOLLOW_UPS.map((task) => ({
      title: task.title,
      ownerUserId: task.owner === 'coordinator' ? users.coordinatorId : users.researcherId,
      dueOn: task.dueOn,
      status: 'open',
    })),
  };
  const cite = citationsFor('engagement', ENGAGEMENT.secretaryOfStateVisit);
  const citations = [
    cite(
      'title',
      SOURCE.letter,
      'The coalition letter of February 2023 asks the Secretary of State to raise human rights on his visit to ' +
        'Kazakhstan and Uzbekistan.',
    ),
    cite(
      'summary',
      SOURCE.voa,
      'Astana, 28 February 2023: met President Tokayev and Foreign Minister Tileuberdi; C5+1 ministerial; ' +
        '$25M more ($50M in total) for the Economic Resilience Initiative.',
    ),
    cite('summary', SOURCE.astanaTimes, 'Cited with VOA for the visit to Astana (February 2023).'),
    cite(
      'summary',
      SOURCE.tashkentTimes,
      'Tashkent, 1 March 2023: met acting Foreign Minister Bakhtiyor Saidov and President Mirziyoyev; readouts ' +
        'mention media freedom.',
    ),
    cite('participants', SOURCE.letter, 'The letter is addressed to Antony Blinken, Secretary of State.'),
    cite('participants', SOURCE.voa, 'In Astana he met President Tokayev and Foreign Minister Tileuberdi.'),
    cite(
      'participants',
      SOURCE.tashkentTimes,
      'In Tashkent he met acting Foreign Minister Bakhtiyor Saidov and President Mirziyoyev.',
    ),
    cite(
      'agenda',
      SOURCE.letter,
      'The asks of the coalition letter: accountability for the January 2022 Events, independent parties and ' +
        'Zhanbolat Mamay in Kazakhstan; freedom of expression, Otabek Sattoriy and NGOs in Uzbekistan.',
    ),
    cite('agenda', SOURCE.tashkentTimes, 'The readouts of the Tashkent meetings mention media freedom.'),
  ];
  return { records: [{ ref: ENGAGEMENT.secretaryOfStateVisit, input }], citations };
}
