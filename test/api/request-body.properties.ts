/**
 * Properties of the person write endpoints under arbitrary request bodies, shared by the quick run
 * (`request-body.property.test.ts`, part of `npm test`) and the long one
 * (`request-body.property.deep.test.ts`, `npm run test:deep`).
 *
 * Whatever the body, the answer is either a success whose record round-trips exactly (and matches an
 * independent model of what the body asked for), or a 4xx problem+json that changed no row. Bodies
 * built to be valid must be accepted and bodies with exactly one known defect must be refused with a
 * field error at that defect's path.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { detectScript } from '../../src/core/scripts.ts';
import type { Person } from '../../src/modules/persons/person.schema.ts';
import { describeEachDialect, rowCounts } from '../support/database.ts';
import { buildPersonInput } from '../support/factories.ts';
import { expectClientProblem, expectFieldError, get, type Json, patch, post, raw } from '../support/http.ts';
import { buildSignedInApp } from '../support/signed-in-app.ts';
import { TAKEN_REF } from './arbitraries.ts';
import {
  applyBody,
  CREATE_DEFAULTS,
  isPlainObject,
  parseLikeServer,
  withoutChangeMeta,
} from './person-model.ts';
import { createCase, patchCase, type VersionChoice } from './request-cases.ts';

function describeCase(c: unknown): string {
  try {
    return JSON.stringify(c)?.slice(0, 400) ?? String(c);
  } catch {
    return String(c);
  }
}

// --- The properties ------------------------------------------------------------------------------------

export function describeRequestBodyProperties(options: { numRuns: number }): void {
  const { numRuns } = options;
  const timeout = Math.max(30_000, numRuns * 120);

  describeEachDialect(`person request bodies (${numRuns} runs)`, (db) => {
    let app: FastifyInstance;
    let person: Person;

    beforeEach(async () => {
      ({ app } = await buildSignedInApp({ database: db() }));
      const res = await app.inject(post('/api/persons', buildPersonInput({ ref: TAKEN_REF })));
      expect(res.statusCode, res.body).toBe(201);
      person = res.json<Person>();
    });
    afterEach(async () => {
      await app.close();
    });

    const send = (method: 'POST' | 'PATCH', url: string, text: string) =>
      app.inject(raw(method, url, Buffer.from(text, 'utf8')));

    /** A secret record's names are sealed, so none reach the name index. */
    const indexedNames = (person: Json) =>
      person.sensitivity === 'secret' ? 0 : (person.names as unknown[]).length;

    it(
      'POST /api/persons: 201 and an exact round trip, or 4xx problem+json and no row written',
      async () => {
        const takenRefs = new Set([TAKEN_REF]);
        await fc.assert(
          fc.asyncProperty(createCase, async (c) => {
            const label = describeCase(c);
            const text =
              c.kind === 'raw' ? c.text : (JSON.stringify(c.kind === 'value' ? c.value : c.body) ?? '');
            const parsed = parseLikeServer(text);
            const refSent = c.kind === 'valid' && typeof c.body.ref === 'string' ? c.body.ref.trim() : null;
            const refTaken = refSent !== null && takenRefs.has(refSent);
            const before = await rowCounts(db());
            const res = await send('POST', '/api/persons', text);

            if (res.statusCode === 201) {
              expect(parsed.ok && isPlainObject(parsed.value), label).toBe(true);
              const sent = (parsed.ok ? parsed.value : {}) as Json;
              const created = res.json<Person>();
              expect(res.headers.location, label).toBe(`/api/persons/${created.id}`);
              expect(created, label).toEqual({
                ...applyBody(CREATE_DEFAULTS, sent),
                id: created.id,
                version: 1,
                createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
                createdBy: expect.any(String),
                updatedAt: created.createdAt,
                updatedBy: expect.any(String),
                deletedAt: null,
                deletedBy: null,
                ownerOrgId: expect.any(String),
                abilities: expect.objectContaining({ read: true, write: true, clearance: 'secret' }),
              });
              if (created.ref !== null) {
                expect(takenRefs.has(created.ref), label).toBe(false);
                takenRefs.add(created.ref);
              }
              const read = await app.inject(get(`/api/persons/${created.id}`));
              expect(read.statusCode, label).toBe(200);
              expect(read.body, label).toBe(res.body);
              expect(await rowCounts(db()), label).toEqual({
                ...before,
                persons: before.persons + 1,
                person_names: before.person_names + indexedNames(created as unknown as Json),
                person_occupations: before.person_occupations + created.occupations.length,
                revisions: before.revisions + 1,
              });
            } else {
              const problem = expectClientProblem(res, label);
              expect(await rowCounts(db()), label).toEqual(before);
              if (!parsed.ok) expect(problem.type, label).toBe('urn:docket:problem:malformed-json');
            }

            // Bodies built valid must be accepted (unless their ref is taken); one defect, one field error.
            if (c.kind === 'valid') {
              if (refTaken) {
                expect(res.statusCode, label).toBe(409);
                expect(res.json<Json>().type, label).toBe('urn:docket:problem:duplicate');
              } else {
                expect(res.statusCode, label).toBe(201);
              }
            }
            if (c.kind === 'defect') {
              expect(res.statusCode, label).toBe(400);
              expectFieldError(res.json<Json>(), c.defect.path, label);
            }
          }),
          { numRuns },
        );
      },
      timeout,
    );

    it(
      'PATCH /api/persons/:id: 200 with the modelled change (version+1, or unchanged for a no-op), or 4xx and nothing changed',
      async () => {
        const url = `/api/persons/${person.id}`;
        const other = await app.inject(
          post('/api/persons', buildPersonInput({ names: [{ text: 'Бахром Ибрагимов' }], ref: null })),
        );
        expect(other.statusCode).toBe(201);
        // The patched person gives its ref away, so TAKEN_REF now belongs to someone else.
        const freed = await app.inject(patch(url, { version: 1, ref: 'patched-person' }));
        expect(freed.statusCode, freed.body).toBe(200);
        const holder = await app.inject(
          patch(`/api/persons/${other.json<Person>().id}`, { version: 1, ref: TAKEN_REF }),
        );
        expect(holder.statusCode, holder.body).toBe(200);

        await fc.assert(
          fc.asyncProperty(patchCase, async (c) => {
            const label = describeCase(c);
            const beforeRes = await app.inject(get(url));
            const current = beforeRes.json<Person>();
            const versionFor = (choice: VersionChoice): unknown => {
              if (choice.kind === 'current') return current.version;
              if (choice.kind === 'invalid') return choice.value;
              const v = current.version + choice.delta;
              return v >= 1 ? v : current.version - choice.delta;
            };

            let payload: unknown;
            if (c.kind === 'valid') payload = { ...c.body, version: versionFor(c.version) };
            else if (c.kind === 'echo') {
              const echoed: Json = {};
              for (const key of c.keys) echoed[key] = current[key as keyof Person];
              if (c.dropScripts && Array.isArray(echoed.names)) {
                // Only where the server would guess the same script, so the echo stays a no-op.
                echoed.names = current.names.map(({ script, ...rest }) =>
                  script === detectScript(rest.text) ? rest : { ...rest, script },
                );
              }
              payload = { ...echoed, version: versionFor(c.version) };
            } else if (c.kind === 'defect') payload = { ...c.body, version: current.version };
            else if (c.kind === 'value') {
              payload =
                c.withVersion && isPlainObject(c.value) ? { ...c.value, version: current.version } : c.value;
            }
            const text = c.kind === 'raw' ? c.text : (JSON.stringify(payload) ?? '');
            const parsed = parseLikeServer(text);
            const before = await rowCounts(db());
            const res = await send('PATCH', url, text);
            const afterRes = await app.inject(get(url));

            if (res.statusCode === 200) {
              expect(parsed.ok && isPlainObject(parsed.value), label).toBe(true);
              const sent = (parsed.ok ? parsed.value : {}) as Json;
              expect(sent.version, label).toBe(current.version);
              const expected = applyBody(current as unknown as Json, sent);
              const changed = !isDeepStrictEqual(
                withoutChangeMeta(expected),
                withoutChangeMeta(current as unknown as Json),
              );
              expect(afterRes.body, label).toBe(res.body);
              if (changed) {
                expect(res.json<Person>(), label).toEqual({
                  ...expected,
                  version: current.version + 1,
                  updatedAt: expect.any(String),
                  updatedBy: expect.any(String),
                });
                expect(await rowCounts(db()), label).toEqual({
                  ...before,
                  person_names:
                    before.person_names - indexedNames(current as unknown as Json) + indexedNames(expected),
                  person_occupations:
                    before.person_occupations -
                    current.occupations.length +
                    (expected.occupations as unknown[]).length,
                  revisions: before.revisions + 1,
                });
              } else {
                // A no-op keeps the version and writes no revision.
                expect(res.body, label).toBe(beforeRes.body);
                expect(await rowCounts(db()), label).toEqual(before);
              }
            } else {
              const problem = expectClientProblem(res, label);
              expect(afterRes.body, label).toBe(beforeRes.body);
              expect(await rowCounts(db()), label).toEqual(before);
              if (!parsed.ok) expect(problem.type, label).toBe('urn:docket:problem:malformed-json');
            }

            if (c.kind === 'valid' || c.kind === 'echo') {
              const body = c.kind === 'valid' ? c.body : {};
              const ref = typeof body.ref === 'string' ? body.ref.trim() : null;
              if (c.version.kind === 'invalid') {
                expect(res.statusCode, label).toBe(400);
                expectFieldError(res.json<Json>(), 'version', label);
              } else if (c.version.kind === 'stale') {
                expect(res.statusCode, label).toBe(409);
                expect(res.json<Json>(), label).toMatchObject({
                  type: 'urn:docket:problem:version-conflict',
                  currentVersion: current.version,
                });
              } else if (ref === TAKEN_REF) {
                expect(res.statusCode, label).toBe(409);
                expect(res.json<Json>().type, label).toBe('urn:docket:problem:duplicate');
              } else {
                expect(res.statusCode, label).toBe(200);
              }
              if (c.kind === 'echo' && c.version.kind === 'current') {
                expect(res.body, label).toBe(beforeRes.body);
              }
            }
            if (c.kind === 'defect') {
              expect(res.statusCode, label).toBe(400);
              expectFieldError(res.json<Json>(), c.defect.path, label);
            }
          }),
          { numRuns },
        );
      },
      timeout,
    );
  });
}
