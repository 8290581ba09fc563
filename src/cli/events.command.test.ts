import { describe, expect, it } from 'vitest';
import { buildJanuaryEventsInput } from '../../test/support/event-factories.ts';
import { type Event, eventDefaults, eventFieldsSchema } from '../modules/events/event.schema.ts';
import { describeEvent } from './events.command.ts';

const RFERL = '01a21fb6-3a77-70e3-96ff-6813742e9793';
const HRW = '01a21fb6-3a77-70e3-96ff-6813742e9794';

function januaryEvents(): Event {
  const fields = eventFieldsSchema.parse({
    ...eventDefaults,
    ...buildJanuaryEventsInput({ rferl: RFERL, hrw: HRW, diplomat: null }),
  });
  return {
    id: '01a21fb6-3a77-70e3-96ff-6813742e9795',
    ref: null,
    version: 3,
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
    ...fields,
  };
}

describe('docket events show', () => {
  const text = describeEvent(
    januaryEvents(),
    new Map([
      [RFERL, 'RFE/RL on the final toll'],
      [HRW, 'HRW report'],
    ]),
  );
  const lines = text.split('\n');

  it('gives the names in every script, the dates and the places', () => {
    expect(lines.slice(0, 6)).toEqual([
      'January 2022 Events',
      '  also: Январские события (ru); Қаңтар оқиғасы (kk)',
      'Kind:     unrest',
      'Country:  KZ',
      'Dates:    2 January 2022 – January 2022',
      'Places:   Almaty',
    ]);
  });

  it('shows 238 dead with the earlier totals beside it, and each number with its source', () => {
    expect(lines).toContain('  deaths: 238 (also reported: 225, 230, 232)');
    expect(lines).toContain('    238 (preferred, stated August 2022) — RFE/RL on the final toll');
    expect(lines).toContain('    225 — HRW report');
    expect(lines).toContain('  detained: about 9,900');
    expect(lines).toContain('    about 9,900 (stated 11 January 2022) — uncited');
  });

  it('lists accountability steps in date order, marking the uncited', () => {
    const start = lines.indexOf('Accountability');
    expect(lines.slice(start + 1, start + 3)).toEqual([
      '  14 March 2022: investigation opened (243) — uncited',
      '  2 November 2022: amnesty (1,500) — RFE/RL on the final toll',
    ]);
  });
});
