import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parseCsv } from '../../../test/support/csv.ts';
import { describeEachDialect } from '../../../test/support/database.ts';
import { expectFieldError, expectProblem, get } from '../../../test/support/http.ts';
import { buildSignedInApp } from '../../../test/support/signed-in-app.ts';
import { loadDemoDataset } from '../../demo/load-demo.ts';
import { CSV_BOM } from './cells.ts';
import { exportableTypeNames, exportableTypes } from './exportable-types.ts';

type Json = Record<string, unknown>;

const NOW = new Date('2025-03-01T10:00:00Z');

describeEachDialect('export API', (db) => {
  let app: FastifyInstance;

  beforeEach(async () => {
    await loadDemoDataset(db().context());
    ({ app } = await buildSignedInApp({ database: db(), clock: () => NOW }));
  });
  afterEach(async () => {
    await app.close();
  });

  it('downloads JSON whose records are what GET returns for each record, without derived', async () => {
    for (const type of exportableTypeNames) {
      const res = await app.inject(get(`/api/export/${type}`));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="docket-${type}-2025-03-01.json"`,
      );
      const body = res.json<{ docket: Json; records: Json[]; count: number }>();
      expect(body.docket).toMatchObject({ type, exportedAt: NOW.toISOString() });
      expect(body.count).toBe(body.records.length);
      for (const record of body.records) {
        const one = await app.inject(get(`/api/${type}/${String(record.id)}`));
        // What a response derives (a case's custody, a commitment's current rating) is not exported.
        const { derived, currentRating, isOverdue, abilities: _abilities, ...stored } = one.json<Json>();
        expect(derived !== undefined, type).toBe(type === 'cases');
        expect(currentRating !== undefined && isOverdue !== undefined, type).toBe(type === 'commitments');
        expect(record, `${type} ${String(record.id)}`).toEqual(stored);
      }
    }
  });

  it('downloads CSV with the filters of the list endpoint', async () => {
    const res = await app.inject(get('/api/export/cases?format=csv&country=UZ'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers['content-disposition']).toBe('attachment; filename="docket-cases-2025-03-01.csv"');
    expect(res.body.startsWith(CSV_BOM)).toBe(true);
    const [header, ...rows] = parseCsv(res.body.slice(CSV_BOM.length));
    expect(header).toEqual(exportableTypes.cases?.columns);
    const listed = await app.inject(get('/api/cases?country=UZ&limit=200'));
    const items = listed.json<{ items: Json[] }>().items;
    expect(rows.map((row) => row[0])).toEqual(items.map((item) => item.id));
    const country = header?.indexOf('country') ?? -1;
    expect(new Set(rows.map((row) => row[country]))).toEqual(new Set(['UZ']));
  });

  it('downloads XLSX that a spreadsheet library reads back', async () => {
    const res = await app.inject(get('/api/export/persons?format=xlsx'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe('attachment; filename="docket-persons-2025-03-01.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('persons');
    const total = (await app.inject(get('/api/persons?limit=200'))).json<{ items: unknown[] }>().items.length;
    expect(sheet?.rowCount).toBe(total + 1);
    expect(sheet?.getRow(1).getCell(1).value).toBe('id');
  });

  it('answers an unknown type with 404 and bad formats or filters with 400 problems', async () => {
    const unknown = expectProblem(await app.inject(get('/api/export/secrets')), 404, 'not-found');
    expect(unknown.detail).toContain('secrets');
    const format = expectProblem(await app.inject(get('/api/export/cases?format=pdf')), 400, 'validation');
    expectFieldError(format, 'format', 'format=pdf');
    const bad: Array<[string, string]> = [
      ['country=Uzbekistan', 'country'],
      ['colour=red', 'colour'],
      ['limit=5', 'limit'],
      ['cursor=abc', 'cursor'],
      ['country=UZ&country=KZ', 'country'],
    ];
    for (const [query, path] of bad) {
      const problem = expectProblem(
        await app.inject(get(`/api/export/cases?${query}`)),
        400,
        'validation',
        query,
      );
      expectFieldError(problem, path, query);
    }
  });

  it('documents the route in the OpenAPI document', async () => {
    const document = (await app.inject(get('/api/openapi.json'))).json<{ paths: Json }>();
    expect(Object.keys(document.paths)).toContain('/api/export/{type}');
  });
});
