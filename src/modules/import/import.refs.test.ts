import { expect, it } from 'vitest';
import { describeEachDialect, rowCounts } from '../../../test/support/database.ts';
import { buildPersonInput } from '../../../test/support/factories.ts';
import { isDocketError } from '../../core/errors.ts';
import { createPerson } from '../persons/person.operations.ts';
import { type ImportInput, importRecords } from './import.operations.ts';

const MAPPING = {
  columns: {
    'No.': 'ref',
    Title: 'title',
    Person: 'victimId',
    'Date detained': 'timeline.0.date',
    Type: 'caseType',
    Country: 'country',
  },
  values: { caseType: { Detention: 'arbitrary-detention' } },
  defaults: { 'timeline.0.kind': 'arrest' },
  refs: { victimId: 'persons' },
};

const sheet = (rows: string[]) =>
  `${['No.,Title,Person,Date detained,Type,Country', ...rows].join('\r\n')}\r\n`;

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isDocketError(error)) throw new Error(`expected a DocketError, got ${String(error)}`);
  return { title: error.title, errors: error.errors };
}

describeEachDialect('import with references by ref', (db) => {
  it('resolves a column of person refs to their ids, and reports an unknown ref once', async () => {
    const ctx = db().context();
    const a = await createPerson(ctx, buildPersonInput({ ref: 'kz-001' }));
    const b = await createPerson(
      ctx,
      buildPersonInput({ ref: 'uz-002', names: [{ text: 'Otabek Sattoriy' }] }),
    );
    const before = await rowCounts(db());
    const input: ImportInput = {
      type: 'cases',
      format: 'csv',
      mapping: MAPPING,
      text: sheet([
        'D-1,Detention of Mamai,kz-001,2022-03,Detention,KZ',
        'D-2,Detention of Sattoriy, uz-002 ,2021-01-29,Detention,UZ',
        'D-3,Unknown person,kz-017,2021,Detention,KZ',
      ]),
    };
    expect(await refusal(importRecords(ctx, input))).toEqual({
      title: 'The file has invalid rows',
      errors: [{ path: 'row 4, "Person"', message: 'no person with ref "kz-017"' }],
    });
    expect(await rowCounts(db())).toEqual(before);

    const fixed = { ...input, text: input.text?.replace('kz-017', 'kz-001') };
    const done = await importRecords(ctx, fixed);
    expect(done).toMatchObject({ created: 3 });
    const victims = await db().db.selectFrom('cases').select(['ref', 'victim_id']).orderBy('ref').execute();
    expect(victims.map((row) => [row.ref, row.victim_id])).toEqual([
      ['D-1', a.id],
      ['D-2', b.id],
      ['D-3', a.id],
    ]);
    expect(await importRecords(ctx, fixed)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('refuses a refs entry that names no field or no record type', async () => {
    const ctx = db().context();
    const attempt = (refs: Record<string, string>) =>
      refusal(importRecords(ctx, { type: 'cases', format: 'csv', text: 'ref\r\n', mapping: { refs } }));
    expect(await attempt({ victim: 'persons' })).toMatchObject({
      title: 'Invalid mapping',
      errors: [{ path: 'refs.victim', message: expect.stringMatching(/is not a field of cases/) }],
    });
    expect(await attempt({ victimId: 'people' })).toMatchObject({
      errors: [{ path: 'refs.victimId', message: expect.stringMatching(/^use one of persons/) }],
    });
  });
});
