import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/support/database.ts';
import { readJson } from '../../../db/codec.ts';
import { getDocumentPage } from '../document.operations.ts';
import { createRedaction, listRedactions, redactedImage, redactedPage } from './redaction.operations.ts';
import { gradient, pngOf } from './redaction-fixtures.test-helper.ts';
import { problemOf, redactionWorld } from './redaction-world.test-helper.ts';

type World = Awaited<ReturnType<typeof redactionWorld>>;

const TEXT = 'Протокол. Witness: Ivanov, born 1984. IVANOV was held in Almaty.\n';

describeEachDialect('redacted copies of text, and who may make them', (db) => {
  let world: World;
  let documentId = '';
  beforeEach(async () => {
    world = await redactionWorld(db());
    documentId = await world.ingest('statement.txt', Buffer.from(TEXT));
  });
  afterEach(async () => {
    await world.close();
  });

  const redactions = () => world.editor.db.selectFrom('document_redactions').selectAll().execute();
  const audits = () =>
    world.editor.db.selectFrom('audit_log').selectAll().where('action', '=', 'document.redact').execute();

  it('replaces exactly the masked spans with █ of the same length, the page itself unchanged', async () => {
    const start = TEXT.indexOf('born 1984');
    const redaction = await createRedaction(world.editor, documentId, {
      masks: [
        { page: 1, kind: 'text', start, end: start + 'born 1984'.length },
        { page: 1, kind: 'text', match: 'ivanov' },
      ],
    });
    expect(redaction).toMatchObject({ hasImage: false, note: null, createdBy: 'editor-a' });
    const page = await redactedPage(world.viewer, redaction.id, 1);
    expect(page.text).toBe('Протокол. Witness: ██████, █████████. ██████ was held in Almaty.\n');
    expect(page.text).toHaveLength(TEXT.length);
    expect(page.spans).toEqual([
      { start: TEXT.indexOf('Ivanov'), end: TEXT.indexOf('Ivanov') + 6 },
      { start, end: start + 9 },
      { start: TEXT.indexOf('IVANOV'), end: TEXT.indexOf('IVANOV') + 6 },
    ]);
    expect((await getDocumentPage(world.editor, documentId, 1)).text).toBe(TEXT);
    const problem = await problemOf(redactedImage(world.editor, redaction.id));
    expect(problem.status).toBe(404);
  });

  it('audits the redaction with the number of masks, never the masked text', async () => {
    const redaction = await createRedaction(world.researcher, documentId, {
      masks: [{ page: 1, kind: 'text', match: 'Ivanov' }],
      note: 'Ivanov asked not to be named',
    });
    const [row] = await audits();
    expect(row).toMatchObject({ actor: 'researcher-a', target_type: 'document', target_id: documentId });
    expect(readJson(row?.detail)).toEqual({
      redaction: redaction.id,
      masks: 1,
      regions: 0,
    });
    expect(JSON.stringify(row)).not.toMatch(/ivanov/i);
  });

  it('names the field of every mask that does not fit, and stores nothing', async () => {
    const problem = await problemOf(
      createRedaction(world.editor, documentId, {
        masks: [
          { page: 1, kind: 'text', start: 0, end: 5 },
          { page: 1, kind: 'text', start: 10, end: TEXT.length + 1 },
          { page: 2, kind: 'text', start: 0, end: 1 },
          { page: 1, kind: 'region', x: 0, y: 0, width: 0.5, height: 0.5 },
          { page: 1, kind: 'text', match: 'Petrov' },
        ],
      }),
    );
    expect(problem.status).toBe(400);
    expect(problem.errors.map((error) => error.path)).toEqual([
      'masks.1.end',
      'masks.2.page',
      'masks.3.kind',
      'masks.4.match',
    ]);
    const shape = await problemOf(
      createRedaction(world.editor, documentId, {
        masks: [
          { page: 1, kind: 'text', start: 5, end: 5 },
          { page: 0, kind: 'text', match: 'x' },
          { page: 1, kind: 'text', start: 1, end: 2, match: 'x' },
        ],
      }),
    );
    expect(shape.errors.map((error) => error.path)).toEqual(['masks.0.end', 'masks.1.page', 'masks.2.match']);
    expect((await problemOf(createRedaction(world.editor, documentId, { masks: [] }))).errors).toEqual([
      expect.objectContaining({ path: 'masks' }),
    ]);
    expect(await redactions()).toEqual([]);
    expect(await audits()).toEqual([]);
  });

  it('refuses a region outside the image, naming its field', async () => {
    const image = await world.ingest('photo.png', pngOf(gradient(10, 10)));
    const problem = await problemOf(
      createRedaction(world.editor, image, {
        masks: [
          { page: 1, kind: 'region', x: 0.8, y: 0, width: 0.3, height: 0.1 },
          { page: 1, kind: 'region', x: 0, y: 0.5, width: 0.1, height: 0.6 },
          { page: 1, kind: 'region', x: -0.1, y: 0, width: 0.1, height: 0 },
        ],
      }),
    );
    expect(problem.status).toBe(400);
    expect(problem.errors.map((error) => error.path)).toEqual([
      'masks.0.width',
      'masks.1.height',
      'masks.2.x',
      'masks.2.height',
    ]);
    expect(await redactions()).toEqual([]);
  });

  it('lets readers who may not write read redactions but not make them, and hides them from others', async () => {
    const mask = { masks: [{ page: 1, kind: 'text', match: 'Almaty' }] };
    const refused = await problemOf(createRedaction(world.viewer, documentId, mask));
    expect(refused.status).toBe(403);
    const hidden = await problemOf(createRedaction(world.outsider, documentId, mask));
    expect(hidden.status).toBe(404);
    expect(await redactions()).toEqual([]);

    const redaction = await createRedaction(world.editor, documentId, mask);
    expect(await listRedactions(world.viewer, documentId)).toEqual([redaction]);
    expect((await problemOf(listRedactions(world.outsider, documentId))).status).toBe(404);
    const page = await problemOf(redactedPage(world.outsider, redaction.id, 1));
    expect(page.status).toBe(404);
    expect(page.message).not.toContain(documentId);
    expect((await problemOf(redactedPage(world.viewer, redaction.id, 2))).status).toBe(404);
  });
});
