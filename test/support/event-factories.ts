/** Request bodies for events: valid by default, overridable per test. */

/** Source ids the January 2022 Events cite; null leaves a claim uncited. */
export interface JanuarySources {
  rferl: string | null;
  hrw: string | null;
  diplomat: string | null;
}

/**
 * The January 2022 Events in Kazakhstan as the public facts give them: 238 dead (preferred) beside the
 * earlier official totals 225, 230 and 232; about 9,900 detained; 243 torture cases opened.
 */
export function buildJanuaryEventsInput(
  sources: JanuarySources = { rferl: null, hrw: null, diplomat: null },
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    names: [
      { text: 'January 2022 Events', language: 'en' },
      { text: 'Январские события', language: 'ru', kind: 'alias' },
      { text: 'Қаңтар оқиғасы', language: 'kk', kind: 'alias' },
    ],
    kind: 'unrest',
    country: 'KZ',
    startDate: '2022-01-02',
    endDate: '2022-01',
    places: ['Almaty'],
    description: { en: 'Protests, unrest and a crackdown across Kazakhstan' },
    figures: [
      {
        kind: 'deaths',
        claims: [
          { value: 238, sourceId: sources.rferl, statedOn: '2022-08', isPreferred: true },
          { value: 225, sourceId: sources.hrw, note: 'earlier official total' },
          { value: 230, sourceId: sources.hrw, note: 'earlier official total' },
          { value: 232, sourceId: sources.hrw, statedOn: '2022-05-05', note: 'earlier official total' },
        ],
      },
      {
        kind: 'detained',
        claims: [{ value: 9900, qualifier: 'about', sourceId: sources.diplomat, statedOn: '2022-01-11' }],
      },
    ],
    accountability: [
      { kind: 'amnesty', date: '2022-11-02', count: 1500, sourceId: sources.rferl },
      { kind: 'investigation-opened', date: '2022-03-14', count: 243 },
    ],
    ...overrides,
  };
}

export function buildKarakalpakstanInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    names: [
      { text: 'Karakalpakstan protests', language: 'en' },
      { text: 'Протесты в Каракалпакстане', language: 'ru', kind: 'alias' },
    ],
    kind: 'protest',
    country: 'UZ',
    startDate: '2022-07-01',
    endDate: '2022-07-02',
    places: ['Nukus'],
    figures: [{ kind: 'deaths', claims: [{ value: 21 }] }],
    ...overrides,
  };
}
