import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/problem.ts';
import { useSession } from '../../auth/session.ts';
import { batchKey, createBatch, holdBatch, type IngestBatch, sendBatchFile } from './api.ts';
import type { PickedFile } from './collect-files.ts';

/**
 * A file of the batch as this page sees it: the server's outcome once it has one; before that,
 * whether its bytes wait to be sent, are being sent, or wait on the server to be read. `stopped` is a
 * file held back by Stop (or whose sending failed); `missing` one the browser no longer has (the
 * page was reloaded before it was sent).
 */
export type RowState =
  | 'waiting'
  | 'sending'
  | 'sent'
  | 'done'
  | 'duplicate'
  | 'failed'
  | 'stopped'
  | 'missing';

export interface UploadRow {
  position: number;
  name: string;
  sizeBytes: number;
  state: RowState;
  documentId: string | null;
  /** Why it failed or was not sent: the server's message, or null when it could not be reached. */
  reason: string | null;
  /** Refused before sending: larger than the API takes. */
  isTooLarge: boolean;
}

/** The API's limit (200 MiB): a larger file is refused here rather than sent in vain. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Files sent at once: the server reads them in the background, two keep its workers busy. */
const AT_ONCE = 2;

type Phase = 'queued' | 'sending' | 'sent' | 'refused';

const keyOf = (batchId: string, position: number) => `${batchId}:${position}`;

/**
 * The positions of a batch already sent from this tab, kept in session storage so that a reload
 * tells a file waiting on the server from one never sent.
 */
const storageKey = (batchId: string) => `docket.ingest-batch.${batchId}`;

function sentPositions(batchId: string): Set<number> {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey(batchId)) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((n): n is number => typeof n === 'number') : []);
  } catch {
    return new Set();
  }
}

function rememberSent(batchId: string, position: number): void {
  try {
    const sent = sentPositions(batchId);
    sent.add(position);
    sessionStorage.setItem(storageKey(batchId), JSON.stringify([...sent]));
  } catch {
    // Storage full or refused: a reload then asks for the file again, which the server takes once.
  }
}

const reasonOf = (error: unknown) =>
  isApiError(error) ? (error.problem.detail ?? error.problem.title) : null;

/**
 * Adding files as a batch on the server: the files are listed (the batch made, or found again for
 * the same files), their bytes sent two at a time, and the server reads each as it arrives. Stop
 * sends no more and holds the batch; resume lets it go on and sends what is left.
 */
export function useBatchUpload(onBatch: (id: string) => void) {
  const client = useQueryClient();
  const csrfToken = useSession().data?.csrfToken ?? null;
  const files = useRef(new Map<string, File>());
  const [phases, setPhases] = useState<ReadonlyMap<string, Phase>>(new Map());
  const [reasons, setReasons] = useState<ReadonlyMap<string, string | null>>(new Map());
  const [held, setHeld] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<unknown>(null);

  const setPhase = useCallback((key: string, phase: Phase) => {
    setPhases((current) => new Map(current).set(key, phase));
  }, []);
  const fresh = useCallback((batch: IngestBatch) => client.setQueryData(batchKey(batch.id), batch), [client]);

  const send = useCallback(
    async (batchId: string, position: number) => {
      const key = keyOf(batchId, position);
      const file = files.current.get(key);
      if (!file) return;
      try {
        fresh(await sendBatchFile(batchId, position, file, csrfToken));
        rememberSent(batchId, position);
        files.current.delete(key);
        setPhase(key, 'sent');
      } catch (error) {
        setReasons((current) => new Map(current).set(key, reasonOf(error)));
        setPhase(key, 'refused');
      }
    },
    [csrfToken, fresh, setPhase],
  );

  // Whenever a turn frees up, the next files waiting (in batches not held) go.
  useEffect(() => {
    let busy = [...phases.values()].filter((phase) => phase === 'sending').length;
    for (const [key, phase] of phases) {
      if (busy >= AT_ONCE) break;
      const batchId = key.slice(0, key.lastIndexOf(':'));
      if (phase !== 'queued' || held.has(batchId)) continue;
      busy += 1;
      setPhase(key, 'sending');
      void send(batchId, Number(key.slice(batchId.length + 1)));
    }
  }, [phases, held, send, setPhase]);

  const add = useCallback(
    async (picked: readonly PickedFile[]) => {
      setProblem(null);
      let batch: IngestBatch;
      try {
        batch = await createBatch(picked.map(({ file, path }) => ({ name: path, sizeBytes: file.size })));
      } catch (error) {
        setProblem(error);
        return;
      }
      fresh(batch);
      const sent = sentPositions(batch.id);
      const toSend = batch.items.filter(
        (item) => item.status === 'pending' && !sent.has(item.position) && item.sizeBytes <= MAX_FILE_BYTES,
      );
      for (const item of toSend) {
        const file = picked[item.position]?.file;
        if (file) files.current.set(keyOf(batch.id, item.position), file);
      }
      setPhases((current) => {
        const next = new Map(current);
        for (const item of toSend) {
          const key = keyOf(batch.id, item.position);
          const phase = current.get(key);
          if (phase !== 'sending' && phase !== 'sent') next.set(key, 'queued');
        }
        return next;
      });
      onBatch(batch.id);
    },
    [fresh, onBatch],
  );

  const stopping = useRef(false);
  const stop = useCallback(
    async (batchId: string) => {
      setHeld((current) => new Set(current).add(batchId));
      if (stopping.current) return;
      stopping.current = true;
      try {
        fresh(await holdBatch(batchId, 'stop'));
      } catch (error) {
        setProblem(error);
      } finally {
        stopping.current = false;
      }
    },
    [fresh],
  );

  const resume = useCallback(
    async (batchId: string) => {
      setHeld((current) => {
        const next = new Set(current);
        next.delete(batchId);
        return next;
      });
      // Files whose sending failed are tried again.
      setPhases((current) => {
        const next = new Map(current);
        for (const [key, phase] of current)
          if (phase === 'refused' && key.startsWith(`${batchId}:`)) next.set(key, 'queued');
        return next;
      });
      try {
        fresh(await holdBatch(batchId, 'resume'));
      } catch (error) {
        setProblem(error);
      }
    },
    [fresh],
  );

  /** The rows of a batch: the server's outcome of each file, or where its sending stands. */
  const rowsOf = useCallback(
    (batch: IngestBatch): UploadRow[] => {
      const sent = sentPositions(batch.id);
      const isHeld = held.has(batch.id) || batch.status === 'interrupted';
      return batch.items.map((item) => {
        const key = keyOf(batch.id, item.position);
        const isTooLarge = item.status === 'failed' && item.errorCode === 'too-large';
        const row = {
          position: item.position,
          name: item.name,
          sizeBytes: item.sizeBytes,
          documentId: item.documentId,
          reason: item.errorMessage,
          isTooLarge,
        };
        if (item.status !== 'pending') return { ...row, state: item.status };
        const phase = phases.get(key) ?? (sent.has(item.position) ? 'sent' : undefined);
        if (phase === 'refused') return { ...row, state: 'stopped', reason: reasons.get(key) ?? null };
        if (phase === 'queued') return { ...row, state: isHeld ? 'stopped' : 'waiting' };
        return { ...row, state: phase ?? 'missing' };
      });
    },
    [held, phases, reasons],
  );

  return { add, stop, resume, rowsOf, isHeld: (id: string) => held.has(id), problem };
}
