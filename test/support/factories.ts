/** Factories for request bodies: valid by default, overridable per test. */

export function buildPersonInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    names: [
      { text: 'Жанболат Мамай', language: 'kk', kind: 'primary' },
      { text: 'Zhanbolat Mamay', language: 'en', kind: 'alias' },
    ],
    gender: 'male',
    birthDate: '1988',
    occupations: ['journalist', 'opposition-politician'],
    consentBasis: 'public-record',
    ...overrides,
  };
}

export function buildSourceInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'letter',
    title: 'Joint NGO letter ahead of the Secretary of State visit',
    author: 'Coalition of NGOs',
    publishedOn: '2023-02',
    reliability: 'usually-reliable',
    ...overrides,
  };
}

export function buildCitationInput(
  target: { sourceId: string; recordId: string; recordType?: string },
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    recordType: 'person',
    field: 'birthDate',
    summary: 'The letter gives the year of birth (summary)',
    ...target,
    ...overrides,
  };
}
