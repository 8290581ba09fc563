import { describe, expect, it } from 'vitest';
import { figureSchema } from './event.schema.ts';
import { figureName, figureSummary, formatFigure, formatFigureValue } from './figures.ts';

const HRW = '01a21fb6-3a77-70e3-96ff-6813742e9792';
const RFERL = '01a21fb6-3a77-70e3-96ff-6813742e9793';
const OFFICIAL = '01a21fb6-3a77-70e3-96ff-6813742e9794';

const figure = (input: Record<string, unknown>) => figureSchema.parse({ kind: 'deaths', ...input });

/** The January 2022 deaths: 238 preferred, the earlier official totals beside it. */
const deaths = figure({
  claims: [
    { value: 238, sourceId: RFERL, statedOn: '2022-08', isPreferred: true },
    { value: 225, sourceId: OFFICIAL, statedOn: '2022-01-15' },
    { value: 230, sourceId: OFFICIAL, statedOn: '2022-02' },
    { value: 232, sourceId: HRW, statedOn: '2022-05-05' },
    { value: 238, sourceId: HRW, statedOn: '2022-08', qualifier: 'at-least' },
  ],
});

describe('figureSummary', () => {
  it('shows the preferred 238 with 225, 230 and 232 beside it', () => {
    const summary = figureSummary(deaths);
    expect(summary).toMatchObject({ value: 238, qualifier: 'exact', isDisputed: true });
    expect(summary.alternatives.map((a) => a.value)).toEqual([225, 230, 232]);
    expect(summary.alternatives[0]).toEqual({
      value: 225,
      qualifier: 'exact',
      statedOn: '2022-01-15',
      sourceIds: [OFFICIAL],
    });
  });

  it('gives no value when sources disagree and none is preferred, and lists every number', () => {
    const summary = figureSummary(figure({ claims: [{ value: 21 }, { value: 18, sourceId: HRW }] }));
    expect(summary.value).toBeUndefined();
    expect(summary.qualifier).toBeUndefined();
    expect(summary.isDisputed).toBe(true);
    expect(summary.alternatives.map((a) => a.value)).toEqual([21, 18]);
  });

  it('takes the agreed number when every source gives the same one', () => {
    const summary = figureSummary(
      figure({
        claims: [
          { value: 516, qualifier: 'about' },
          { value: 516, sourceId: HRW },
        ],
      }),
    );
    expect(summary).toEqual({ value: 516, qualifier: 'about', alternatives: [], isDisputed: false });
  });

  it('merges the claims of one alternative number: all its sources, the earliest date', () => {
    const summary = figureSummary(
      figure({
        claims: [
          { value: 9900, isPreferred: true },
          { value: 10_000, sourceId: HRW, statedOn: '2022-03' },
          { value: 10_000, sourceId: RFERL, statedOn: '2022-01' },
          { value: 10_000, sourceId: HRW },
        ],
      }),
    );
    expect(summary.alternatives).toEqual([
      { value: 10_000, qualifier: 'exact', statedOn: '2022-01', sourceIds: [HRW, RFERL] },
    ]);
  });
});

describe('formatting figures', () => {
  it('writes the preferred number with the others beside it', () => {
    expect(formatFigure(figureSummary(deaths))).toBe('238 (also reported: 225, 230, 232)');
  });

  it('writes a dispute as a dispute', () => {
    expect(formatFigure(figureSummary(figure({ claims: [{ value: 21 }, { value: 18 }] })))).toBe(
      'disputed: 21, 18 (none preferred)',
    );
  });

  it('writes qualifiers and thousands', () => {
    expect(formatFigureValue(9900, 'about')).toBe('about 9,900');
    expect(formatFigureValue(190, 'at-least')).toBe('at least 190');
    expect(formatFigureValue(6)).toBe('6');
  });

  it('names a figure by its label, else its kind', () => {
    expect(figureName({ kind: 'deaths-security-forces' })).toBe('deaths among security forces');
    expect(figureName({ kind: 'other', label: { en: 'criminal cases', ru: 'уголовные дела' } }, 'ru')).toBe(
      'уголовные дела',
    );
  });
});

describe('figureSchema', () => {
  it('needs a label for a figure of kind other', () => {
    const result = figureSchema.safeParse({ kind: 'other', claims: [{ value: 1 }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['label']);
  });

  it('refuses negative and fractional numbers', () => {
    expect(figureSchema.safeParse({ kind: 'deaths', claims: [{ value: -1 }] }).success).toBe(false);
    expect(figureSchema.safeParse({ kind: 'deaths', claims: [{ value: 2.5 }] }).success).toBe(false);
  });
});
