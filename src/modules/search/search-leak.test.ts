import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildPersonInput } from '../../../test/support/factories.ts';
import { type Actor, anonymous, type OperationContext } from '../../core/context.ts';
import { FileStore } from '../../db/file-store.ts';
import { withheldFields } from '../access/redaction.ts';
import { createOrg } from '../access/user.operations.ts';
import { pdfWithPages } from '../documents/extract/fixtures.test-helper.ts';
import { ingestFile } from '../documents/ingest.operations.ts';
import { createPerson, personKind } from '../persons/person.operations.ts';
import { redactionRules } from '../records/disclosure.ts';
import { setPublished } from '../records/record.operations.ts';
import { abilitiesOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { shareRecord } from '../records/sharing.operations.ts';
import { sourceKind, updateSource } from '../sources/source.operations.ts';
import { search } from './search.operations.ts';

/**
 * Search never tells a caller of what they may not see: for every role, each sentinel — on a page
 * of a confidential document, of a document shared with one partner, of a published one, and in a
 * person's internal notes and confidential contacts — is found, counted, faceted and shown in a
 * snippet exactly when the record policy (applied here to the records themselves, not through the
 * search's SQL) lets that caller see that text; and a word on every page counts only visible pages.
 */

interface Planted {
  value: string;
  fragment: string;
  kind: RecordKind<object>;
  id: string;
  /** The field holding it; null for the text of a document's page (the source's own visibility). */
  field: string | null;
}

const sentinel = (label: string) => {
  const fragment = randomBytes(6).toString('hex');
  return { value: `SENTINEL-${label}-${fragment}`, fragment };
};

describeEachDialect('search leaks nothing', (db) => {
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'docket-search-leak-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('shows each role exactly what the policy lets it see, in hits, counts, facets and snippets', async () => {
    const root: OperationContext = { ...db().context(), files: new FileStore(join(folder, 'files')) };
    const owner = await createOrg(root, { name: 'Owner organization' });
    const partner = await createOrg(root, { name: 'Partner organization' });
    const other = await createOrg(root, { name: 'Another partner' });
    const editor: Actor = {
      id: 'editor-1',
      kind: 'user',
      role: 'editor',
      orgId: owner.id,
      clearance: 'secret',
    };
    const as = (actor: Actor): OperationContext => ({ ...root, actor });
    const planted: Planted[] = [];

    const ingest = async (label: string, sensitivity: string) => {
      const words = sentinel(label);
      const pdf = await pdfWithPages([`Доклад. ${label}`, `Доклад, страница два: ${words.value}`]);
      const done = await ingestFile(
        as(editor),
        { name: `${label}.pdf`, bytes: pdf },
        { origin: 'cli', ocr: false },
      );
      if (done.status !== 'done') throw new Error(`ingest failed: ${JSON.stringify(done)}`);
      await updateSource(as(editor), done.sourceId, { version: 1, sensitivity });
      planted.push({ ...words, kind: sourceKind as RecordKind<object>, id: done.sourceId, field: null });
      return done.sourceId;
    };
    await ingest('confidential-document', 'confidential');
    const shared = await ingest('shared-document', 'internal');
    await shareRecord(as(editor), sourceKind, shared, {
      granteeType: 'org',
      granteeId: partner.id,
      clearance: 'internal',
    });
    const published = await ingest('published-document', 'public');
    await setPublished(as(editor), sourceKind, published, 2, true);

    const notes = sentinel('notes');
    const contacts = sentinel('contacts');
    const person = await createPerson(
      as(editor),
      buildPersonInput({
        notes: notes.value,
        contacts: [{ kind: 'phone', value: contacts.value }],
        consentBasis: 'none',
      }),
    );
    await shareRecord(as(editor), personKind, person.id, {
      granteeType: 'org',
      granteeId: partner.id,
      clearance: 'internal',
    });
    await setPublished(as(editor), personKind, person.id, 1, true);
    for (const [words, field] of [
      [notes, 'notes'],
      [contacts, 'contacts'],
    ] as const) {
      planted.push({ ...words, kind: personKind as RecordKind<object>, id: person.id, field });
    }

    const callers: Array<[string, Actor]> = [
      ['the public', anonymous],
      [
        'a partner with grants',
        { id: 'p-1', kind: 'user', role: 'partner', orgId: partner.id, clearance: 'confidential' },
      ],
      [
        'a partner without',
        { id: 'p-2', kind: 'user', role: 'partner', orgId: other.id, clearance: 'confidential' },
      ],
      [
        'a researcher (internal)',
        { id: 'r-1', kind: 'user', role: 'researcher', orgId: owner.id, clearance: 'internal' },
      ],
      [
        'a researcher (confidential)',
        { id: 'r-2', kind: 'user', role: 'researcher', orgId: owner.id, clearance: 'confidential' },
      ],
      ['the editor', editor],
    ];
    const wrong: string[] = [];
    let shown = 0;
    for (const [name, actor] of callers) {
      const ctx = as(actor);
      let visiblePages = 0;
      for (const item of planted) {
        const [record] = await item.kind.load(ctx.db, [item.id]);
        if (!record) throw new Error('planted record is gone');
        const can = (await abilitiesOf(ctx, item.kind, [record])).get(record.id);
        const may =
          !!can?.read &&
          (item.field === null ||
            !withheldFields(record, redactionRules(item.kind), can).includes(item.field));
        if (item.field === null && can?.read) visiblePages += 2;
        const result = await search(ctx, { q: item.fragment });
        const text = JSON.stringify(result);
        shown += result.count;
        if (result.count !== (may ? 1 : 0) || result.hits.length !== (may ? 1 : 0)) {
          wrong.push(`${name}: ${item.value} counted ${result.count}, may see: ${may}`);
        }
        if (!may && (text.includes(item.fragment) || result.facets.type.length > 0)) {
          wrong.push(`${name}: ${item.value} shown in a snippet or facet`);
        }
        const snippets = result.hits.map((hit) => hit.snippet.map((part) => part.text).join('')).join(' ');
        if (may && !snippets.includes(item.value)) wrong.push(`${name}: ${item.value} found but not shown`);
      }
      // A word on every page of every document: counted and faceted over the visible pages only.
      const everywhere = await search(ctx, { q: 'доклад', limit: 100 });
      if (everywhere.count !== visiblePages) {
        wrong.push(`${name}: "доклад" counted ${everywhere.count} pages, may see ${visiblePages}`);
      }
      const typeCount = everywhere.facets.type.reduce((sum, facet) => sum + facet.count, 0);
      if (typeCount !== visiblePages) wrong.push(`${name}: the type facet counts ${typeCount}`);
      for (const item of planted) {
        const hidden = !(await search(ctx, { q: item.fragment })).count;
        if (hidden && JSON.stringify(everywhere).includes(item.fragment)) {
          wrong.push(`${name}: ${item.value} in a snippet of a broad search`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(shown).toBeGreaterThan(8);
  });
});
