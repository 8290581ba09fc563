import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/database.ts';
import { buildApp } from './app.ts';

describeEachDialect('request logs', (db) => {
  it('name the path of a request but never its query string, where a search may be a name', async () => {
    let logged = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logged += String(chunk);
        done();
      },
    });
    const app = await buildApp({ database: db(), logger: { level: 'trace', stream } });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/persons?q=Witness-Sentinel-Name' });
      expect(res.statusCode).toBe(200);
    } finally {
      await app.close();
    }
    expect(logged).toContain('/api/persons');
    expect(logged).not.toContain('Witness-Sentinel-Name');
  });
});
