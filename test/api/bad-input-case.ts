/**
 * What a bad-input case is (see bad-input.test.ts): a request that must be refused with a given
 * problem, built against records that exist in every test.
 */
import type { InjectOptions } from 'fastify';
import type { Citation } from '../../src/modules/citations/citation.schema.ts';
import type { Person } from '../../src/modules/persons/person.schema.ts';
import type { Source } from '../../src/modules/sources/source.schema.ts';
import { buildCitationInput } from '../support/factories.ts';
import { post } from '../support/http.ts';

/** Ids that exist in every test: one person, one source, one citation of the person's birth date. */
export interface Seed {
  person: Person;
  source: Source;
  citation: Citation;
}

export interface BadInputCase {
  name: string;
  request: (seed: Seed) => InjectOptions;
  status: number;
  type: string;
  /** Field errors the problem must name (it may name more). */
  errors?: Array<{ path: string; message?: RegExp }>;
}

export const MISSING_ID = '01900000-0000-7000-8000-000000000000';

export const personUrl = (s: Seed) => `/api/persons/${s.person.id}`;
/** A request citing the seeded source for the seeded person's birth date, changed by `overrides`. */
export const citation = (s: Pick<Seed, 'person' | 'source'>, overrides: Record<string, unknown> = {}) =>
  post('/api/citations', buildCitationInput({ sourceId: s.source.id, recordId: s.person.id }, overrides));
