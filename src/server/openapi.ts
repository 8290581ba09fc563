import { migrateToLatest, openDatabase } from '../db/database.ts';
import { buildApp } from './app.ts';

/** The OpenAPI document as checked in at ./openapi.json: generated from the zod schemas of the routes. */
export async function renderOpenApiDocument(): Promise<string> {
  const database = openDatabase({ sqlitePath: ':memory:' });
  try {
    await migrateToLatest(database);
    const app = await buildApp({ database });
    const document = app.swagger();
    await app.close();
    return `${JSON.stringify(document, null, 2)}\n`;
  } finally {
    await database.close();
  }
}
