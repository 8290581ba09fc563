import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CitableType } from '../../../../../src/modules/citations/citable-types.ts';
import { api, unwrap } from '../../../api/client.ts';
import type { AnyRecord, Citation, Grant, RecordSegment, Source } from './types.ts';

/*
 * The typed client checks literal paths; these screens serve seven record types through one set of
 * paths, so each is named by the persons' path (the shapes are the same) and the answer read as a
 * record of any type.
 */
type DetailPath = '/api/persons/{id}';
type CollectionPath = '/api/persons';
type ActionPath = '/api/persons/{id}/publish';
type GrantsPath = '/api/persons/{id}/grants';
type GrantPath = '/api/persons/{id}/grants/{grantId}';

const detailPath = (segment: RecordSegment) => `/api/${segment}/{id}` as DetailPath;

export const recordKey = (segment: RecordSegment, id: string) => ['record', segment, id] as const;

export async function fetchRecord(segment: RecordSegment, id: string): Promise<AnyRecord> {
  const data = unwrap(await api.GET(detailPath(segment), { params: { path: { id } } }));
  return data as unknown as AnyRecord;
}

export function useRecord(segment: RecordSegment, id: string | undefined) {
  return useQuery({
    queryKey: recordKey(segment, id ?? ''),
    queryFn: () => fetchRecord(segment, id ?? ''),
    enabled: id !== undefined,
  });
}

type Body = Record<string, unknown>;

export async function createRecord(segment: RecordSegment, body: Body): Promise<AnyRecord> {
  const path = `/api/${segment}` as CollectionPath;
  const data = unwrap(await api.POST(path, { body: body as never }));
  return data as unknown as AnyRecord;
}

export async function updateRecord(segment: RecordSegment, id: string, body: Body): Promise<AnyRecord> {
  const data = unwrap(
    await api.PATCH(detailPath(segment), { params: { path: { id } }, body: body as never }),
  );
  return data as unknown as AnyRecord;
}

export async function deleteRecord(segment: RecordSegment, id: string, version: number): Promise<void> {
  unwrap(await api.DELETE(detailPath(segment), { params: { path: { id }, query: { version } } }));
}

export async function setPublished(
  segment: RecordSegment,
  id: string,
  version: number,
  published: boolean,
): Promise<AnyRecord> {
  const path = `/api/${segment}/{id}/${published ? 'publish' : 'unpublish'}` as ActionPath;
  const data = unwrap(await api.POST(path, { params: { path: { id } }, body: { version } }));
  return data as unknown as AnyRecord;
}

export const grantsKey = (segment: RecordSegment, id: string) => ['grants', segment, id] as const;

export function useGrants(segment: RecordSegment, id: string, enabled: boolean) {
  return useQuery({
    queryKey: grantsKey(segment, id),
    queryFn: async (): Promise<Grant[]> => {
      const path = `/api/${segment}/{id}/grants` as GrantsPath;
      return unwrap(await api.GET(path, { params: { path: { id } } })).items;
    },
    enabled,
  });
}

export interface GrantInput {
  granteeType: 'org' | 'user';
  granteeId: string;
  access: 'read' | 'write';
  clearance: 'public' | 'internal' | 'confidential' | 'secret';
}

export async function putGrant(segment: RecordSegment, id: string, grant: GrantInput): Promise<void> {
  const path = `/api/${segment}/{id}/grants` as GrantsPath;
  unwrap(await api.PUT(path, { params: { path: { id } }, body: grant }));
}

export async function removeGrant(segment: RecordSegment, id: string, grantId: string): Promise<void> {
  const path = `/api/${segment}/{id}/grants/{grantId}` as GrantPath;
  unwrap(await api.DELETE(path, { params: { path: { id, grantId } } }));
}

export const citationsKey = (recordType: CitableType, recordId: string) =>
  ['citations', recordType, recordId] as const;

/** Every citation of one record (the API caps a page at 200; a record rarely has more). */
export function useCitations(recordType: CitableType, recordId: string | undefined) {
  return useQuery({
    queryKey: citationsKey(recordType, recordId ?? ''),
    queryFn: async (): Promise<Citation[]> => {
      const page = unwrap(
        await api.GET('/api/citations', {
          params: { query: { recordType, recordId: recordId ?? '', limit: 200 } },
        }),
      );
      return page.items;
    },
    enabled: recordId !== undefined,
  });
}

/** The sources a record's citations and claims name, fetched once each; unreadable ones are left out. */
export function useSources(ids: ReadonlyArray<string | null | undefined>) {
  const unique = [...new Set(ids.filter((id): id is string => typeof id === 'string'))].sort();
  const client = useQueryClient();
  return useQuery({
    queryKey: ['sources-by-id', ...unique],
    queryFn: async (): Promise<Map<string, Source>> => {
      const found = await Promise.all(
        unique.map(async (id) => {
          try {
            const source = await client.fetchQuery({
              queryKey: recordKey('sources', id),
              queryFn: () => fetchRecord('sources', id),
              staleTime: 60_000,
            });
            return [id, source as unknown as Source] as const;
          } catch {
            // A source the caller may not read is absent for them, like any hidden record.
            return undefined;
          }
        }),
      );
      return new Map(found.filter((entry) => entry !== undefined));
    },
    staleTime: 60_000,
  });
}

/** Sources to pick from when citing: the first page matching a search. */
export function useSourceSearch(search: string) {
  return useQuery({
    queryKey: ['source-search', search],
    queryFn: async (): Promise<Source[]> => {
      const query = { limit: 200, ...(search ? { q: search } : {}) };
      return unwrap(await api.GET('/api/sources', { params: { query } })).items;
    },
    staleTime: 30_000,
  });
}
