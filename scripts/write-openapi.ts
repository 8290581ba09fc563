import { writeFileSync } from 'node:fs';
import { renderOpenApiDocument } from '../src/server/openapi.ts';

const target = new URL('../openapi.json', import.meta.url);
writeFileSync(target, await renderOpenApiDocument());
process.stdout.write(`wrote ${target.pathname}\n`);
