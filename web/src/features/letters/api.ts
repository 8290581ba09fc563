import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { components, paths } from '../../api/schema.d.ts';

export type Letter = components['schemas']['Letter'];
export type Standing = Letter['standings'][number];
export type BriefingRequest =
  paths['/api/briefings/preview']['post']['requestBody']['content']['application/json'];
export type LetterRequest = paths['/api/letters']['post']['requestBody']['content']['application/json'];
export type Decision =
  paths['/api/letters/{id}/decisions']['post']['requestBody']['content']['application/json'];
export type SignOnView =
  paths['/api/sign-on/{token}']['get']['responses'][200]['content']['application/json'];
export type Circulation =
  paths['/api/letters/{id}/circulate']['post']['responses'][200]['content']['application/json'];

/** What a dialog acting on a letter is given: the letter as read, and a way to read it again after a 409. */
export interface LetterDialogProps {
  letter: Letter;
  opened: boolean;
  onClose: () => void;
  onReload: () => void;
}

export const FORMATS = ['md', 'html', 'docx', 'pdf'] as const;
export type DocumentFormat = (typeof FORMATS)[number];
/** The formats' own names, the same in every language. */
export const FORMAT_NAMES: Record<DocumentFormat, string> = {
  md: 'Markdown',
  html: 'HTML',
  docx: 'DOCX',
  pdf: 'PDF',
};

export const LETTERS = 'letters';
export const letterKey = (id: string) => [LETTERS, 'letter', id] as const;

export function useLetter(id: string | undefined) {
  return useQuery({
    queryKey: letterKey(id ?? ''),
    enabled: id !== undefined,
    queryFn: async () => unwrap(await api.GET('/api/letters/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

export function useLetters(engagementId?: string) {
  return useQuery({
    queryKey: [LETTERS, 'list', engagementId ?? null],
    queryFn: async () =>
      unwrap(await api.GET('/api/letters', { params: { query: engagementId ? { engagementId } : {} } }))
        .items,
  });
}

export function useLetterVersion(id: string, number: number | null) {
  return useQuery({
    queryKey: [LETTERS, 'version', id, number],
    enabled: number !== null,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/letters/{id}/versions/{number}', {
          params: { path: { id, number: number ?? 1 } },
        }),
      ),
  });
}

export async function previewBriefing(body: BriefingRequest) {
  return unwrap(await api.POST('/api/briefings/preview', { body }));
}

export async function previewLetter(body: LetterRequest) {
  return unwrap(await api.POST('/api/letters/preview', { body }));
}

export async function createLetter(body: LetterRequest): Promise<Letter> {
  return unwrap(await api.POST('/api/letters', { body }));
}

export async function saveVersion(id: string, body: { version: number; markdown: string; note?: string }) {
  return unwrap(await api.POST('/api/letters/{id}/versions', { params: { path: { id } }, body }));
}

export async function circulate(id: string, body: { version: number; orgIds: string[]; deadline: string }) {
  return unwrap(await api.POST('/api/letters/{id}/circulate', { params: { path: { id } }, body }));
}

export async function finalize(id: string, version: number): Promise<Letter> {
  return unwrap(
    await api.POST('/api/letters/{id}/finalize', { params: { path: { id } }, body: { version } }),
  );
}

export async function decide(id: string, body: Decision): Promise<Letter> {
  return unwrap(await api.POST('/api/letters/{id}/decisions', { params: { path: { id } }, body }));
}

export async function signOnView(token: string): Promise<SignOnView> {
  return unwrap(await api.GET('/api/sign-on/{token}', { params: { path: { token } } }));
}

export async function decideByLink(token: string, body: Decision): Promise<SignOnView> {
  return unwrap(await api.POST('/api/sign-on/{token}', { params: { path: { token } }, body }));
}

/** Where a kept letter's version downloads from; the session cookie goes along, as with any link. */
export function letterExportUrl(id: string, format: DocumentFormat, version?: number): string {
  const query = new URLSearchParams({ format, ...(version ? { version: String(version) } : {}) });
  return `/api/letters/${encodeURIComponent(id)}/export?${query}`;
}

/** A briefing as a file: the API answers the POST with an attachment, which is saved from here. */
export async function downloadBriefing(body: BriefingRequest & { format: DocumentFormat }): Promise<void> {
  const result = await api.POST('/api/briefings', { body, parseAs: 'blob' });
  const blob = unwrap(result) as Blob;
  const disposition = result.response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `briefing.${body.format}`;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
