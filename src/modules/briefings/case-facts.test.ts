import { describe, expect, it } from 'vitest';
import { daysDeprivedBy, happenedBy } from './case-facts.ts';
import { FootnoteList, sourceIdsIn } from './footnotes.ts';

const step = (kind: string, ...dates: string[]) =>
  ({ kind, date: dates.map((value) => ({ value, sourceId: null, isPreferred: false })) }) as never;

describe('a case as of a day', () => {
  it('counts the days deprived of liberty up to the day, certain and possible, and nothing after it', () => {
    const steps = [step('arrest', '2021-01-29', '2021-01-30'), step('release', '2021-03-01')];
    expect(daysDeprivedBy(steps, '2021-01-31')).toEqual({ certain: 2, possible: 3 });
    expect(daysDeprivedBy(steps, '2021-12-31')).toEqual({ certain: 30, possible: 31 });
    // A release not yet happened on the day does not end the count early.
    expect(daysDeprivedBy([step('arrest', '2022-01'), step('release', '2023-06-01')], '2022-02-01')).toEqual({
      certain: 2,
      possible: 32,
    });
    expect(daysDeprivedBy([step('travel-ban', '2022-01-01')], '2022-06-01')).toEqual({
      certain: 0,
      possible: 0,
    });
  });

  it('counts a partial date as happened by a day it overlaps', () => {
    expect(happenedBy('2023-02', '2023-02-01')).toBe(true);
    expect(happenedBy('2023-03', '2023-02-28')).toBe(false);
    expect(happenedBy(null, '2023-02-28')).toBe(false);
  });
});

describe('the footnotes of a briefing', () => {
  it('numbers visible sources in order of first use, once per source and locator, and drops hidden ones', () => {
    const notes = new FootnoteList(new Set(['a', 'b']));
    expect(notes.cite({ sourceId: 'b' }, { sourceId: 'hidden' }, { sourceId: 'a', locator: 'p. 3' })).toEqual(
      [1, 2],
    );
    expect(notes.cite({ sourceId: 'a', locator: 'p. 3' }, { sourceId: 'a' }, { sourceId: null })).toEqual([
      2, 3,
    ]);
    expect(notes.entries.map((e) => [e.number, e.sourceId, e.locator])).toEqual([
      [1, 'b', null],
      [2, 'a', 'p. 3'],
      [3, 'a', null],
    ]);
  });

  it('finds every source a record holds, however deep', () => {
    expect([
      ...sourceIdsIn([{ sourceId: 'x', claims: [{ sourceId: 'y' }] }, { evidence: [{ sourceId: 'z' }] }]),
    ]).toEqual(['x', 'y', 'z']);
  });
});
