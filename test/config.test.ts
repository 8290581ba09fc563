import { describe, expect, it } from 'vitest';
import { type Config, isLoopbackHost, loadConfig } from '../src/config.ts';
import type { DocketError } from '../src/core/errors.ts';

/** The field errors of the configuration refusal `env` leads to. */
function refusal(env: NodeJS.ProcessEnv): DocketError['errors'] {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as DocketError).errors;
  }
  throw new Error(`${JSON.stringify(env)} was accepted`);
}

describe('configuration', () => {
  it('listens on loopback only unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '' }).host).toBe('127.0.0.1');
    for (const host of ['0.0.0.0', '::', '::1', '192.168.1.20', 'localhost', 'docket.internal']) {
      expect(loadConfig({ HOST: host }).host, host).toBe(host);
    }
  });

  it('refuses a HOST that is not an address or a host name, naming the variable', () => {
    for (const host of ['http://0.0.0.0', '0.0.0.0:8080', '[::1]', 'two words', ' ']) {
      expect(refusal({ HOST: host }), host).toEqual([
        { path: 'HOST', message: 'must be an IP address or a host name' },
      ]);
    }
  });

  it('sends HSTS only when DOCKET_HTTPS says clients arrive over HTTPS', () => {
    const https = (env: NodeJS.ProcessEnv): Config['isHttps'] => loadConfig(env).isHttps;
    expect(https({})).toBe(false);
    expect(https({ DOCKET_HTTPS: 'off' })).toBe(false);
    expect(https({ DOCKET_HTTPS: 'on' })).toBe(true);
    expect(refusal({ DOCKET_HTTPS: 'yes' })).toEqual([
      { path: 'DOCKET_HTTPS', message: 'must be on or off' },
    ]);
  });

  it('knows which hosts only this machine can reach', () => {
    for (const host of ['127.0.0.1', '127.0.1.1', '::1', 'localhost'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'docket.internal', '127.0.0.1.example.org']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
});
