import openapiTS from 'openapi-typescript';

/** The web client's types (`web/src/api/schema.d.ts`), generated from the OpenAPI document. */
export async function renderApiTypes(openApiDocument: string): Promise<string> {
  // The document is the server's own, so it is taken to be the OpenAPI 3 shape without re-validating it.
  const document = JSON.parse(openApiDocument) as Parameters<typeof openapiTS>[0];
  return openapiTS(document, { immutableTypes: false });
}

export const API_TYPES_PATH = new URL('../web/src/api/schema.d.ts', import.meta.url);
