import type { OperationContext } from '../../core/context.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { writePlanned } from './import.bulk-write.ts';
import { type FirstRows, type ImportAction, planRows } from './import.plan.ts';
import type { ImportMapping } from './import-mapping.ts';
import { resolveRefs, splitAtInFileRefs } from './import-refs.ts';
import type { ImportRowError, SourceRow } from './import-rows.ts';
import { invalidRows } from './import-source.ts';

export interface ImportResult {
  type: string;
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  /** What each row did, for the first ROWS_LISTED rows. */
  rows: Array<{ row: number; action: ImportAction; id: string | null; ref: string | null }>;
  /** Rows beyond ROWS_LISTED, counted above but not listed. */
  rowsNotListed: number;
}

export interface ImportProgress {
  rows: number;
  bytes: number;
}

/** A result lists what each row did up to this many rows; a million-row import is summarized. */
export const ROWS_LISTED = 10_000;
/** Errors beyond this many are counted, not listed: the first ones are what a user fixes first. */
export const ERRORS_LISTED = 10_000;

/**
 * One import inside its transaction: each batch of rows has its references resolved, is planned
 * and is written, while the result and the errors accumulate. Batches after a bad row are still
 * planned and written — the transaction is rolled back in the end — so rows that refer to records
 * created earlier in the file are checked as they would be in a clean import.
 */
export class ImportRun {
  /** Problems the reader finds in cells, before a row reaches planning. */
  readonly readErrors: ImportRowError[] = [];
  rowsRead = 0;
  private readonly errors: ImportRowError[] = [];
  private errorCount = 0;
  private readonly badRows = new Set<number>();
  private readonly firstRowOf: FirstRows = new Map();
  private readonly counts = { create: 0, update: 0, unchanged: 0 };
  private readonly rows: ImportResult['rows'] = [];

  constructor(
    private readonly trx: OperationContext,
    private readonly options: {
      kind: RecordKind<object>;
      typeName: string;
      mapping: ImportMapping;
      bulk?: boolean;
    },
  ) {}

  async add(batch: readonly SourceRow[]): Promise<void> {
    const { kind, typeName, mapping, bulk } = this.options;
    this.rowsRead += batch.length;
    this.note(this.readErrors.splice(0));
    for (const part of splitAtInFileRefs(mapping, typeName, batch)) {
      const unresolved = await resolveRefs(this.trx, mapping, part);
      const { planned, errors } = await planRows(this.trx, kind, part, this.firstRowOf);
      // A cell whose ref is unknown says so once, not again as the id the check cannot find.
      const named = new Set(unresolved.map(({ row, column }) => `${row}\u0000${column}`));
      this.note([...unresolved, ...errors.filter(({ row, column }) => !named.has(`${row}\u0000${column}`))]);
      for (const { row, action, id, ref } of await writePlanned(this.trx, kind, planned, { bulk })) {
        this.counts[action] += 1;
        if (this.rows.length < ROWS_LISTED) this.rows.push({ row, action, id, ref });
      }
    }
  }

  /** The result, or the problem listing every bad row (the caller's transaction then rolls back). */
  finish(dryRun: boolean): ImportResult {
    this.note(this.readErrors.splice(0));
    if (this.errorCount > 0) {
      const listed = this.errors.sort((a, b) => a.row - b.row);
      throw invalidRows(listed, this.badRows.size, this.errorCount - listed.length);
    }
    const listed = this.counts.create + this.counts.update + this.counts.unchanged;
    return {
      type: this.options.typeName,
      dryRun,
      created: this.counts.create,
      updated: this.counts.update,
      unchanged: this.counts.unchanged,
      // A dry run's new ids were rolled back with everything else.
      rows: dryRun
        ? this.rows.map((row) => (row.action === 'create' ? { ...row, id: null } : row))
        : this.rows,
      rowsNotListed: listed - this.rows.length,
    };
  }

  private note(errors: readonly ImportRowError[]): void {
    for (const error of errors) {
      this.errorCount += 1;
      this.badRows.add(error.row);
      if (this.errors.length < ERRORS_LISTED) this.errors.push(error);
    }
  }
}

/** "would create 3, update 1, leave 10 unchanged" or "created 3, updated 1, left 10 unchanged". */
export function describeImport(result: ImportResult): string {
  const { created, updated, unchanged } = result;
  return result.dryRun
    ? `would create ${created}, update ${updated}, leave ${unchanged} unchanged`
    : `created ${created}, updated ${updated}, left ${unchanged} unchanged`;
}
