import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { ApiError, toProblem } from '../../api/problem.ts';
import type { components, paths } from '../../api/schema.d.ts';

export type DocumentInfo = components['schemas']['Document'];
export type DocumentKind = DocumentInfo['kind'];
export type DocumentPage =
  paths['/api/documents/{id}/pages/{number}']['get']['responses'][200]['content']['application/json'];
export type Ingested = paths['/api/documents']['post']['responses'][201]['content']['application/json'];

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

/**
 * Sends one file as the raw body and waits for its ingest. openapi-fetch would serialize a Blob as
 * JSON, so this is a plain `fetch` carrying the session's CSRF token as the typed client does.
 */
export async function uploadDocument(file: File, csrfToken: string | null): Promise<Ingested> {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/api/documents?${new URLSearchParams({ name: file.name })}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: file,
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(toProblem(response.status, body));
  return body as Ingested;
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
