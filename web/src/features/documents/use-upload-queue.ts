import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/problem.ts';
import { useSession } from '../../auth/session.ts';
import { DOCUMENTS, type DocumentInfo, uploadDocument } from './api.ts';
import type { PickedFile } from './collect-files.ts';

export type UploadState = 'waiting' | 'ingesting' | 'done' | 'duplicate' | 'failed' | 'stopped';

export interface UploadItem {
  key: number;
  path: string;
  sizeBytes: number;
  state: UploadState;
  /** The document made or found; null for a duplicate the caller may not see. */
  document?: DocumentInfo | null;
  /** Why it failed: the problem's detail, or null when the server could not be reached. */
  reason?: string | null;
  /** Refused before sending: larger than the API takes. */
  isTooLarge?: boolean;
}

/** The API's limit (200 MiB): a larger file is refused here rather than sent in vain. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Files sent at once: each answer waits for its ingest (OCR takes seconds), two keep the server busy. */
const AT_ONCE = 2;
const FINISHED: ReadonlySet<UploadState> = new Set(['done', 'duplicate', 'failed']);

export function isFinished(item: UploadItem): boolean {
  return FINISHED.has(item.state);
}

/**
 * The files being added: each waits its turn, then is sent and ingested, two at a time. Stopping
 * starts no new upload (those under way finish); resuming sends the ones left.
 */
export function useUploadQueue() {
  const client = useQueryClient();
  const csrfToken = useSession().data?.csrfToken ?? null;
  const [items, setItems] = useState<UploadItem[]>([]);
  const files = useRef(new Map<number, File>());
  const started = useRef(new Set<number>());
  const nextKey = useRef(1);

  const update = useCallback((key: number, change: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const send = useCallback(
    async (key: number) => {
      const file = files.current.get(key);
      if (!file) return;
      try {
        const answer = await uploadDocument(file, csrfToken);
        update(key, { state: answer.status, document: answer.document });
        void client.invalidateQueries({ queryKey: [DOCUMENTS, 'list'] });
      } catch (error) {
        const reason = isApiError(error) ? (error.problem.detail ?? error.problem.title) : null;
        update(key, { state: 'failed', reason });
      } finally {
        files.current.delete(key);
      }
    },
    [client, csrfToken, update],
  );

  // Whenever a turn frees up, the next waiting files go.
  useEffect(() => {
    let busy = items.filter((item) => item.state === 'ingesting').length;
    for (const item of items) {
      if (busy >= AT_ONCE) break;
      if (item.state !== 'waiting' || started.current.has(item.key)) continue;
      started.current.add(item.key);
      busy += 1;
      update(item.key, { state: 'ingesting' });
      void send(item.key);
    }
  }, [items, send, update]);

  const add = useCallback((picked: readonly PickedFile[]) => {
    const added = picked.map(({ file, path }): UploadItem => {
      const key = nextKey.current++;
      if (file.size > MAX_FILE_BYTES)
        return { key, path, sizeBytes: file.size, state: 'failed', reason: null, isTooLarge: true };
      files.current.set(key, file);
      return { key, path, sizeBytes: file.size, state: 'waiting' };
    });
    setItems((current) => [...current, ...added]);
  }, []);

  const stop = useCallback(() => {
    setItems((current) =>
      current.map((item) => (item.state === 'waiting' ? { ...item, state: 'stopped' } : item)),
    );
  }, []);

  const resume = useCallback(() => {
    setItems((current) =>
      current.map((item) => (item.state === 'stopped' ? { ...item, state: 'waiting' } : item)),
    );
  }, []);

  /** Forgets the finished files; those waiting or under way stay. */
  const clearFinished = useCallback(() => {
    setItems((current) => current.filter((item) => !isFinished(item)));
  }, []);

  return { items, add, stop, resume, clearFinished };
}
