import { describe, expect, it } from 'vitest';
import {
  type LegalInstrument,
  legalInstrumentDefaults,
  legalInstrumentFieldsSchema,
} from '../modules/legal-instruments/legal-instrument.schema.ts';
import { describeLegalInstrument } from './legal-instruments.command.ts';

const SOURCE = '01a21fb6-3a77-70e3-96ff-6813742e9793';

function instrument(input: Record<string, unknown>): LegalInstrument {
  return {
    id: '01a21fb6-3a77-70e3-96ff-6813742e9795',
    ref: null,
    version: 2,
    sensitivity: 'internal',
    isPublished: false,
    ownerOrgId: null,
    fieldSensitivity: {},
    createdAt: '2024-01-01T00:00:00.000Z',
    createdBy: 'operator',
    updatedAt: '2024-01-02T00:00:00.000Z',
    updatedBy: 'operator',
    deletedAt: null,
    deletedBy: null,
    ...legalInstrumentFieldsSchema.parse({ ...legalInstrumentDefaults, ...input }),
  };
}

describe('docket legal-instruments show', () => {
  const eventRules = instrument({
    titles: [{ text: 'Justice Ministry rules on notifying NGO events' }],
    kind: 'regulation',
    country: 'UZ',
    adoptedOn: '2018-06',
    inForceFrom: '2018-06',
    status: 'in-force',
    provisions: [
      {
        article: 'Notice period',
        summary: { en: 'At least 10 days ahead, 20 with foreign participants (summary)' },
        concern: { en: 'Lets the authorities vet NGO events' },
        sourceId: SOURCE,
        locator: 'para. 4',
      },
      { article: 'Notification form', heading: 'Twelve questions' },
    ],
  });

  it('says whether it is in force today, three-valued', () => {
    const lines = (today: string) =>
      describeLegalInstrument(eventRules, { today, issuer: 'Ministry of Justice (x)' }).split('\n');
    expect(lines('2023-02-01')).toContain('  status      in-force; in force today (2023-02-01): yes');
    expect(lines('2018-06-10')).toContain('  status      in-force; in force today (2018-06-10): possibly');
    expect(lines('2018-05-31')).toContain('  status      in-force; in force today (2018-05-31): no');
    expect(lines('2023-02-01')).toContain('  issued by   Ministry of Justice (x)');
  });

  it('lists each provision with its reading, why it matters and its source, or says it is uncited', () => {
    const lines = describeLegalInstrument(eventRules, { today: '2023-02-01', issuer: null }).split('\n');
    expect(lines).toContain('  issued by   not recorded');
    expect(lines).toContain('  in force    from June 2018 to no end recorded');
    expect(lines.slice(-4)).toEqual([
      `    Notice period  [source ${SOURCE}, para. 4]`,
      '      says:    At least 10 days ahead, 20 with foreign participants (summary)',
      '      concern: Lets the authorities vet NGO events',
      '    Notification form — Twelve questions  [uncited]',
    ]);
  });
});
