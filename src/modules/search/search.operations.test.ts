import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildPersonInput, buildSourceInput } from '../../../test/support/factories.ts';
import type { OperationContext } from '../../core/context.ts';
import { FileStore } from '../../db/file-store.ts';
import { createCase } from '../cases/case.operations.ts';
import { pdfWithPages } from '../documents/extract/fixtures.test-helper.ts';
import { ingestFile } from '../documents/ingest.operations.ts';
import { createPerson, personKind, updatePerson } from '../persons/person.operations.ts';
import { deleteRecord, undeleteRecord } from '../records/record.operations.ts';
import { createSource } from '../sources/source.operations.ts';
import { search } from './search.operations.ts';
import type { SearchResult } from './search.schema.ts';

const marked = (result: SearchResult, index = 0) =>
  (result.hits[index]?.snippet ?? []).filter((part) => part.hit).map((part) => part.text);

describeEachDialect('search', (db) => {
  let ctx: OperationContext;
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'docket-search-'));
    ctx = { ...db().context(), files: new FileStore(join(folder, 'files')) };
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('finds a name written with any apostrophe, and marks it as written', async () => {
    const person = await createPerson(
      ctx,
      buildPersonInput({
        names: [{ text: 'Gʻulom Oʻtkirov', language: 'uz-Latn', kind: 'primary' }],
        biography: { ru: 'Журналист из Ташкента.' },
      }),
    );
    for (const query of ["O'tkirov", 'O’tkirov', 'Oʻtkirov', 'otkirov', 'OTKIROV', 'O`tkirov']) {
      const result = await search(ctx, { q: query });
      expect(
        result.hits.map((hit) => hit.recordId),
        query,
      ).toEqual([person.id]);
      expect(marked(result), query).toEqual(['Oʻtkirov']);
      expect(result.hits[0]?.title).toBe('Gʻulom Oʻtkirov');
    }
  });

  it('folds Cyrillic case and finds other forms of a Russian word', async () => {
    const source = await createSource(
      ctx,
      buildSourceInput({ title: 'Отчёт', notes: 'Журналиста задержали в Нукусе 1 июля 2022 года.' }),
    );
    for (const query of ['ЗАДЕРЖАН', 'задержанный', 'нукус', 'отчет', 'журналист']) {
      const result = await search(ctx, { q: query });
      expect(
        result.hits.map((hit) => hit.recordId),
        query,
      ).toEqual([source.id]);
    }
    const phrase = await search(ctx, { q: '"задержали в Нукусе"' });
    expect(phrase.count).toBe(1);
    expect(marked(phrase)).toEqual(['задержали', 'в', 'Нукусе']);
    expect((await search(ctx, { q: '"Нукусе задержали"' })).count).toBe(0);
    expect((await search(ctx, { q: 'задерж*' })).count).toBe(1);
    expect((await search(ctx, { q: 'задержали Ташкент' })).count).toBe(0);
  });

  it('counts, facets, filters and orders hits', async () => {
    const victim = await createPerson(ctx, buildPersonInput());
    const older = await createCase(ctx, {
      victimId: victim.id,
      caseType: 'arbitrary-detention',
      country: 'KZ',
      title: 'Detention of a blogger in Almaty',
      timeline: [{ date: '2019-05-01', kind: 'arrest' }],
    });
    const newer = await createCase(ctx, {
      victimId: victim.id,
      caseType: 'torture',
      country: 'UZ',
      title: 'A blogger tortured in Nukus',
      timeline: [{ date: '2022-07-02', kind: 'arrest' }],
    });
    const all = await search(ctx, { q: 'blogger' });
    expect(all.count).toBe(2);
    expect(all.more).toBe(false);
    expect(all.facets.country).toEqual([
      { value: 'KZ', count: 1 },
      { value: 'UZ', count: 1 },
    ]);
    expect(all.facets.caseType.map((facet) => facet.value).sort()).toEqual([
      'arbitrary-detention',
      'torture',
    ]);
    expect(all.facets.year).toEqual([
      { value: '2022', count: 1 },
      { value: '2019', count: 1 },
    ]);
    const byDate = await search(ctx, { q: 'blogger', order: 'date' });
    expect(byDate.hits.map((hit) => hit.recordId)).toEqual([newer.id, older.id]);
    const inUz = await search(ctx, { q: 'blogger', country: 'UZ' });
    expect(inUz.hits.map((hit) => hit.recordId)).toEqual([newer.id]);
    expect(inUz.hits[0]?.date).toBe('2022-07-02');
    // A facet counts as if its own filter were not set; the others' filters apply.
    expect(inUz.facets.country).toEqual(all.facets.country);
    expect(inUz.facets.caseType).toEqual([{ value: 'torture', count: 1 }]);
    expect((await search(ctx, { q: 'blogger', type: 'case', caseType: 'arbitrary-detention' })).count).toBe(
      1,
    );
    expect((await search(ctx, { q: 'blogger', from: '2020', to: '2023-01' })).count).toBe(1);
    expect((await search(ctx, { q: 'blogger', limit: 1, offset: 1 })).hits).toHaveLength(1);
  });

  it('follows edits, deletion and undeletion', async () => {
    const person = await createPerson(
      ctx,
      buildPersonInput({ biography: { en: 'Arrested in Karakalpakstan' } }),
    );
    expect((await search(ctx, { q: 'Karakalpakstan' })).count).toBe(1);
    await updatePerson(ctx, person.id, { version: 1, biography: { en: 'Released in Tashkent' } });
    expect((await search(ctx, { q: 'Karakalpakstan' })).count).toBe(0);
    expect((await search(ctx, { q: 'Tashkent' })).count).toBe(1);
    await deleteRecord(ctx, personKind, person.id, 2);
    expect((await search(ctx, { q: 'Tashkent' })).count).toBe(0);
    await undeleteRecord(ctx, personKind, person.id, 3);
    expect((await search(ctx, { q: 'Tashkent' })).count).toBe(1);
    if (ctx.dialect === 'sqlite') {
      // Every deletion gave FTS5 the tokens it had been given: the index is whole.
      await sql`insert into search_fts (search_fts) values ('integrity-check')`.execute(ctx.db);
    }
  });

  it('finds a phrase on the right page of a report', async () => {
    const pdf = await pdfWithPages([
      'Введение. Доклад о положении правозащитников.',
      'Глава вторая. Свидетели сообщили о пытках в следственном изоляторе.',
      'Заключение.',
    ]);
    const ingested = await ingestFile(ctx, { name: 'report.pdf', bytes: pdf }, { origin: 'cli', ocr: false });
    expect(ingested.status).toBe('done');
    if (ingested.status !== 'done') return;
    const result = await search(ctx, { q: '"пытках в следственном изоляторе"' });
    expect(result.hits).toHaveLength(1);
    expect(result.hits[0]).toMatchObject({
      recordType: 'source',
      recordId: ingested.sourceId,
      page: 2,
      documentId: ingested.documentId,
      part: 'page',
    });
    expect(marked(result)).toEqual(['пытках', 'в', 'следственном', 'изоляторе']);
  });

  it('refuses a query with nothing to search for', async () => {
    await expect(search(ctx, { q: '"" * ...' })).rejects.toMatchObject({ status: 400 });
    await expect(search(ctx, { q: '' })).rejects.toMatchObject({ status: 400 });
  });
});
