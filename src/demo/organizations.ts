import { type DemoBatch, type DemoCitation, type DemoIds, type DemoRecord, en } from './demo-types.ts';
import { ORG, SOURCE } from './refs.ts';

/**
 * Organizations the facts name. Cyrillic names only where they are the standard official or
 * party names; registration steps only where the facts give a status and a date.
 */
type OrgKind = 'ngo' | 'party' | 'media-outlet' | 'state-body' | 'court' | 'international-body';

interface OrgSpec {
  ref: string;
  kind: OrgKind;
  country: 'KZ' | 'UZ' | null;
  latin: string;
  cyrillic?: { text: string; language: string };
  description?: string;
  website?: string;
  /** Registration steps: need the ids of the sources they cite. */
  registrations?: (ids: DemoIds) => Record<string, unknown>[];
  /** Sources for the kind (and what they say): every real organization has at least one. */
  cited: Array<{ source: string; summary: string }>;
}

/** The Mazhilis-election fact: the table marks it [unverified]. */
const stillRefused = (ids: DemoIds) => [
  {
    status: 'refused',
    date: '2023-03',
    note: 'unverified: reported as still refused registration at the 19 March 2023 election',
    sourceId: ids(SOURCE.astanaTimes),
  },
];

const ELECTION_2023 =
  "Independent parties (Mamay's Democratic Party; YNTYMAQ) reported as still refused registration at the " +
  '19 March 2023 snap Mazhilis election (unverified)';

