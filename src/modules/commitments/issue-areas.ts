import { z } from 'zod';

/**
 * Issue areas, the sections of the US State Department's Country Reports on Human Rights Practices,
 * kept per layout because the layout changes between report years (the 2024 reports use a shorter
 * one). A code names its layout, `us-dos-2021/2b`, so a commitment tagged under one layout keeps
 * its meaning when another is added; a new layout adds its codes here and a row to `ISSUE_AREA_LAYOUTS`.
 * Free of server code: the web app labels and validates with it.
 */
export const ISSUE_AREA_LAYOUTS = [
  {
    id: 'us-dos-2021',
    title: 'US State Department Country Reports, 2021–2023 layout',
    reportYears: [2021, 2022, 2023],
  },
] as const;

export const ISSUE_AREAS = [
  'us-dos-2021/1',
  'us-dos-2021/1a',
  'us-dos-2021/1b',
  'us-dos-2021/1c',
  'us-dos-2021/1d',
  'us-dos-2021/1e',
  'us-dos-2021/1f',
  'us-dos-2021/1g',
  'us-dos-2021/2',
  'us-dos-2021/2a',
  'us-dos-2021/2b',
  'us-dos-2021/2c',
  'us-dos-2021/2d',
  'us-dos-2021/2e',
  'us-dos-2021/2f',
  'us-dos-2021/2g',
  'us-dos-2021/3',
  'us-dos-2021/4',
  'us-dos-2021/5',
  'us-dos-2021/6',
  'us-dos-2021/7',
  'us-dos-2021/7a',
  'us-dos-2021/7b',
  'us-dos-2021/7c',
  'us-dos-2021/7d',
  'us-dos-2021/7e',
] as const;
export type IssueArea = (typeof ISSUE_AREAS)[number];

export const issueAreaSchema = z
  .enum(ISSUE_AREAS)
  .describe('A section of a country-report layout: `<layout>/<section>`, e.g. us-dos-2021/2b');

/** English titles, for the CLI and generated documents; the web app has its own translations. */
export const ISSUE_AREA_TITLES: Record<IssueArea, string> = {
  'us-dos-2021/1': 'Respect for the integrity of the person',
  'us-dos-2021/1a': 'Arbitrary deprivation of life and other unlawful or politically motivated killings',
  'us-dos-2021/1b': 'Disappearance',
  'us-dos-2021/1c': 'Torture and other cruel, inhuman or degrading treatment; prison conditions',
  'us-dos-2021/1d': 'Arbitrary arrest or detention',
  'us-dos-2021/1e': 'Denial of fair public trial; political prisoners',
  'us-dos-2021/1f': 'Arbitrary interference with privacy, family, home or correspondence',
  'us-dos-2021/1g': 'Abuses in conflict',
  'us-dos-2021/2': 'Respect for civil liberties',
  'us-dos-2021/2a': 'Freedom of expression, including for members of the press and other media',
  'us-dos-2021/2b': 'Freedoms of peaceful assembly and association',
  'us-dos-2021/2c': 'Freedom of religion',
  'us-dos-2021/2d': 'Freedom of movement and the right to leave the country',
  'us-dos-2021/2e': 'Internally displaced persons',
  'us-dos-2021/2f': 'Protection of refugees',
  'us-dos-2021/2g': 'Stateless persons',
  'us-dos-2021/3': 'Freedom to participate in the political process',
  'us-dos-2021/4': 'Corruption and lack of transparency in government',
  'us-dos-2021/5': 'Governmental posture towards investigation of alleged abuses of human rights',
  'us-dos-2021/6': 'Discrimination and societal abuses',
  'us-dos-2021/7': 'Worker rights',
  'us-dos-2021/7a': 'Freedom of association and the right to collective bargaining',
  'us-dos-2021/7b': 'Prohibition of forced or compulsory labour',
  'us-dos-2021/7c': 'Prohibition of child labour and minimum age for employment',
  'us-dos-2021/7d': 'Discrimination with respect to employment and occupation',
  'us-dos-2021/7e': 'Acceptable conditions of work',
};

/** The section a subsection belongs to (`us-dos-2021/2b` → `us-dos-2021/2`), itself for a section. */
export function parentIssueArea(area: IssueArea): IssueArea {
  const parent = area.replace(/[a-z]$/, '');
  return (ISSUE_AREAS as readonly string[]).includes(parent) ? (parent as IssueArea) : area;
}

/** Whether a record tagged `tagged` falls under the filter `filter` (a section covers its subsections). */
export function isUnderIssueArea(tagged: IssueArea, filter: IssueArea): boolean {
  return tagged === filter || parentIssueArea(tagged) === filter;
}
