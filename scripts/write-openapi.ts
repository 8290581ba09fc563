import { writeFileSync } from 'node:fs';
import { renderOpenApiDocument } from '../src/server/openapi.ts';
import { API_TYPES_PATH, renderApiTypes } from './api-types.ts';

const target = new URL('../openapi.json', import.meta.url);
const document = await renderOpenApiDocument();
writeFileSync(target, document);
process.stdout.write(`wrote ${target.pathname}\n`);
writeFileSync(API_TYPES_PATH, await renderApiTypes(document));
process.stdout.write(`wrote ${API_TYPES_PATH.pathname}\n`);
