import type { DemoBatch, DemoRecord } from './demo-types.ts';
import { SOURCE } from './refs.ts';

/**
 * One source per source the facts table names, titled as the table names it. The table gives no
 * URLs, so `url` stays null (a host name it gives goes in the notes); a publication date is set only
 * where the table's name of the source carries one. Reliability is not judged.
 */
interface SourceSpec {
  ref: string;
  kind: 'document' | 'web-page' | 'report' | 'letter';
  title: string;
  author: string | null;
  publishedOn?: string;
  language?: string;
  notes: string;
}

const SPECS: SourceSpec[] = [
  {
    ref: SOURCE.rferl,
    kind: 'web-page',
    title: 'RFE/RL',
    author: 'Radio Free Europe/Radio Liberty',
    notes:
      'Cited by the facts table for the January 2022 Events death toll (August 2022), the amnesty of ' +
      '2 November 2022 and the sentence of Zhanbolat Mamay (10 April 2023); the individual articles and ' +
      'their dates are not identified.',
  },
  {
    ref: SOURCE.hrwMay2022,
    kind: 'report',
    title: 'Human Rights Watch, 5 May 2022',
    author: 'Human Rights Watch',
    publishedOn: '2022-05-05',
    notes: 'Cited by the facts table, beside RFE/RL, for the January 2022 Events death toll.',
  },
  {
    ref: SOURCE.hrwDec2022,
    kind: 'report',
    title: 'Human Rights Watch, 20 December 2022',
    author: 'Human Rights Watch',
    publishedOn: '2022-12-20',
    notes: 'Cited by the facts table for torture deaths acknowledged by the authorities and for the trials.',
  },
  {
    ref: SOURCE.diplomatJan2023,
    kind: 'web-page',
    title: 'The Diplomat, January 2023',
    author: 'The Diplomat',
    publishedOn: '2023-01',
    notes: 'Cited by the facts table for the number detained by 11 January 2022 (Interior Ministry).',
  },
  {
    ref: SOURCE.diplomatFeb2023,
    kind: 'web-page',
    title: 'The Diplomat, February 2023',
    author: 'The Diplomat',
    publishedOn: '2023-02',
    notes: 'Cited by the facts table for the appeals of Otabek Sattoriy and the WGAD opinion on him.',
  },
  {
    ref: SOURCE.diplomatJun2023,
    kind: 'web-page',
    title: 'The Diplomat, June 2023',
    author: 'The Diplomat',
    publishedOn: '2023-06',
    notes:
      'Cited by the facts table for the Supreme Court upholding the sentence of Dauletmurat Tazhimuratov.',
  },
  {
    ref: SOURCE.diplomatAug2022,
    kind: 'web-page',
    title: 'The Diplomat, August 2022',
    author: 'The Diplomat',
    publishedOn: '2022-08',
    notes: 'Cited by the facts table, beside the Cotton Campaign, for the "national partner" decree.',
  },
  {
    ref: SOURCE.theWall,
    kind: 'web-page',
    title: 'thewall.fyi',
    author: 'thewall.fyi',
    notes:
      'Cited by the facts table for torture cases opened and officers detained, citing a parliamentary session.',
  },
  {
    ref: SOURCE.openDemocracy,
    kind: 'web-page',
    title: 'openDemocracy',
    author: 'openDemocracy',
    notes: 'Cited by the facts table for the NGO count of people tortured in the January 2022 Events.',
  },
  {
    ref: SOURCE.amnestyUk,
    kind: 'web-page',
    title: 'Amnesty UK',
    author: 'Amnesty International UK',
    notes:
      'Cited by the facts table, beside the Norwegian Helsinki Committee, for the case of Zhanbolat Mamay.',
  },
  {
    ref: SOURCE.nhc,
    kind: 'web-page',
    title: 'Norwegian Helsinki Committee',
    author: 'Norwegian Helsinki Committee',
    notes: 'Cited by the facts table, beside Amnesty UK, for the case of Zhanbolat Mamay.',
  },
  {
    ref: SOURCE.bureauKz,
    kind: 'web-page',
    title: 'bureau.kz',
    author: 'bureau.kz',
    notes: 'Cited by the facts table for a 400,000 tenge fine in the sentence of Zhanbolat Mamay.',
  },
  {
    ref: SOURCE.astanaTimes,
    kind: 'web-page',
    title: 'Astana Times',
    author: 'Astana Times',
    notes:
      'Cited by the facts table for the "New Kazakhstan" party-registration proposal (16 March 2022), the ' +
      'presidential term and snap election (2022), the Mazhilis election (19 March 2023) and the ' +
      "Secretary of State's visit (February 2023).",
  },
  {
    ref: SOURCE.officialResults,
    kind: 'document',
    title: 'Official results',
    author: null,
    notes:
      'The facts table cites "official results" for the constitutional referendum of 5 June 2022 without ' +
      'naming the body that issued them.',
  },
  {
    ref: SOURCE.kazinform,
    kind: 'web-page',
    title: 'Kazinform',
    author: 'Kazinform',
    notes: "Cited by the facts table for Kazakhstan's Universal Periodic Review of 23 January 2025.",
  },
  {
    ref: SOURCE.cpj,
    kind: 'web-page',
    title: 'CPJ data page',
    author: 'Committee to Protect Journalists',
    notes: 'Cited by the facts table, beside IPHR, for the detention and sentence of Otabek Sattoriy.',
  },
  {
    ref: SOURCE.iphr,
    kind: 'web-page',
    title: 'IPHR',
    author: 'International Partnership for Human Rights',
    notes:
      'Cited by the facts table, beside the CPJ data page, for the detention and sentence of Otabek Sattoriy.',
  },
  {
    ref: SOURCE.eurasianet,
    kind: 'web-page',
    title: 'Eurasianet',
    author: 'Eurasianet',
    notes: 'Cited by the facts table, beside Tashkent Times, for the release of Otabek Sattoriy.',
  },
  {
    ref: SOURCE.tashkentTimes,
    kind: 'web-page',
    title: 'Tashkent Times',
    author: 'Tashkent Times',
    notes:
      "Cited by the facts table for the release of Otabek Sattoriy, Uzbekistan's Universal Periodic Review " +
      "(8 November 2023) and the Secretary of State's visit to Tashkent (its article national/10663).",
  },
  {
    ref: SOURCE.ahrca,
    kind: 'web-page',
    title: 'AHRCA',
    author: 'Association for Human Rights in Central Asia',
    notes: 'Cited by the facts table for the Karakalpakstan protests of 1–2 July 2022.',
  },
  {
    ref: SOURCE.kunUz,
    kind: 'web-page',
    title: 'Kun.uz',
    author: 'Kun.uz',
    notes: 'Cited by the facts table for the Bukhara Regional Court verdict of 31 January 2023.',
  },
  {
    ref: SOURCE.stateDept,
    kind: 'report',
    title: 'US State Department 2022 Uzbekistan report',
    author: 'US Department of State',
    notes: 'Cited by the facts table, beside Human Rights Watch, for the bloggers Arifhojayev and Kalonov.',
  },
  {
    ref: SOURCE.hrwKalonov,
    kind: 'report',
    title: 'Human Rights Watch',
    author: 'Human Rights Watch',
    notes:
      'Cited by the facts table, beside the US State Department 2022 Uzbekistan report, for the bloggers ' +
      'Arifhojayev and Kalonov (including the WGAD opinion adopted in 2025); the publication is not identified.',
  },
  {
    ref: SOURCE.cabar,
    kind: 'web-page',
    title: 'CABAR.asia',
    author: 'CABAR.asia',
    notes: 'Cited by the facts table for the Justice Ministry rules on NGO events (June 2018).',
  },
  {
    ref: SOURCE.cottonCampaign,
    kind: 'web-page',
    title: 'Cotton Campaign',
    author: 'Cotton Campaign',
    notes: 'Cited by the facts table, beside The Diplomat (August 2022), for the "national partner" decree.',
  },
  {
    ref: SOURCE.voa,
    kind: 'web-page',
    title: 'VOA',
    author: 'Voice of America',
    notes: "Cited by the facts table for the Secretary of State's visit to Astana on 28 February 2023.",
  },
  {
    ref: SOURCE.publicReporting,
    kind: 'document',
    title: 'Public reporting',
    author: null,
    notes:
      'The facts table gives "public reporting" as the source of the second Karakalpak trial and names none.',
  },
  {
    ref: SOURCE.letter,
    kind: 'letter',
    title: "Central Asia: United States should raise human rights issues on Sec. Blinken's visit",
    author: 'NGO coalition (hosted by Freedom Now)',
    publishedOn: '2023-02',
    language: 'en',
    notes: 'exact day unverified; hosted on freedom-now.org',
  },
];

export function demoSources(): DemoBatch {
  const records: DemoRecord[] = SPECS.map((spec) => ({
    ref: spec.ref,
    input: {
      kind: spec.kind,
      title: spec.title,
      author: spec.author,
      publishedOn: spec.publishedOn ?? null,
      url: null,
      language: spec.language ?? null,
      reliability: 'cannot-be-judged',
      notes: spec.notes,
    },
  }));
  return { records, citations: [] };
}
