import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, rowCounts } from '../../../test/support/database.ts';
import { errorPaths, expectFieldError, expectProblem, get, raw } from '../../../test/support/http.ts';
import { buildSignedInApp } from '../../../test/support/signed-in-app.ts';

type Json = Record<string, unknown>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAPPING = {
  columns: { 'No.': 'ref', 'Full name': 'names.0.text', Born: 'birthDate', Occupation: 'occupations.0' },
  values: { 'occupations.0': { Blogger: 'blogger', Journalist: 'journalist' } },
};
const mappingQuery = `mapping=${encodeURIComponent(JSON.stringify(MAPPING))}`;
const sheet = (born: string) =>
  `No.,Full name,Born,Occupation\r\nP-1,Жанболат Мамай,1990,Journalist\r\nP-2,Otabek Sattoriy,${born},Blogger\r\n`;

describeEachDialect('import API', (db) => {
  let app: FastifyInstance;

  beforeEach(async () => {
    ({ app } = await buildSignedInApp({ database: db() }));
  });
  afterEach(async () => {
    await app.close();
  });

  it('imports a CSV body with a mapping: dry run, write, then nothing to change', async () => {
    const before = await rowCounts(db());
    const url = `/api/import/persons?format=csv&${mappingQuery}`;
    const dry = await app.inject(raw('POST', `${url}&dryRun=true`, sheet('1979'), 'text/csv'));
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json<Json>()).toEqual({
      type: 'persons',
      dryRun: true,
      created: 2,
      updated: 0,
      unchanged: 0,
      rows: [
        { row: 2, action: 'create', id: null, ref: 'P-1' },
        { row: 3, action: 'create', id: null, ref: 'P-2' },
      ],
      rowsNotListed: 0,
    });
    expect(await rowCounts(db())).toEqual(before);
    const done = await app.inject(raw('POST', url, sheet('1979'), 'text/csv; charset=utf-8'));
    expect(done.statusCode, done.body).toBe(200);
    const result = done.json<{ created: number; rows: Array<{ id: string }> }>();
    expect(result).toMatchObject({ created: 2, dryRun: false });
    const person = await app.inject(get(`/api/persons/${result.rows[0]?.id ?? ''}`));
    expect(person.json<{ names: Json[] }>().names[0]).toMatchObject({ text: 'Жанболат Мамай' });
    const again = await app.inject(raw('POST', url, sheet('1979'), 'text/csv'));
    expect(again.json<Json>()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('answers a file with bad rows with a 400 problem naming row and column, and writes nothing', async () => {
    const before = await rowCounts(db());
    const res = await app.inject(
      raw('POST', `/api/import/persons?${mappingQuery}`, sheet('29.01.1979'), 'text/csv'),
    );
    const problem = expectProblem(res, 400, 'validation');
    expect(problem.title).toBe('The file has invalid rows');
    expect(problem.errors).toEqual([
      { path: 'row 3, "Born"', message: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
    expect(problem.rows).toEqual([
      { row: 3, column: 'Born', message: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
    expect(await rowCounts(db())).toEqual(before);
  });

  it('imports a JSON body larger than the API’s usual limit, and an XLSX body', async () => {
    const records = [{ ref: 'J-1', names: [{ text: 'Азиз Намунов' }] }];
    const padded = `${JSON.stringify(records)}${' '.repeat(2 * 1024 * 1024)}`;
    const json = await app.inject(raw('POST', '/api/import/persons', padded));
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json<Json>()).toMatchObject({ created: 1 });

    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('People');
    ws.addRow(['No.', 'Full name', 'Born', 'Occupation']);
    ws.addRow(['X-1', 'Otabek Sattoriy', new Date(Date.UTC(1979, 0, 29)), null]);
    const data = Buffer.from(await book.xlsx.writeBuffer());
    const xlsx = await app.inject(raw('POST', `/api/import/persons?${mappingQuery}`, data, XLSX));
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.json<Json>()).toMatchObject({ created: 1, rows: [{ row: 2, action: 'create' }] });
    const listed = await app.inject(get('/api/persons?limit=10'));
    const born = listed.json<{ items: Json[] }>().items.find((p) => p.ref === 'X-1')?.birthDate;
    expect(born).toBe('1979-01-29');
  });

  it('answers 404 for an unknown type and 400 for a bad mapping, format or file', async () => {
    const unknown = await app.inject(raw('POST', '/api/import/secrets', '[]'));
    expect(expectProblem(unknown, 404, 'not-found').detail).toContain('secrets');
    const mapping = await app.inject(raw('POST', '/api/import/persons?mapping={oops', '[]'));
    expectFieldError(expectProblem(mapping, 400, 'validation'), 'mapping', 'bad mapping');
    const format = await app.inject(raw('POST', '/api/import/persons?format=pdf', '[]'));
    expectFieldError(expectProblem(format, 400, 'validation'), 'format', 'format=pdf');
    const broken = await app.inject(raw('POST', '/api/import/persons', '[{', 'application/json'));
    expect(expectProblem(broken, 400, 'validation').title).toBe('The file cannot be read');
    const notXlsx = await app.inject(raw('POST', '/api/import/persons', Buffer.from('ref\r\n'), XLSX));
    expect(expectProblem(notXlsx, 400, 'validation').title).toBe('The file cannot be read');
    const badMapping = await app.inject(
      raw('POST', '/api/import/persons?mapping={"columns":{"A":"nope"}}', '[]'),
    );
    expect(errorPaths(expectProblem(badMapping, 400, 'validation'))).toEqual(['columns.A']);
  });

  it('keeps CSV and XLSX parsers to the import route: the rest of the API answers 415', async () => {
    for (const type of ['text/csv', XLSX]) {
      const res = await app.inject(raw('POST', '/api/persons', 'ref\r\nP-1\r\n', type));
      expectProblem(res, 415, 'unsupported-media-type', type);
    }
    const json = await app.inject(raw('POST', '/api/persons', '{"names":[]}'));
    expect(json.statusCode).toBe(400);
    const big = await app.inject(raw('POST', '/api/persons', `{}${' '.repeat(2 * 1024 * 1024)}`));
    expect(big.statusCode).toBe(413);
  });

  it('documents the route in the OpenAPI document', async () => {
    const document = (await app.inject(get('/api/openapi.json'))).json<{ paths: Record<string, Json> }>();
    const post = document.paths['/api/import/{type}']?.post as Json | undefined;
    expect(post?.summary).toMatch(/raw request body/);
    expect(Object.keys((post?.requestBody as { content: Json } | undefined)?.content ?? {})).toEqual([
      'application/json',
      'text/csv',
      XLSX,
    ]);
  });
});
