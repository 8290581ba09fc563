/**
 * Requests for `app.inject` and assertions on what the API answers, shared by the HTTP tests.
 *
 * The builders only describe a request (they return InjectOptions); send them with `app.inject(…)`.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

export type Json = Record<string, unknown>;

type Method = 'POST' | 'PATCH' | 'PUT';

export const PROBLEM_JSON = /^application\/problem\+json/;
const JSON_HEADERS = { 'content-type': 'application/json' };

export const get = (url: string): InjectOptions => ({ method: 'GET', url });
export const del = (url: string): InjectOptions => ({ method: 'DELETE', url });

/** A JSON body: `payload` serialised as it is, sent as application/json. */
export const sendJson = (method: Method, url: string, payload: unknown): InjectOptions => ({
  method,
  url,
  payload: JSON.stringify(payload),
  headers: JSON_HEADERS,
});
export const post = (url: string, payload: unknown): InjectOptions => sendJson('POST', url, payload);
export const patch = (url: string, payload: unknown): InjectOptions => sendJson('PATCH', url, payload);

/** A body sent byte for byte under the given content type, whether or not it is valid JSON. */
export const raw = (
  method: Method,
  url: string,
  payload: string | Buffer,
  contentType = 'application/json',
): InjectOptions => ({ method, url, payload, headers: { 'content-type': contentType } });

/** The paths of a problem's field errors, in order. */
export function errorPaths(problem: Json): string[] {
  return ((problem.errors ?? []) as Array<{ path: string }>).map((e) => e.path);
}

/**
 * Asserts an application/problem+json answer: a `urn:docket:problem:*` type, a title, the status
 * of the response, and (if any) field errors that each have a path and a message.
 */
export function expectProblemShape(res: LightMyRequestResponse, label?: string): Json {
  expect(res.headers['content-type'], label).toMatch(PROBLEM_JSON);
  const body = res.json<Json>();
  expect(body, label).toMatchObject({
    type: expect.stringMatching(/^urn:docket:problem:[a-z-]+$/),
    title: expect.any(String),
    status: res.statusCode,
  });
  if (body.errors !== undefined) {
    expect(body.errors, label).toEqual(expect.any(Array));
    for (const error of body.errors as unknown[]) {
      expect(error, label).toEqual({ path: expect.any(String), message: expect.any(String) });
    }
  }
  return body;
}

/** Asserts a problem with exactly this status and type, a non-empty title and non-empty messages. */
export function expectProblem(
  res: LightMyRequestResponse,
  status: number,
  type: string,
  label?: string,
): Json {
  expect(res.statusCode, label ?? res.body).toBe(status);
  const body = expectProblemShape(res, label);
  expect(body, label).toMatchObject({
    type: `urn:docket:problem:${type}`,
    status,
    title: expect.any(String),
  });
  expect(String(body.title).length, label).toBeGreaterThan(0);
  for (const error of (body.errors ?? []) as Array<{ message: string }>) {
    expect(error.message.length, label).toBeGreaterThan(0);
  }
  return body;
}

/** Asserts some 4xx problem, whatever its type. */
export function expectClientProblem(res: LightMyRequestResponse, label: string): Json {
  expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, label).toBeLessThan(500);
  return expectProblemShape(res, label);
}

/** Asserts a validation problem with a field error at `path` or below it. */
export function expectFieldError(problem: Json, path: string, label: string): void {
  expect(problem.type, label).toBe('urn:docket:problem:validation');
  const paths = errorPaths(problem);
  expect(
    paths.some((p) => p === path || p.startsWith(`${path}.`)),
    `${label}: expected an error at ${path}, got ${JSON.stringify(paths)}`,
  ).toBe(true);
}
