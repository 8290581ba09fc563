import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDialect } from '../../../../test/support/database.ts';
import { sha256Of } from '../../../db/file-store.ts';
import { getDocument, readDocumentFile } from '../document.operations.ts';
import { jpegWithMetadata, pngWithMetadata } from '../extract/image-fixtures.test-helper.ts';
import { readPngChunks } from '../extract/png.ts';
import { createRedaction, listRedactions, redactedImage, redactedPage } from './redaction.operations.ts';
import {
  gradient,
  jpegOf,
  pixelAt,
  pngOf,
  readJpeg,
  readPng,
  withOrientation,
} from './redaction-fixtures.test-helper.ts';
import type { Pixels } from './redaction-image.ts';
import { redactionWorld } from './redaction-world.test-helper.ts';

type World = Awaited<ReturnType<typeof redactionWorld>>;

/** Black inside the pixel box, exactly the working copy's pixels everywhere else. */
function expectRedacted(
  redacted: Pixels,
  working: Pixels,
  box: { left: number; top: number; right: number; bottom: number },
) {
  expect([redacted.width, redacted.height]).toEqual([working.width, working.height]);
  let painted = 0;
  for (let y = 0; y < working.height; y++) {
    for (let x = 0; x < working.width; x++) {
      const inside = x >= box.left && x < box.right && y >= box.top && y < box.bottom;
      const expected = inside ? [0, 0, 0, 255] : pixelAt(working, x, y);
      if (pixelAt(redacted, x, y).join() !== expected.join()) {
        throw new Error(`pixel ${x},${y}: ${pixelAt(redacted, x, y)} is not ${expected}`);
      }
      if (inside) painted++;
    }
  }
  expect(painted).toBe((box.right - box.left) * (box.bottom - box.top));
}

