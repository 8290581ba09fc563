import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { ApiError, toProblem } from '../../api/problem.ts';
import type { components, paths } from '../../api/schema.d.ts';

export type DocumentInfo = components['schemas']['Document'];
export type DocumentKind = DocumentInfo['kind'];
export type DocumentPage =
  paths['/api/documents/{id}/pages/{number}']['get']['responses'][200]['content']['application/json'];

export const DOCUMENTS = 'documents';
export const documentKey = (id: string) => [DOCUMENTS, 'document', id] as const;

/** The most recent documents (the API's 200), or those of one source. */
export function useDocuments(sourceId?: string, enabled = true) {
  return useQuery({
    queryKey: [DOCUMENTS, 'list', sourceId ?? null],
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/api/documents', { params: { query: sourceId ? { sourceId } : {} } })).items,
    staleTime: sourceId ? 60_000 : 0,
  });
}

export function useDocument(id: string | undefined) {
  return useQuery({
    queryKey: documentKey(id ?? ''),
    enabled: id !== undefined,
    queryFn: async () => unwrap(await api.GET('/api/documents/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

export function useDocumentPage(id: string, number: number, enabled: boolean) {
  return useQuery({
    queryKey: [DOCUMENTS, 'page', id, number],
    enabled,
    queryFn: async () =>
      unwrap(await api.GET('/api/documents/{id}/pages/{number}', { params: { path: { id, number } } })),
    staleTime: Number.POSITIVE_INFINITY, // a page's text never changes once ingested
  });
}

export type IngestBatch = components['schemas']['IngestBatch'];
export type IngestItem = IngestBatch['items'][number];

export const batchKey = (id: string) => [DOCUMENTS, 'batch', id] as const;

/** Every how many ms a batch is asked after: often while it runs, seldom while held, no more once done. */
const POLL = { running: 700, interrupted: 2000, done: false } as const;

/** A batch of uploads, watched while the server reads its files. */
export function useBatch(id: string | null) {
  return useQuery({
    queryKey: batchKey(id ?? ''),
    enabled: id !== null,
    queryFn: async () =>
      unwrap(await api.GET('/api/ingest-batches/{id}', { params: { path: { id: id ?? '' } } })),
    refetchInterval: (query) => POLL[query.state.data?.status ?? 'done'],
  });
}

/** The batch for these files, by name and size: a new one, or the one these same files started. */
export async function createBatch(
  files: readonly { name: string; sizeBytes: number }[],
): Promise<IngestBatch> {
  return unwrap(await api.POST('/api/ingest-batches', { body: { files: [...files] } }));
}

/** Holds the batch between two files (`stop`), or lets it go on (`resume`). */
export async function holdBatch(id: string, action: 'stop' | 'resume'): Promise<IngestBatch> {
  const path = action === 'stop' ? '/api/ingest-batches/{id}/stop' : '/api/ingest-batches/{id}/resume';
  return unwrap(await api.POST(path, { params: { path: { id } } }));
}

/**
 * Sends one file of a batch as the raw body; the server reads it in the background. openapi-fetch
 * would serialize a Blob as JSON, so this is a plain `fetch` carrying the session's CSRF token as
 * the typed client does.
 */
export async function sendBatchFile(
  batchId: string,
  position: number,
  file: File,
  csrfToken: string | null,
): Promise<IngestBatch> {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const path = `/api/ingest-batches/${encodeURIComponent(batchId)}/files/${position}`;
  const response = await fetch(path, { method: 'PUT', credentials: 'same-origin', headers, body: file });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(toProblem(response.status, body));
  return body as IngestBatch;
}

/** Where a document's files download from; the session cookie goes along, as with any link. */
export const originalUrl = (id: string) => `/api/documents/${encodeURIComponent(id)}/original`;
export const workingUrl = (id: string) => `/api/documents/${encodeURIComponent(id)}/working`;

/** The viewer at one page, with the words to highlight there. */
export function viewerPath(id: string, page?: number | null, quote?: string | null): string {
  const query = new URLSearchParams();
  if (page) query.set('page', String(page));
  if (quote) query.set('quote', quote);
  const search = query.toString();
  return `/documents/${encodeURIComponent(id)}${search ? `?${search}` : ''}`;
}
