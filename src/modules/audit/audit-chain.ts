import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../../core/canonical-json.ts';

/**
 * The audit log's hash chain, pure: each entry's hash covers its canonical form (RFC 8785), which
 * includes the previous entry's hash, so changing, removing, inserting or reordering any row breaks
 * every link after it. The head (last sequence number and hash) is signed with an HMAC key kept
 * outside the database, so dropping the last rows, or forging new ones, is detected too.
 */

export const GENESIS_HASH = '0'.repeat(64);

/** What a row says: ids, field names and metadata, never a field value. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  actorKind: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  fields: string[];
  detail: Record<string, string | number | boolean | null>;
  prevHash: string;
}

export interface ChainedEntry extends AuditEntry {
  hash: string;
}

export interface AuditHead {
  seq: number;
  hash: string;
  signature: string;
}

export function entryHash(entry: AuditEntry): string {
  return createHash('sha256').update(canonicalJson(entry)).digest('hex');
}

export function signHead(key: Buffer, seq: number, hash: string): string {
  return createHmac('sha256', key).update(`docket-audit-head:${seq}:${hash}`).digest('hex');
}

export function headSignatureValid(key: Buffer, head: AuditHead): boolean {
  const expected = Buffer.from(signHead(key, head.seq, head.hash), 'hex');
  const given = Buffer.from(head.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface BrokenLink {
  /** The first row found wrong (null when the problem is the head itself). */
  seq: number | null;
  problem: string;
}

/**
 * Walks a chain row by row (rows in `seq` order, as read), so a log of any length is verified in
 * constant memory. `finish` compares the end of the chain with the signed head.
 */
export class ChainVerifier {
  #expectedSeq = 1;
  #prevHash = GENESIS_HASH;
  #count = 0;
  #broken: BrokenLink | null = null;

  get broken(): BrokenLink | null {
    return this.#broken;
  }

  add(row: ChainedEntry): void {
    if (this.#broken) return;
    const seq = row.seq;
    if (seq !== this.#expectedSeq) {
      this.#broken = {
        seq: Math.min(seq, this.#expectedSeq),
        problem:
          seq > this.#expectedSeq
            ? `row ${this.#expectedSeq} is missing (the next row is ${seq})`
            : `row ${seq} is out of order (after row ${this.#expectedSeq - 1})`,
      };
      return;
    }
    if (row.prevHash !== this.#prevHash) {
      this.#broken = {
        seq,
        problem: `row ${seq} does not follow row ${seq - 1}: a row was inserted, removed or moved`,
      };
      return;
    }
    const { hash, ...entry } = row;
    if (entryHash(entry) !== hash) {
      this.#broken = { seq, problem: `row ${seq} was changed after it was written` };
      return;
    }
    this.#prevHash = hash;
    this.#expectedSeq += 1;
    this.#count += 1;
  }

  /** The first broken link, or null when the chain ends exactly at its correctly signed head. */
  finish(head: AuditHead, key: Buffer | undefined): { count: number; broken: BrokenLink | null } {
    if (this.#broken) return { count: this.#count, broken: this.#broken };
    const last = this.#expectedSeq - 1;
    let broken: BrokenLink | null = null;
    if (head.seq > last) {
      broken = {
        seq: last + 1,
        problem: `rows ${last + 1} to ${head.seq} are missing: the log was cut short`,
      };
    } else if (head.seq < last) {
      broken = {
        seq: head.seq + 1,
        problem: `rows after ${head.seq}, the signed head, were added outside Docket`,
      };
    } else if (head.hash !== this.#prevHash) {
      broken = { seq: last, problem: `row ${last} is not the row the head was signed for` };
    } else if (key && head.seq > 0 && !headSignatureValid(key, head)) {
      broken = {
        seq: null,
        problem: 'the head signature does not match: the head was altered, or this is not its key',
      };
    } else if (!key && head.seq > 0) {
      broken = { seq: null, problem: 'the head signature cannot be checked without the audit key' };
    }
    return { count: this.#count, broken };
  }
}