describeEachDialect('redacted copies of images', (db) => {
  let world: World;
  beforeEach(async () => {
    world = await redactionWorld(db());
  });
  afterEach(async () => {
    await world.close();
  });

  /** The evidence as stored: the original's and working copy's bytes, the page text, the row. */
  async function evidence(documentId: string) {
    const document = await getDocument(world.editor, documentId);
    const original = await world.files.get('original', document.sha256);
    const row = await world.editor.db
      .selectFrom('documents')
      .select('working_sha256')
      .where('id', '=', documentId)
      .executeTakeFirstOrThrow();
    const working = row.working_sha256 ? await world.files.get('working', row.working_sha256) : null;
    const pages = await world.editor.db
      .selectFrom('document_pages')
      .selectAll()
      .where('document_id', '=', documentId)
      .execute();
    return { document, original, working, workingSha: row.working_sha256, pages };
  }

  it('paints a region of a PNG black on a new PNG, leaving the original and working copy as they were', async () => {
    const photo = pngWithMetadata(pngOf(gradient(80, 40)));
    const id = await world.ingest('screenshot.png', photo);
    const before = await evidence(id);

    const redaction = await createRedaction(world.editor, id, {
      masks: [{ page: 1, kind: 'region', x: 0.25, y: 0.5, width: 0.5, height: 0.25 }],
      note: 'for the public report',
    });
    expect(redaction).toMatchObject({ documentId: id, hasImage: true, note: 'for the public report' });
    const image = await redactedImage(world.viewer, redaction.id);
    expect(image.mediaType).toBe('image/png');
    expect(image.fileName).toBe('screenshot-redacted.png');
    expect(readPngChunks(image.bytes).map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(image.bytes.includes('Witness')).toBe(false);
    expectRedacted(readPng(image.bytes), readPng(before.working ?? Buffer.alloc(0)), {
      left: 20,
      top: 20,
      right: 60,
      bottom: 30,
    });

    const after = await evidence(id);
    expect(after.original.equals(photo)).toBe(true);
    expect(sha256Of(after.original)).toBe(before.document.sha256);
    expect(after.document.sha256).toBe(sha256Of(photo));
    expect(after.workingSha).toBe(before.workingSha);
    expect(after.working?.equals(before.working ?? Buffer.alloc(0))).toBe(true);
    expect(after.pages).toEqual(before.pages);
    expect((await readDocumentFile(world.editor, id, 'original')).bytes.equals(photo)).toBe(true);
  });

  it('decodes a JPEG’s working copy, never its original, and drops its EXIF and GPS', async () => {
    const photo = jpegWithMetadata(jpegOf(gradient(64, 48)));
    const id = await world.ingest('IMG_0001.JPG', photo);
    const before = await evidence(id);
    const reads = vi.spyOn(world.files, 'get');
    const redaction = await createRedaction(world.researcher, id, {
      masks: [
        { page: 1, kind: 'region', x: 0, y: 0, width: 0.25, height: 0.25 },
        { page: 1, kind: 'region', x: 0.7, y: 0.7, width: 0.3, height: 0.3 },
      ],
    });
    expect(reads.mock.calls.map(([kind]) => kind)).toEqual(['working']);
    const bytes = (await redactedImage(world.editor, redaction.id)).bytes;
    expect(bytes.includes('Exif')).toBe(false);
    expect(bytes.includes('Witness')).toBe(false);
    const redacted = readPng(bytes);
    const working = readJpeg(before.working ?? Buffer.alloc(0));
    expect(pixelAt(redacted, 0, 0)).toEqual([0, 0, 0, 255]);
    expect(pixelAt(redacted, 15, 11)).toEqual([0, 0, 0, 255]);
    expect(pixelAt(redacted, 63, 47)).toEqual([0, 0, 0, 255]);
    expect(pixelAt(redacted, 44, 33)).toEqual([0, 0, 0, 255]); // 0.7 × 64 = 44.8, rounded outwards
    for (const [x, y] of [
      [16, 0],
      [0, 12],
      [43, 47],
      [32, 24],
    ] as const) {
      expect(pixelAt(redacted, x, y)).toEqual(pixelAt(working, x, y));
    }
    const after = await evidence(id);
    expect(after.original.equals(photo)).toBe(true);
    expect(after.working?.equals(before.working ?? Buffer.alloc(0))).toBe(true);
  });

  it('draws regions on the image as shown upright, and the copy shows upright without EXIF', async () => {
    // Stored 60 wide and 30 high; orientation 6 shows it turned a quarter clockwise: 30 × 60.
    const id = await world.ingest('phone.jpg', withOrientation(jpegOf(gradient(60, 30)), 6));
    expect((await getDocument(world.editor, id)).metadata.orientation).toBe(6);
    const redaction = await createRedaction(world.editor, id, {
      masks: [{ page: 1, kind: 'region', x: 0, y: 0, width: 1, height: 0.5 }],
    });
    const redacted = readPng((await redactedImage(world.editor, redaction.id)).bytes);
    expect([redacted.width, redacted.height]).toEqual([30, 60]);
    expect(pixelAt(redacted, 29, 29)).toEqual([0, 0, 0, 255]);
    expect(pixelAt(redacted, 0, 30)).not.toEqual([0, 0, 0, 255]);
  });

  it('lists a document’s redactions to its readers and notes the regions on the page', async () => {
    const id = await world.ingest('photo.png', pngOf(gradient(20, 20)));
    const region = { page: 1, kind: 'region' as const, x: 0.1, y: 0.1, width: 0.2, height: 0.2 };
    const first = await createRedaction(world.editor, id, { masks: [region] });
    const second = await createRedaction(world.editor, id, { masks: [{ ...region, x: 0.5 }] });
    expect((await listRedactions(world.viewer, id)).map((r) => r.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(await redactedPage(world.viewer, first.id, 1)).toEqual({
      number: 1,
      text: '',
      ocr: false,
      spans: [],
      regions: [{ x: 0.1, y: 0.1, width: 0.2, height: 0.2 }],
    });
  });
});
