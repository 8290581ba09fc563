import type { OperationContext } from '../core/context.ts';
import { type LocalizedText, pickLanguage } from '../core/language.ts';
import { formatPartialDate } from '../core/partial-date.ts';
import type { Disclosed } from '../modules/access/redaction.ts';
import { findUser } from '../modules/access/user.store.ts';
import { ISSUE_AREA_TITLES, type IssueArea } from '../modules/commitments/issue-areas.ts';
import { disclose } from '../modules/records/disclosure.ts';
import type { StoredRecord } from '../modules/records/record.schema.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { sourceKind } from '../modules/sources/source.operations.ts';

/**
 * What the tracker's `show` commands need from other records: titles of what they link to, read
 * through the same redaction as the record itself, so `--audience` never sees a title it may not.
 */

/** The records of `ids` the caller may read, as they may see them, by id. */
export async function visibleById<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  ids: readonly (string | null)[],
): Promise<Map<string, Disclosed<StoredRecord<F>>>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const shown = await disclose(ctx, kind, await kind.load(ctx.db, wanted));
  return new Map(shown.map((record) => [record.id, record]));
}

/** Titles of the sources the caller may read, by id; a deleted one says so. */
export async function sourceTitles(
  ctx: OperationContext,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const sources = await visibleById(ctx, sourceKind, ids);
  return new Map(
    [...sources].map(([id, s]) => [id, s.deletedAt ? `${s.title ?? id} (deleted)` : (s.title ?? id)]),
  );
}

/** "Astana Times, national/10663", "source <id>" when the caller may not read it, or "uncited". */
export function citeSource(
  titles: ReadonlyMap<string, string>,
  sourceId: string | null,
  locator?: string | null,
): string {
  if (!sourceId) return 'uncited';
  const title = titles.get(sourceId) ?? `source ${sourceId}`;
  return locator ? `${title}, ${locator}` : title;
}

/** Display names of users (follow-up owners), by id; accounts are not records, so no redaction. */
export async function userNames(
  ctx: OperationContext,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) {
    if (!id) continue;
    const user = await findUser(ctx.db, id);
    if (user) names.set(id, user.display_name);
  }
  return names;
}

export function titleOf(text: LocalizedText | null | undefined, id: string): string {
  return pickLanguage(text) ?? `[title withheld] ${id}`;
}

export const dateOrNot = (value: string | null, missing = 'not recorded') =>
  value ? formatPartialDate(value) : missing;

export const words = (value: string) => value.replaceAll('-', ' ');

/** One line per issue area: its report section and title. */
export function issueAreaLines(areas: readonly IssueArea[]): string[] {
  if (areas.length === 0) return ['Issue areas: none tagged'];
  return ['Issue areas:', ...areas.map((a) => `  ${a}  ${ISSUE_AREA_TITLES[a]}`)];
}

/** "2 persons, 1 case": how many records of each kind a record links to, or "none". */
export function linkCounts(links: ReadonlyArray<[string, readonly unknown[]]>): string {
  const parts = links
    .filter(([, ids]) => ids.length > 0)
    .map(([label, ids]) => `${ids.length} ${ids.length === 1 ? label : `${label}s`}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/** Indents a block of text under a label, wrapping nothing: terminals wrap. */
export function paragraph(text: string | undefined): string[] {
  return text ? ['', ...text.split('\n').map((line) => `  ${line}`)] : [];
}

export function recordFooter(record: {
  id: string;
  ref: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
  sensitivity: string;
  isPublished: boolean;
  deletedAt: string | null;
}): string {
  const marks = [record.sensitivity, record.isPublished ? 'published' : 'not published'];
  if (record.deletedAt) marks.push('deleted');
  return (
    `Record ${record.id}${record.ref ? ` (ref ${record.ref})` : ''}, version ${record.version}, ` +
    `updated ${record.updatedAt} by ${record.updatedBy ?? '[withheld]'}; ${marks.join(', ')}`
  );
}
