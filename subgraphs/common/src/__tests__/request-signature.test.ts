import { checkRequestSignature, signRequest } from '../auth/request-signature';

const secret = 's'.repeat(40);
const parts = {
  method: 'POST',
  path: '/graphql',
  body: '{"query":"{ _service { sdl } }"}',
  authorization: 'Bearer abc',
};
const now = Date.parse('2026-11-23T10:00:00Z');

describe('gateway request signatures', () => {
  it('accept a request signed with the shared secret', () => {
    expect(checkRequestSignature(secret, signRequest(secret, parts, now), parts, now + 5_000)).toBeNull();
  });

  it('refuse unsigned, tampered, re-targeted, re-tokened, foreign and stale requests', () => {
    const headers = signRequest(secret, parts, now);
    expect(checkRequestSignature(secret, {}, parts, now)).toMatch(/send your request to the gateway/);
    expect(
      checkRequestSignature(secret, headers, { ...parts, body: parts.body.replace('sdl', 'sdl ') }, now),
    ).toMatch(/does not match/);
    expect(checkRequestSignature(secret, headers, { ...parts, path: '/other' }, now)).toMatch(
      /does not match/,
    );
    expect(checkRequestSignature(secret, headers, { ...parts, authorization: 'Bearer xyz' }, now)).toMatch(
      /does not match/,
    );
    expect(checkRequestSignature('t'.repeat(40), headers, parts, now)).toMatch(/does not match/);
    expect(checkRequestSignature(secret, headers, parts, now + 301_000)).toMatch(/too old/);
  });
});
