import { describe, expect, it } from 'vitest';
import {
  type Indicator,
  indicatorDefaults,
  indicatorFieldsSchema,
} from '../modules/indicators/indicator.schema.ts';
import { describeIndicator } from './indicators.command.ts';

const LETTER = '01a21fb6-3a77-70e3-96ff-6813742e9793';

function indicator(input: Record<string, unknown>): Indicator {
  return {
    id: '01a21fb6-3a77-70e3-96ff-6813742e9795',
    ref: null,
    version: 1,
    sensitivity: 'internal',
    isPublished: false,
    ownerOrgId: null,
    fieldSensitivity: {},
    createdAt: '2024-01-01T00:00:00.000Z',
    createdBy: 'operator',
    updatedAt: '2024-01-01T00:00:00.000Z',
    updatedBy: 'operator',
    deletedAt: null,
    deletedBy: null,
    ...indicatorFieldsSchema.parse({ ...indicatorDefaults, ...input }),
  };
}

describe('docket indicators show', () => {
  it('prints the observations in date order with qualifier and source', () => {
    const text = describeIndicator(
      indicator({
        names: [
          { text: 'Journalists and bloggers in prison' },
          { text: 'Журналисты в заключении', kind: 'alias' },
        ],
        country: 'UZ',
        unit: 'persons',
        observations: [
          { date: '2023-02', value: 18, qualifier: 'at-least', sourceId: LETTER },
          { date: '2020', value: 0, sourceId: LETTER, locator: 'para. 5', note: 'none in prison' },
          { date: '2023-12', value: 20, qualifier: 'about' },
        ],
      }),
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('Journalists and bloggers in prison');
    expect(lines).toContain('  observations 3');
    expect(lines.slice(-4)).toEqual([
      `    DATE     VALUE  QUALIFIER  ${'SOURCE'.padEnd(`source ${LETTER}, para. 5`.length)}  NOTE`,
      `    2020     0      exact      source ${LETTER}, para. 5  none in prison`,
      `    2023-02  ≥18    at-least   source ${LETTER}`,
      '    2023-12  ≈20    about      uncited',
    ]);
  });

  it('says when nothing has been observed yet', () => {
    const text = describeIndicator(
      indicator({ names: [{ text: 'Parties refused registration' }], unit: 'organizations' }),
    );
    expect(text.split('\n').at(-1)).toBe('  observations none recorded');
  });
});
