import { connect } from 'node:net';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { expectProblem, get, post } from '../../test/support/http.ts';
import { expectSecurityHeaders } from '../../test/support/security-headers.ts';
import { buildSignedInApp } from '../../test/support/signed-in-app.ts';
import { BODY_LIMIT_BYTES, MAX_PARAM_LENGTH } from './app.ts';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes as they are, for requests Node's own parser refuses before Fastify (or inject) sees them. */
function sendRaw(port: number, request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

describe('request limits', () => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeEach(async () => {
    database = await openTestDatabase('sqlite');
    ({ app } = await buildSignedInApp({ database }));
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  it('answers a JSON body over 1 MiB with a 413 problem, declared or not in Content-Length', async () => {
    const body = { names: [{ text: 'Мамай' }], notes: 'x'.repeat(BODY_LIMIT_BYTES) };
    const declared = await app.inject(post('/api/persons', body));
    expectProblem(declared, 413, 'payload-too-large');
    expectSecurityHeaders(declared.headers, '413', { isApi: true });
    // A stream has no Content-Length, so the limit is enforced on the bytes as they arrive.
    const chunked = await app.inject({
      method: 'POST',
      url: '/api/persons',
      payload: Readable.from([Buffer.from(JSON.stringify(body))]),
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(chunked, 413, 'payload-too-large', 'chunked');
    expect((await app.inject(get('/api/persons'))).json()).toEqual({ items: [], nextCursor: null });
  });

  it('refuses a path parameter over the router limit with a 400 problem, not Fastify’s own shape', async () => {
    const res = await app.inject(get(`/api/persons/${'a'.repeat(MAX_PARAM_LENGTH + 1)}`));
    expectProblem(res, 400, 'validation');
    expect(res.json()).toMatchObject({ detail: 'A segment of the URL is too long' });
  });

  it('answers a request line and headers past Node’s 16 KiB with a 431 problem carrying the headers', async () => {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    for (const [label, request] of [
      ['long URL', `GET /api/persons?q=${'a'.repeat(17 * 1024)} HTTP/1.1\r\nHost: localhost\r\n\r\n`],
      [
        'long header',
        `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Pad: ${'a'.repeat(17 * 1024)}\r\n\r\n`,
      ],
    ] as const) {
      const answer = await sendRaw(port, request);
      expect(answer.status, label).toBe(431);
      expect(answer.headers['content-type'], label).toBe('application/problem+json; charset=utf-8');
      expect(JSON.parse(answer.body), label).toMatchObject({
        status: 431,
        type: 'urn:docket:problem:validation',
      });
      expectSecurityHeaders(answer.headers, label, { isApi: true });
    }
    const malformed = await sendRaw(
      port,
      'GET /api/health HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n',
    );
    expect(malformed.status).toBe(400);
    expectSecurityHeaders(malformed.headers, 'malformed', { isApi: true });
  });
});
