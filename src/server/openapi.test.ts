import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderOpenApiDocument } from './openapi.ts';

describe('openapi.json', () => {
  it('is checked in and matches the routes (run `npm run openapi` after changing a schema)', async () => {
    const checkedIn = readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8');
    expect(await renderOpenApiDocument()).toBe(checkedIn);
  });

  it('is OpenAPI 3.1 with the record schemas as components', async () => {
    const document = JSON.parse(await renderOpenApiDocument()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Person', 'Source', 'Citation', 'Problem']),
    );
    expect(document.paths['/api/persons/{id}/revisions']).toBeDefined();
  });
});
