import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { components, paths } from '../../api/schema.d.ts';
import { DOCUMENTS } from './api.ts';

export type Redaction = components['schemas']['Redaction'];
export type Mask = components['schemas']['RedactionMaskInput'];
export type RegionMask = Extract<Mask, { kind: 'region' }>;
export type TextMask = Extract<Mask, { kind: 'text' }>;
export type RedactedPage =
  paths['/api/redactions/{id}/pages/{number}']['get']['responses'][200]['content']['application/json'];

const redactionsKey = (documentId: string) => [DOCUMENTS, 'redactions', documentId] as const;

/** The redacted copies of a document, newest first. */
export function useRedactions(documentId: string) {
  return useQuery({
    queryKey: redactionsKey(documentId),
    queryFn: async () =>
      unwrap(await api.GET('/api/documents/{id}/redactions', { params: { path: { id: documentId } } })).items,
  });
}

/** One page of a redacted copy, its masked characters as █; a copy never changes once made. */
export function useRedactedPage(redactionId: string, number: number, enabled: boolean) {
  return useQuery({
    queryKey: [DOCUMENTS, 'redacted-page', redactionId, number],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/redactions/{id}/pages/{number}', {
          params: { path: { id: redactionId, number } },
        }),
      ),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useCreateRedaction(documentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { masks: Mask[]; note: string | null }) =>
      unwrap(
        await api.POST('/api/documents/{id}/redactions', { params: { path: { id: documentId } }, body }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: redactionsKey(documentId) });
    },
  });
}

/** The redacted PNG of an image document (only when the copy has region masks). */
export const redactedImageUrl = (id: string) => `/api/redactions/${encodeURIComponent(id)}/image`;

/** The redaction screen, optionally showing one copy made earlier. */
export function redactPath(documentId: string, copy?: string): string {
  const base = `/documents/${encodeURIComponent(documentId)}/redact`;
  return copy ? `${base}?${new URLSearchParams({ copy })}` : base;
}
