import {
  checkRequestSignature,
  hmacSigningKey,
  REQUEST_ID_HEADER,
  SIGNATURE_HEADER,
  SUBGRAPH_HEADER,
  signRequest,
  type RequestSigningKey,
} from '../auth/request-signature';

const key = hmacSigningKey('s'.repeat(40));
const parts = {
  method: 'POST',
  path: '/graphql',
  body: '{"query":"{ _service { sdl } }"}',
  authorization: 'Bearer abc',
};
const now = Date.parse('2026-11-23T10:00:00Z');
const FF = 'fatherland-front';

const problem = (
  headers: Record<string, string>,
  over: Partial<typeof parts> = {},
  at = now,
  subgraph = FF,
) => {
  const check = checkRequestSignature(key, subgraph, headers, { ...parts, ...over }, at);
  return check.ok ? null : check.problem;
};

describe('gateway request signatures', () => {
  it('accept a request signed for this subgraph, and say which id to remember until when', () => {
    const headers = signRequest(key, FF, parts, now);
    expect(checkRequestSignature(key, FF, headers, parts, now + 5_000)).toEqual({
      ok: true,
      request: { requestId: headers[REQUEST_ID_HEADER], signedUntil: now / 1000 + 300 },
    });
  });

  it('give every request a new random id', () => {
    const ids = Array.from({ length: 50 }, () => signRequest(key, FF, parts, now)[REQUEST_ID_HEADER]);
    expect(new Set(ids).size).toBe(50);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("refuse a signature made for another subgraph, whatever the request's subgraph header says", () => {
    const forLabour = signRequest(key, 'labour-union', parts, now);
    expect(problem(forLabour)).toBe(
      'This request was signed for the labour-union subgraph, not fatherland-front; it is refused here',
    );
    // Relabelled as ours, the signature no longer matches: the name is part of what was signed.
    expect(problem({ ...forLabour, [SUBGRAPH_HEADER]: FF })).toMatch(/does not match/);
  });

  it('refuse a tampered, missing or malformed request id', () => {
    const headers = signRequest(key, FF, parts, now);
    const other = signRequest(key, FF, parts, now)[REQUEST_ID_HEADER]!;
    expect(problem({ ...headers, [REQUEST_ID_HEADER]: other })).toMatch(/does not match/);
    const { [REQUEST_ID_HEADER]: _, ...withoutId } = headers;
    expect(problem(withoutId)).toMatch(/must name its subgraph .* and request/);
    expect(problem({ ...headers, [REQUEST_ID_HEADER]: headers[REQUEST_ID_HEADER]!.toUpperCase() })).toMatch(
      /lower-case UUID/,
    );
    expect(problem({ ...headers, [REQUEST_ID_HEADER]: "1' OR '1'='1" })).toMatch(/lower-case UUID/);
  });

  it('refuse unsigned, tampered, re-targeted, re-tokened, foreign, stale and other-scheme requests', () => {
    const headers = signRequest(key, FF, parts, now);
    expect(problem({})).toMatch(/send your request to the gateway/);
    expect(problem(headers, { body: parts.body.replace('sdl', 'sdl ') })).toMatch(/does not match/);
    expect(problem(headers, { path: '/other' })).toMatch(/does not match/);
    expect(problem(headers, { method: 'GET' })).toMatch(/does not match/);
    expect(problem(headers, { authorization: 'Bearer xyz' })).toMatch(/does not match/);
    expect(problem(signRequest(hmacSigningKey('t'.repeat(40)), FF, parts, now))).toMatch(/does not match/);
    expect(problem(headers, {}, now + 301_000)).toMatch(/too old/);
    expect(problem(headers, {}, now - 301_000)).toMatch(/too old/);
    const signature = headers[SIGNATURE_HEADER]!;
    expect(problem({ ...headers, [SIGNATURE_HEADER]: signature.replace('hmac-sha256=', 'v1=') })).toMatch(
      /must be "hmac-sha256=…"/,
    );
    expect(problem({ ...headers, [SIGNATURE_HEADER]: signature.replace('hmac-sha256=', '') })).toMatch(
      /must be "hmac-sha256=…"/,
    );
  });

  it('take any signing primitive: the payload and the checks stay the same', () => {
    // A stand-in for an asymmetric scheme: signs with one function, verifies with another.
    const reversed: RequestSigningKey = {
      scheme: 'test-reverse',
      sign: (payload) => Buffer.from([...payload].reverse().join('')).toString('base64'),
      verify: (payload, signature) => signature === reversed.sign(payload),
    };
    const headers = signRequest(reversed, FF, parts, now);
    expect(headers[SIGNATURE_HEADER]).toMatch(/^test-reverse=/);
    expect(checkRequestSignature(reversed, FF, headers, parts, now).ok).toBe(true);
    expect(checkRequestSignature(reversed, 'microfinance', headers, parts, now).ok).toBe(false);
    expect(checkRequestSignature(key, FF, headers, parts, now).ok).toBe(false);
  });
});
