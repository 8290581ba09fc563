import { citationsFor, type DemoBatch, type DemoCitation, en } from './demo-types.ts';
import { PERSON, SOURCE } from './refs.ts';

/**
 * The people the facts name: public figures whose cases were widely reported, so their consent basis
 * is "public record". Gender and birth date are not in the facts and stay null; a Cyrillic name is
 * given only where the facts give it.
 */
interface PersonSpec {
  ref: string;
  latin: string;
  cyrillic?: { text: string; language: string };
  occupations: string[];
  biography: string;
  cited: Array<{ field: 'names' | 'occupations' | 'biography'; source: string; summary: string }>;
}

const SPECS: PersonSpec[] = [
  {
    ref: PERSON.mamay,
    latin: 'Zhanbolat Mamay',
    cyrillic: { text: 'Жанболат Мамай', language: 'kk' },
    occupations: ['opposition-politician'],
    biography:
      'Opposition politician in Kazakhstan, leader of the unregistered Democratic Party. The NGO coalition ' +
      'letter of February 2023 calls him a political prisoner arbitrarily detained since February 2022.',
    cited: [
      {
        field: 'occupations',
        source: SOURCE.amnestyUk,
        summary: 'Opposition politician, leader of the unregistered Democratic Party.',
      },
      {
        field: 'names',
        source: SOURCE.nhc,
        summary: 'Reports on the case of Zhanbolat Mamay (Жанболат Мамай), with Amnesty UK.',
      },
      {
        field: 'biography',
        source: SOURCE.letter,
        summary: 'Calls Zhanbolat Mamay a political prisoner arbitrarily detained since February 2022.',
      },
    ],
  },
  {
    ref: PERSON.sattoriy,
    latin: 'Otabek Sattoriy',
    cyrillic: { text: 'Отабек Сатторий', language: 'uz-Cyrl' },
    occupations: ['blogger', 'journalist'],
    biography: 'Independent blogger in Uzbekistan (Xalq Fikri).',
    cited: [
      { field: 'occupations', source: SOURCE.cpj, summary: 'Independent blogger (Xalq Fikri).' },
      {
        field: 'names',
        source: SOURCE.iphr,
        summary: 'Reports on the case of Otabek Sattoriy (Отабек Сатторий).',
      },
      { field: 'biography', source: SOURCE.letter, summary: 'Calls Otabek Sattoriy an independent blogger.' },
    ],
  },
  {
    ref: PERSON.tazhimuratov,
    latin: 'Dauletmurat Tazhimuratov',
    cyrillic: { text: 'Даулетмурат Тажимуратов', language: 'ru' },
    occupations: ['lawyer', 'journalist'],
    biography:
      'Lawyer and journalist; sentenced by Bukhara Regional Court on 31 January 2023 to 16 years, upheld by the ' +
      'Supreme Court of Uzbekistan (about June 2023).',
    cited: [
      { field: 'occupations', source: SOURCE.kunUz, summary: 'Lawyer and journalist.' },
      {
        field: 'names',
        source: SOURCE.kunUz,
        summary: 'Reports the verdict against Dauletmurat Tazhimuratov (Даулетмурат Тажимуратов).',
      },
    ],
  },
  {
    ref: PERSON.kallykhanova,
    latin: 'Lolagul Kallykhanova',
    occupations: [],
    biography:
      'Co-defendant of Dauletmurat Tazhimuratov; sentenced by Bukhara Regional Court on 31 January 2023 to 8 ' +
      'years of restricted liberty. Her occupation is not reported in the demo sources.',
    cited: [
      {
        field: 'names',
        source: SOURCE.kunUz,
        summary: 'Co-defendant Lolagul Kallykhanova: 8 years of restricted liberty.',
      },
    ],
  },
  {
    ref: PERSON.shamshetov,
    latin: 'Polat Shamshetov',
    occupations: [],
    biography:
      'Co-defendant of Dauletmurat Tazhimuratov; sentenced by Bukhara Regional Court on 31 January 2023 to 6 ' +
      'years; died in custody in early February 2023. His occupation is not reported in the demo sources.',
    cited: [
      {
        field: 'names',
        source: SOURCE.kunUz,
        summary: 'Co-defendant Polat Shamshetov: 6 years; died in custody early February 2023.',
      },
    ],
  },
  {
    ref: PERSON.arifhojayev,
    latin: 'Fazilhoja Arifhojayev',
    occupations: ['blogger'],
    biography: 'Blogger in Uzbekistan; sentenced to 7.5 years under Criminal Code art. 244-1 (January 2022).',
    cited: [
      {
        field: 'occupations',
        source: SOURCE.stateDept,
        summary: 'Blogger Fazilhoja Arifhojayev: 7.5 years (art. 244-1), January 2022.',
      },
    ],
  },
  {
    ref: PERSON.kalonov,
    latin: 'Valijon Kalonov',
    occupations: ['blogger'],
    biography: 'Blogger in Uzbekistan; in forced psychiatric detention since December 2021.',
    cited: [
      {
        field: 'occupations',
        source: SOURCE.stateDept,
        summary: 'Blogger Valijon Kalonov: in forced psychiatric detention since December 2021.',
      },
      {
        field: 'occupations',
        source: SOURCE.hrwKalonov,
        summary: 'Blogger Valijon Kalonov: forced psychiatric detention; WGAD opinion adopted 2025.',
      },
    ],
  },
];

export function demoPersons(): DemoBatch {
  const records = SPECS.map((spec) => ({
    ref: spec.ref,
    input: {
      names: [
        { text: spec.latin, language: 'en', kind: 'primary' },
        ...(spec.cyrillic ? [{ ...spec.cyrillic, kind: 'alias' }] : []),
      ],
      gender: null,
      birthDate: null,
      occupations: spec.occupations,
      consentBasis: 'public-record',
      biography: en(spec.biography),
      notes: null,
    },
  }));
  const citations: DemoCitation[] = SPECS.flatMap((spec) =>
    spec.cited.map((c) => citationsFor('person', spec.ref)(c.field, c.source, c.summary)),
  );
  return { records, citations };
}
