import { parseEnv } from '@chung-tay/common';
import { TEST_GATEWAY, testGatewayKeysFile } from '@chung-tay/common/testing';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayEnv, subgraphUrlOverrides } from '../env';

const keysFile = testGatewayKeysFile();

describe('gateway configuration', () => {
  it('points a subgraph elsewhere with <PREFIX>_URL', () => {
    const env = parseEnv(gatewayEnv, {
      PEOPLE_COMMITTEE_URL: 'http://10.0.0.5:4001/graphql',
      JWT_SECRET: 's'.repeat(32),
      GATEWAY_SIGNING_KEYS_FILE: keysFile,
    });
    expect(subgraphUrlOverrides(env)).toEqual({ 'people-committee': 'http://10.0.0.5:4001/graphql' });
    expect(env.GATEWAY_PORT).toBe(4000);
    expect(env.SUPERGRAPH_PATH).toMatch(/schema[/\\]supergraph\.graphql$/);
  });

  it('names a malformed subgraph URL', () => {
    expect(() => parseEnv(gatewayEnv, { PEOPLE_COMMITTEE_URL: 'not a url', GATEWAY_PORT: 'x' })).toThrow(
      /GATEWAY_PORT: must be a port number[\s\S]*PEOPLE_COMMITTEE_URL/,
    );
  });

  describe('refuses to start without its own assertion keys, saying what is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-env-'));
    const file = (name: string, content: unknown) => {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    };
    const problem = (path?: string) => {
      try {
        parseEnv(gatewayEnv, {
          JWT_SECRET: 's'.repeat(32),
          ...(path ? { GATEWAY_SIGNING_KEYS_FILE: path } : {}),
        });
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    };
    const { d: _, ...publicOnly } = TEST_GATEWAY.privateJwk;
    it.each([
      [
        'not set',
        undefined,
        /GATEWAY_SIGNING_KEYS_FILE: is required: the path of the gateway's JSON Web Key Set/,
      ],
      ['missing', join(dir, 'nowhere.json'), /GATEWAY_SIGNING_KEYS_FILE: .*nowhere\.json: no such file/],
      ['not JSON', file('garbled.json', '{"keys": ['), /garbled\.json: not JSON/],
      ['not a key set', file('empty.json', { keys: [] }), /must be a JSON Web Key Set/],
      [
        'public keys only',
        file('public.json', { keys: [publicOnly] }),
        /key 1 is not a private key \(no "d"\)/,
      ],
      [
        'another kind of key',
        file('rsa.json', { keys: [{ kty: 'RSA', n: 'x', e: 'AQAB', d: 'y', kid: 'r' }] }),
        /key 1 must be an EC P-256 key/,
      ],
      [
        'without kid',
        file('nokid.json', { keys: [{ ...TEST_GATEWAY.privateJwk, kid: undefined }] }),
        /key 1 has no "kid"/,
      ],
    ])('%s', (_name, path, message) => expect(problem(path)).toMatch(message));

    it('unreadable', () => {
      const path = file('secret.json', { keys: [TEST_GATEWAY.privateJwk] });
      chmodSync(path, 0o000);
      // root reads any file; everyone else is refused.
      if (process.getuid?.() !== 0) expect(problem(path)).toMatch(/secret\.json: cannot read it \(EACCES\)/);
      chmodSync(path, 0o600);
      expect(problem(path)).toBeNull();
    });

    it('takes a set of several keys: the first signs, every one is published', () => {
      const second = { ...TEST_GATEWAY.privateJwk, kid: 'next' };
      const env = parseEnv(gatewayEnv, {
        JWT_SECRET: 's'.repeat(32),
        GATEWAY_SIGNING_KEYS_FILE: file('two.json', { keys: [TEST_GATEWAY.privateJwk, second] }),
      });
      expect(env.GATEWAY_SIGNING_KEYS_FILE.keys.map((k) => k.kid)).toEqual(['test-gateway-key', 'next']);
    });
  });
});
