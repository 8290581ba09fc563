import type { OperationContext } from '../../../core/context.ts';
import { inTransaction, nowIso } from '../../../core/context.ts';
import { DocketError, type FieldError, forbidden, notFound, validationError } from '../../../core/errors.ts';
import { newId } from '../../../core/ids.ts';
import { parseInput } from '../../../core/validation.ts';
import { appendAudit } from '../../audit/audit.store.ts';
import { abilitiesOn } from '../../records/record-access.ts';
import { sourceKind } from '../../sources/source.operations.ts';
import { getDocument } from '../document.operations.ts';
import type { DocumentInfo } from '../document.schema.ts';
import { documentRow, pageText } from '../document.store.ts';
import {
  createRedactionSchema,
  type Mask,
  type RedactedPage,
  type Redaction,
  type RegionMask,
  type TextMask,
} from './redaction.schema.ts';
import { insertRedaction, redactionFromRow, redactionRow, redactionRows } from './redaction.store.ts';
import {
  blackOut,
  decodeImage,
  encodePng,
  ImageRedactionError,
  type Region,
  upright,
} from './redaction-image.ts';
import { maskedSpans, maskText, textMaskErrors } from './redaction-text.ts';

/**
 * Redacted copies for publication. An editor or researcher who may change a document's source
 * draws masks over its working copy: regions blacked out of an image (a new PNG, stored beside the
 * working copy) and spans of page text shown as █. The original, the working copy and the pages
 * are only ever read, never written: the evidence stays as it came in.
 */

const isRegion = (mask: Mask): mask is RegionMask => mask.kind === 'region';
const isText = (mask: Mask): mask is TextMask => mask.kind === 'text';

function filesOf(ctx: OperationContext) {
  if (!ctx.files) throw new Error('documents need the file store (the data directory) in the context');
  return ctx.files;
}

/** The document if the caller may change its source; 404 if it may not even read it, else 403. */
async function writableDocument(ctx: OperationContext, documentId: string): Promise<DocumentInfo> {
  const document = await getDocument(ctx, documentId);
  const [source] = await sourceKind.load(ctx.db, [document.sourceId]);
  if (!source) throw notFound('document', documentId);
  if (!(await abilitiesOn(ctx, sourceKind, source)).write) {
    throw forbidden(
      'You may not redact this document: editors and researchers of the organization that owns its source may',
    );
  }
  return document;
}

/** A redaction and its document, as far as the caller may read the document; else a plain 404. */
async function readableRedaction(ctx: OperationContext, redactionId: string) {
  const row = await redactionRow(ctx.db, redactionId);
  if (!row) throw notFound('redaction', redactionId);
  try {
    return { row, document: await getDocument(ctx, row.document_id) };
  } catch (error) {
    // The document's id is not the caller's to learn from a redaction it may not read.
    if (error instanceof DocketError && error.type === 'not-found') throw notFound('redaction', redactionId);
    throw error;
  }
}

/** Every mask checked against the document's pages; all problems at once, with their paths. */
async function maskErrors(
  ctx: OperationContext,
  document: DocumentInfo,
  masks: readonly Mask[],
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const texts = new Map<number, string>();
  for (const [index, mask] of masks.entries()) {
    const path = `masks.${index}`;
    if (mask.page > document.pageCount) {
      errors.push({ path: `${path}.page`, message: `the document has ${document.pageCount} page(s)` });
      continue;
    }
    if (isRegion(mask)) {
      // A PDF's pages are not images Docket keeps: masking them would only pretend to hide anything.
      if (document.kind !== 'image') {
        errors.push({
          path: `${path}.kind`,
          message: 'regions can be masked on images only; mask this page’s text instead',
        });
      }
      continue;
    }
    let text = texts.get(mask.page);
    if (text === undefined) {
      text = (await pageText(ctx.db, document.id, mask.page))?.text ?? '';
      texts.set(mask.page, text);
    }
    errors.push(...textMaskErrors(text, mask, path));
  }
  return errors;
}

