import { api, unwrap } from '../../api/client.ts';
import type { components, paths } from '../../api/schema.d.ts';

/** The record types with a history screen, as they appear in URLs and API paths. */
export const HISTORY_TYPES = [
  'persons',
  'cases',
  'events',
  'organizations',
  'proceedings',
  'legal-instruments',
  'sources',
  'commitments',
  'asks',
  'engagements',
  'interventions',
] as const;
export type HistoryType = (typeof HISTORY_TYPES)[number];

export function isHistoryType(value: string | undefined): value is HistoryType {
  return (HISTORY_TYPES as readonly string[]).includes(value ?? '');
}

export type Revision =
  paths['/api/persons/{id}/revisions']['get']['responses'][200]['content']['application/json']['items'][number];
export type RevisionAction = Revision['action'];
export type Abilities = components['schemas']['Abilities'];

/** What the history screen needs of the record itself: its version, what the caller may do, deletion. */
export interface RecordHead {
  id: string;
  version: number;
  deletedAt: string | null;
  abilities: Abilities;
}

// Every type's history routes share one shape, so one union of paths serves them all.
type RevisionsPath = `/api/${HistoryType}/{id}/revisions`;
type RecordPath = `/api/${HistoryType}/{id}`;
type RestorePath = `/api/${HistoryType}/{id}/revisions/{revisionId}/restore`;

export async function fetchRevisions(type: HistoryType, id: string): Promise<Revision[]> {
  const path = `/api/${type}/{id}/revisions` as RevisionsPath;
  return unwrap(await api.GET(path, { params: { path: { id } } })).items;
}

export async function fetchRecordHead(type: HistoryType, id: string): Promise<RecordHead> {
  const path = `/api/${type}/{id}` as RecordPath;
  // A deleted record still has a history, and an earlier revision brings it back.
  const record = unwrap(await api.GET(path, { params: { path: { id }, query: { includeDeleted: true } } }));
  return { id: record.id, version: record.version, deletedAt: record.deletedAt, abilities: record.abilities };
}

export async function restoreRevision(
  type: HistoryType,
  id: string,
  revisionId: string,
  version: number,
): Promise<{ version: number }> {
  const path = `/api/${type}/{id}/revisions/{revisionId}/restore` as RestorePath;
  const record = unwrap(await api.POST(path, { params: { path: { id, revisionId } }, body: { version } }));
  return { version: record.version };
}

/** Only administrators may list accounts; others see names of nobody but themselves (see the report). */
export async function fetchUserNames(): Promise<Map<string, string>> {
  const { items } = unwrap(await api.GET('/api/admin/users'));
  return new Map(items.map((user) => [user.id, user.displayName]));
}

export const historyKeys = {
  revisions: (type: string, id: string) => ['history', type, id, 'revisions'] as const,
  record: (type: string, id: string) => ['history', type, id, 'record'] as const,
  users: ['history', 'user-names'] as const,
};
