import { canonicalJson, isDisputed, preferredClaim } from '../../core/claim.ts';
import { pickLanguage } from '../../core/language.ts';
import { comparePartialDatesForSort, type PartialDate } from '../../core/partial-date.ts';
import type { Figure, FigureQualifier } from './event.schema.ts';

type FigureClaim = Figure['claims'][number];

/** A number sources gave beside the one shown, with when and by whom it was given. */
export interface FigureAlternative {
  value: number;
  qualifier: FigureQualifier;
  /** The earliest date a source gave this number, when any claim records one. */
  statedOn: PartialDate | undefined;
  sourceIds: string[];
}

export interface FigureSummary {
  /** The preferred number, or the agreed one; undefined when sources disagree and none is preferred. */
  value: number | undefined;
  qualifier: FigureQualifier | undefined;
  /** The other numbers, in the order they were entered; every number when none could be chosen. */
  alternatives: FigureAlternative[];
  isDisputed: boolean;
}

/** What to show for one figure: the chosen number and, beside it, every other number reported. */
export function figureSummary(figure: { readonly claims: readonly FigureClaim[] }): FigureSummary {
  const chosen = preferredClaim(figure.claims);
  const byValue = new Map<string, FigureAlternative>();
  for (const claim of figure.claims) {
    if (chosen && claim.value === chosen.value) continue;
    const key = canonicalJson(claim.value);
    const alternative = byValue.get(key) ?? {
      value: claim.value,
      qualifier: claim.qualifier,
      statedOn: undefined,
      sourceIds: [],
    };
    if (claim.sourceId && !alternative.sourceIds.includes(claim.sourceId))
      alternative.sourceIds.push(claim.sourceId);
    alternative.statedOn = earlier(alternative.statedOn, claim.statedOn);
    byValue.set(key, alternative);
  }
  return {
    value: chosen?.value,
    qualifier: chosen?.qualifier,
    alternatives: [...byValue.values()],
    isDisputed: isDisputed(figure.claims),
  };
}

function earlier(a: PartialDate | undefined, b: PartialDate | undefined): PartialDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return comparePartialDatesForSort(a, b) <= 0 ? a : b;
}

const QUALIFIER_PREFIX: Record<FigureQualifier, string> = {
  exact: '',
  'at-least': 'at least ',
  about: 'about ',
  'at-most': 'at most ',
};

// en-GB groups thousands with commas: 9,900.
const NUMBER_FORMAT = new Intl.NumberFormat('en-GB');

/** "238", "about 9,900", "at least 190". */
export function formatFigureValue(value: number, qualifier: FigureQualifier = 'exact'): string {
  return `${QUALIFIER_PREFIX[qualifier]}${NUMBER_FORMAT.format(value)}`;
}

/**
 * One line for a figure's numbers: "238 (also reported: 225, 230, 232)"; when sources disagree and
 * none is preferred, the dispute itself: "disputed: 21, 18 (none preferred)".
 */
export function formatFigure(summary: FigureSummary): string {
  const others = summary.alternatives.map((a) => formatFigureValue(a.value, a.qualifier)).join(', ');
  if (summary.value === undefined) return `disputed: ${others} (none preferred)`;
  const shown = formatFigureValue(summary.value, summary.qualifier);
  return others ? `${shown} (also reported: ${others})` : shown;
}

export const FIGURE_WORDS: Record<Figure['kind'], string> = {
  deaths: 'deaths',
  'deaths-security-forces': 'deaths among security forces',
  injured: 'injured',
  detained: 'detained',
  tortured: 'tortured',
  'torture-cases-opened': 'torture cases opened',
  convicted: 'convicted',
  amnestied: 'amnestied',
  other: 'other',
};

/** What a figure counts: its label in the reader's language, else its kind in words. */
export function figureName(figure: Pick<Figure, 'kind' | 'label'>, language = 'en'): string {
  return pickLanguage(figure.label, language) ?? FIGURE_WORDS[figure.kind];
}