/** The working copy with the regions painted black, as a PNG; the original is never decoded. */
async function redactedImageOf(
  ctx: OperationContext,
  document: DocumentInfo,
  regions: readonly Region[],
): Promise<Buffer> {
  const row = await documentRow(ctx.db, document.id);
  if (!row?.working_sha256) {
    throw new DocketError({
      type: 'unreadable-file',
      title: 'The image cannot be redacted',
      detail: 'The document has no working copy to redact',
    });
  }
  const working = await filesOf(ctx).get('working', row.working_sha256);
  try {
    const orientation = document.metadata.orientation;
    const image = upright(
      decodeImage(working, document.mediaType),
      typeof orientation === 'number' ? orientation : 1,
    );
    blackOut(image, regions);
    return encodePng(image);
  } catch (error) {
    if (!(error instanceof ImageRedactionError)) throw error;
    throw new DocketError({
      type: 'unreadable-file',
      title: 'The image cannot be redacted',
      detail: error.message,
    });
  }
}

export async function createRedaction(
  ctx: OperationContext,
  documentId: string,
  input: unknown,
): Promise<Redaction> {
  const { masks, note } = parseInput(createRedactionSchema, input);
  const document = await writableDocument(ctx, documentId);
  const errors = await maskErrors(ctx, document, masks);
  if (errors.length > 0) throw validationError(errors, 'Some masks do not fit the document');
  const regions = masks.filter(isRegion);
  // The file goes first, written whole or not at all, as at ingest: a failed commit leaves only a
  // content-addressed file that nothing names.
  const redactedSha =
    regions.length > 0
      ? await filesOf(ctx).put('working', await redactedImageOf(ctx, document, regions))
      : null;
  const id = newId();
  return inTransaction(ctx, async (trx) => {
    const row = {
      id,
      document_id: document.id,
      masks,
      note: note || null,
      redacted_sha256: redactedSha,
      created_at: nowIso(trx),
      created_by: trx.actor.id,
    };
    await insertRedaction(trx.db, row);
    // How many masks and of which kind: never what they hide, nor a hash of the image.
    await appendAudit(trx, [
      {
        action: 'document.redact',
        targetType: 'document',
        targetId: document.id,
        detail: { redaction: id, masks: masks.length, regions: regions.length },
      },
    ]);
    return redactionFromRow({ ...row, masks: JSON.stringify(masks) });
  });
}

export async function listRedactions(ctx: OperationContext, documentId: string): Promise<Redaction[]> {
  const document = await getDocument(ctx, documentId);
  return (await redactionRows(ctx.db, document.id)).map(redactionFromRow);
}

/** One page's text as the redacted copy shows it, and the regions blacked out of its image. */
export async function redactedPage(
  ctx: OperationContext,
  redactionId: string,
  number: number,
): Promise<RedactedPage> {
  const { row, document } = await readableRedaction(ctx, redactionId);
  const page = await pageText(ctx.db, document.id, number);
  if (!page) throw notFound('page', `${redactionId}/${number}`);
  const masks = redactionFromRow(row).masks.filter((mask) => mask.page === number);
  const spans = maskedSpans(page.text, masks.filter(isText));
  return {
    number,
    text: maskText(page.text, spans),
    ocr: page.ocr,
    spans,
    regions: masks.filter(isRegion).map(({ x, y, width, height }) => ({ x, y, width, height })),
  };
}

/** The redacted image (a PNG), for an image document redacted with regions. */
export async function redactedImage(ctx: OperationContext, redactionId: string) {
  const { row, document } = await readableRedaction(ctx, redactionId);
  if (!row.redacted_sha256) throw notFound('redacted image of redaction', redactionId);
  const bytes = await filesOf(ctx).get('working', row.redacted_sha256);
  const stem = document.fileName.replace(/\.[^.]*$/, '') || 'image';
  return { bytes, mediaType: 'image/png', fileName: `${stem}-redacted.png` };
}
