import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** Golden files and sample inputs for the renderers' tests. */
export const FIXTURES = fileURLToPath(new URL('../../test/fixtures/render/', import.meta.url));

export function readFixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

/**
 * Compares with the checked-in golden file, byte for byte. `UPDATE_GOLDEN=1` rewrites it instead,
 * so a deliberate change to the output is one command and a reviewable diff.
 */
export function expectGolden(name: string, actual: Buffer): void {
  const path = `${FIXTURES}${name}`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.CI === 'true')
      throw new Error(`golden file ${name} is missing; run with UPDATE_GOLDEN=1`);
    writeFileSync(path, actual);
  }
  expect(actual.toString('utf8')).toBe(readFileSync(path, 'utf8'));
}
