import { z } from 'zod';
import type { OperationContext } from '../../core/context.ts';
import { parseInput } from '../../core/validation.ts';
import { findExportableType } from '../export/exportable-types.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { type ImportProgress, type ImportResult, ImportRun } from './import.run.ts';
import { importTarget, parseMapping } from './import-mapping.ts';
import { type Chunks, sourceBatches } from './import-source.ts';

/**
 * Import of one record type from JSON (the export's layout, or a plain array of records), CSV or XLSX.
 * The file is read as a stream, a batch of rows at a time; each batch is checked and written inside
 * one transaction, and a file with any bad row is rolled back whole after every row has been checked,
 * so the user sees every error and the database sees nothing. Rows match stored records by `id`,
 * else by `ref`; an unchanged row writes nothing, so importing the same file twice changes nothing.
 */

export { describeImport, type ImportProgress, type ImportResult } from './import.run.ts';
export { rowLocation } from './import-source.ts';

export const importFormatSchema = z.enum(['json', 'csv', 'xlsx']).describe('json, csv or xlsx');

export interface ImportInput {
  /** Plural record type: `cases`. */
  type: string;
  format: string;
  /** The whole file as text or bytes (small files, tests)… */
  text?: string;
  data?: Uint8Array;
  /** …or the file as a stream of chunks (a file, a request body), read once and never held whole. */
  chunks?: Chunks;
  /** A mapping for files with their own column names; see `importMappingSchema`. */
  mapping?: unknown;
  /** Checks and plans every row exactly as an import would, then rolls everything back. */
  dryRun?: boolean;
}

export interface ImportOptions {
  /** Replaces the type's kind, so tests can make a write fail half-way. */
  kind?: RecordKind<object>;
  /** `false` writes new records one at a time (createRecord), as kinds without a bulk store are. */
  bulk?: boolean;
  /** Rows checked and written together; tests use small batches to cross batch boundaries. */
  batchSize?: number;
  /** Called after each batch with the rows read and the bytes of the file consumed so far. */
  onProgress?: (progress: ImportProgress) => void;
}

export const IMPORT_BATCH_ROWS = 1_000;

/** Thrown inside the transaction of a dry run to roll it back, carrying the result out. */
class DryRunRollback extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

export async function importRecords(
  ctx: OperationContext,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const type = findExportableType(input.type);
  const { format } = parseInput(z.object({ format: importFormatSchema }), { format: input.format });
  const kind = options.kind ?? type.kind;
  const target = importTarget(type.name, kind);
  const mapping = parseMapping(target, input.mapping);
  let bytes = 0;
  const chunks = counted(chunksOf(input), (n) => {
    bytes += n;
  });
  if (ctx.db.isTransaction) throw new Error('importRecords opens its own transaction');
  try {
    return await ctx.db.transaction().execute(async (db) => {
      const trx = { ...ctx, db };
      const run = new ImportRun(trx, { kind, typeName: type.name, mapping, bulk: options.bulk });
      const batches = sourceBatches(
        {
          format,
          type: type.name,
          target,
          mapping,
          chunks,
          batchSize: options.batchSize ?? IMPORT_BATCH_ROWS,
        },
        run.readErrors,
      );
      for await (const batch of batches) {
        await run.add(batch);
        options.onProgress?.({ rows: run.rowsRead, bytes });
      }
      const result = run.finish(input.dryRun === true);
      if (input.dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result;
    throw error;
  }
}

async function* chunksOf(input: ImportInput): AsyncGenerator<Uint8Array | string> {
  if (input.chunks) yield* input.chunks;
  else if (input.data && (input.format === 'xlsx' || input.text === undefined)) yield input.data;
  else yield input.text ?? '';
}

async function* counted(chunks: Chunks, add: (bytes: number) => void): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of chunks) {
    add(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength);
    yield chunk;
  }
}