const SPECS: OrgSpec[] = [
  {
    ref: ORG.freedomNow,
    kind: 'ngo',
    country: null,
    latin: 'Freedom Now',
    description: 'Hosted the NGO coalition letter of February 2023 to the US Secretary of State.',
    cited: [
      { source: SOURCE.letter, summary: 'The coalition letter is hosted by Freedom Now (freedom-now.org).' },
    ],
  },
  {
    ref: ORG.democraticParty,
    kind: 'party',
    country: 'KZ',
    latin: 'Democratic Party of Kazakhstan',
    cyrillic: { text: 'Демократическая партия Казахстана', language: 'ru' },
    description:
      'Unregistered opposition party led by Zhanbolat Mamay; reported as still refused registration at the ' +
      '19 March 2023 election (unverified).',
    registrations: stillRefused,
    cited: [
      {
        source: SOURCE.amnestyUk,
        summary: 'Zhanbolat Mamay is leader of the unregistered Democratic Party.',
      },
      { source: SOURCE.astanaTimes, summary: ELECTION_2023 },
    ],
  },
  {
    ref: ORG.yntymaq,
    kind: 'party',
    country: 'KZ',
    latin: 'YNTYMAQ',
    cyrillic: { text: 'Ынтымақ', language: 'kk' },
    description:
      'Independent party reported as still refused registration at the 19 March 2023 election (unverified).',
    registrations: stillRefused,
    cited: [{ source: SOURCE.astanaTimes, summary: ELECTION_2023 }],
  },
  {
    ref: ORG.respublica,
    kind: 'party',
    country: 'KZ',
    latin: 'Respublica',
    cyrillic: { text: 'Республика', language: 'kk' },
    description:
      'Newly registered party that took part in the 19 March 2023 snap Mazhilis election; the date of its ' +
      'registration is not reported.',
    cited: [
      {
        source: SOURCE.astanaTimes,
        summary: '7 parties took part, including the newly registered Respublica.',
      },
    ],
  },
  {
    ref: ORG.baytaq,
    kind: 'party',
    country: 'KZ',
    latin: 'Baytaq',
    cyrillic: { text: 'Байтақ', language: 'kk' },
    description:
      'Newly registered party that took part in the 19 March 2023 snap Mazhilis election; the date of its ' +
      'registration is not reported.',
    cited: [
      { source: SOURCE.astanaTimes, summary: '7 parties took part, including the newly registered Baytaq.' },
    ],
  },
  {
    ref: ORG.amanat,
    kind: 'party',
    country: 'KZ',
    latin: 'Amanat',
    cyrillic: { text: 'Аманат', language: 'kk' },
    description: 'Won 62 of 98 seats in the 19 March 2023 snap Mazhilis election.',
    cited: [
      { source: SOURCE.astanaTimes, summary: 'Amanat won 62 of 98 seats in the 19 March 2023 election.' },
    ],
  },
  {
    ref: ORG.muzrabadCourt,
    kind: 'court',
    country: 'UZ',
    latin: 'Muzrabad District Court',
    cited: [
      { source: SOURCE.cpj, summary: 'Muzrabad District Court sentenced Otabek Sattoriy on 10 May 2021.' },
    ],
  },
  {
    ref: ORG.bukharaCourt,
    kind: 'court',
    country: 'UZ',
    latin: 'Bukhara Regional Court',
    cited: [
      {
        source: SOURCE.kunUz,
        summary:
          'Bukhara Regional Court sentenced Dauletmurat Tazhimuratov and co-defendants on 31 January 2023.',
      },
    ],
  },
  {
    ref: ORG.supremeCourtUz,
    kind: 'court',
    country: 'UZ',
    latin: 'Supreme Court of Uzbekistan',
    cyrillic: { text: 'Верховный суд Республики Узбекистан', language: 'ru' },
    cited: [
      {
        source: SOURCE.diplomatFeb2023,
        summary: "The Supreme Court upheld Sattoriy's sentence on 5 April 2022.",
      },
      {
        source: SOURCE.diplomatJun2023,
        summary: "The Supreme Court upheld Tazhimuratov's 16 years (about June 2023).",
      },
    ],
  },
  {
    ref: ORG.prosecutorKz,
    kind: 'state-body',
    country: 'KZ',
    latin: "Prosecutor General's Office of Kazakhstan",
    cyrillic: { text: 'Генеральная прокуратура Республики Казахстан', language: 'ru' },
    cited: [
      {
        source: SOURCE.rferl,
        summary:
          'Reports 238 dead in the January 2022 Events including 19 security personnel (Prosecutor General).',
      },
    ],
  },
  {
    ref: ORG.interiorKz,
    kind: 'state-body',
    country: 'KZ',
    latin: 'Ministry of Internal Affairs of Kazakhstan',
    cyrillic: { text: 'Министерство внутренних дел Республики Казахстан', language: 'ru' },
    cited: [
      {
        source: SOURCE.diplomatJan2023,
        summary: 'About 9,900 people detained by 11 January 2022 (Interior Ministry).',
      },
    ],
  },
  {
    ref: ORG.justiceUz,
    kind: 'state-body',
    country: 'UZ',
    latin: 'Ministry of Justice of Uzbekistan',
    cyrillic: { text: 'Министерство юстиции Республики Узбекистан', language: 'ru' },
    cited: [
      { source: SOURCE.cabar, summary: "The Justice Ministry's rules (June 2018) on notifying NGO events." },
      {
        source: SOURCE.cottonCampaign,
        summary:
          'The Justice Ministry recommends the state employee who serves as an NGO\'s "national partner".',
      },
    ],
  },
  {
    ref: ORG.prosecutorUz,
    kind: 'state-body',
    country: 'UZ',
    latin: "Prosecutor General's Office of Uzbekistan",
    cyrillic: { text: 'Генеральная прокуратура Республики Узбекистан', language: 'ru' },
    cited: [
      {
        source: SOURCE.ahrca,
        summary: '21 dead (4 law enforcement) in the Karakalpakstan protests per the Prosecutor General.',
      },
    ],
  },
  {
    ref: ORG.xalqFikri,
    kind: 'media-outlet',
    country: 'UZ',
    latin: 'Xalq Fikri',
    description: 'Outlet of the independent blogger Otabek Sattoriy.',
    cited: [{ source: SOURCE.cpj, summary: 'Otabek Sattoriy is an independent blogger (Xalq Fikri).' }],
  },
  {
    ref: ORG.wgad,
    kind: 'international-body',
    country: null,
    latin: 'UN Working Group on Arbitrary Detention',
    cited: [
      {
        source: SOURCE.diplomatFeb2023,
        summary:
          'The UN Working Group on Arbitrary Detention found the detention of Otabek Sattoriy arbitrary.',
      },
    ],
  },
  {
    ref: ORG.demoPartner,
    kind: 'ngo',
    country: null,
    latin: 'Demo Partner (fictional)',
    description: 'Fictional organization for the demo workspace',
    website: 'https://example.org',
    // Fictional: no real source can support it, and none is invented.
    cited: [],
  },
];

export function demoOrganizations(ids: DemoIds): DemoBatch {
  const records: DemoRecord[] = SPECS.map((spec) => ({
    ref: spec.ref,
    input: {
      names: [
        { text: spec.latin, language: 'en', kind: 'primary' },
        ...(spec.cyrillic ? [{ ...spec.cyrillic, kind: 'alias' }] : []),
      ],
      kind: spec.kind,
      country: spec.country,
      description: spec.description ? en(spec.description) : null,
      website: spec.website ?? null,
      registrations: spec.registrations?.(ids) ?? [],
    },
  }));
  const citations: DemoCitation[] = SPECS.flatMap((spec) =>
    spec.cited.map((c) => ({
      recordType: 'organization' as const,
      recordRef: spec.ref,
      field: spec.registrations && c.source === SOURCE.astanaTimes ? 'registrations' : 'kind',
      sourceRef: c.source,
      summary: c.summary,
    })),
  );
  return { records, citations };
}
