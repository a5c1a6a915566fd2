import { ASSERTION_HEADER, issueAssertion, signToken, type AssertedCaller } from '@chung-tay/common';
import { TEST_AUTH, TEST_GATEWAY, testGatewayKey } from '@chung-tay/common/testing';
import { SignJWT } from 'jose';
import { COMMUNE, DONATE, openFund, useSubgraph } from './fixtures';

// A donation request as the gateway sends it (with its assertion for this subgraph and this body, a new jti),
// captured and sent again: the Front records the donation once.
const env = useSubgraph();
let fundId: string;

beforeAll(async () => {
  fundId = (await openFund(env, COMMUNE)).id;
});

const officer: AssertedCaller = {
  subject: 'front-officer-1',
  org: 'fatherland-front',
  units: ['75'],
  roles: ['officer'],
};

const donation = () =>
  JSON.stringify({
    query: DONATE,
    variables: {
      input: {
        fundId,
        amount: 2_000_000,
        date: '2024-05-01',
        donorKind: 'ENTERPRISE',
        donorName: 'Công ty A',
      },
    },
  });

const send = (headers: Record<string, string>, body: string) =>
  fetch(env.h.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  }).then(async (r) => ({
    status: r.status,
    ...((await r.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    }),
  }));

/** The exact request the gateway would send: headers and body, ready to be sent as often as an attacker likes. */
async function capturedDonation(assertedFor = 'fatherland-front', signer = TEST_GATEWAY.signer) {
  const body = donation();
  const assertion = await issueAssertion(signer, assertedFor, officer, {
    method: 'POST',
    path: '/graphql',
    body,
  });
  return () => send({ [ASSERTION_HEADER]: assertion }, body);
}

const refused = (message: string | RegExp) => ({
  status: 401,
  errors: [
    {
      message: typeof message === 'string' ? message : expect.stringMatching(message),
      extensions: { code: 'UNAUTHENTICATED' },
    },
  ],
});
const alreadyUsed = refused(
  "This request's assertion was already used: the gateway makes each one for one request; send a new request through the gateway",
);

describe('a captured gateway request', () => {
  it('records the donation once, and is refused when sent again', async () => {
    const before = await env.count('front_donation');
    const again = await capturedDonation();
    const first = await again();
    expect(first.errors).toBeUndefined();
    expect(await again()).toEqual(alreadyUsed);
    expect(await again()).toEqual(alreadyUsed);
    expect(await env.count('front_donation')).toBe(before + 1);
  });

  it('is answered once even when 12 copies arrive at the same moment', async () => {
    const before = await env.count('front_donation');
    const again = await capturedDonation();
    const answers = await Promise.all(Array.from({ length: 12 }, again));
    expect(answers.filter((a) => a.status === 200 && !a.errors)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 401)).toHaveLength(11);
    expect(await env.count('front_donation')).toBe(before + 1);
  });

  it('asserted for another subgraph is refused here and records nothing', async () => {
    const before = await env.count('front_donation');
    expect(await (await capturedDonation('labour-union'))()).toEqual(refused(/issued for another subgraph/));
    expect(await env.count('front_donation')).toBe(before);
  });

  it('with its body changed is refused and records nothing', async () => {
    const before = await env.count('front_donation');
    const body = donation();
    const assertion = await issueAssertion(TEST_GATEWAY.signer, 'fatherland-front', officer, {
      method: 'POST',
      path: '/graphql',
      body,
    });
    const bigger = body.replace('2000000', '9000000');
    expect(await send({ [ASSERTION_HEADER]: assertion }, bigger)).toEqual(
      refused(/issued for another request/),
    );
    expect(await env.count('front_donation')).toBe(before);
  });

  it('is not stored at all when its signature does not verify, so a flood of forgeries costs no memory', async () => {
    const before = await env.count('signed_request_id');
    const forged = await capturedDonation('fatherland-front', testGatewayKey().signer);
    for (let i = 0; i < 5; i++) expect(await forged()).toEqual(refused(/signature does not verify/));
    expect(await env.count('signed_request_id')).toBe(before);
  });
});

describe('a user token sent straight to the subgraph', () => {
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('is refused whatever signs it: the subgraph reads no Authorization header', async () => {
    const before = await env.count('front_donation');
    const body = donation();
    const hs256 = await signToken({ ...officer, roles: ['admin'] }, TEST_AUTH);
    // Signed by a key of the right kind, even the gateway's own: a token is not an assertion.
    const es256 = await new SignJWT({ org: 'fatherland-front', units: ['75'], roles: ['admin'] })
      .setProtectedHeader({ alg: 'ES256', kid: TEST_GATEWAY.signer.kid })
      .setSubject('someone')
      .setIssuer('chung-tay')
      .setAudience('chung-tay-hub')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(TEST_GATEWAY.signer.key);
    for (const token of [hs256, es256])
      expect(await send(bearer(token), body)).toEqual(refused(/answers only requests the gateway sends/));
    // Nor does it pass as an assertion.
    expect(await send({ [ASSERTION_HEADER]: es256 }, body)).toEqual(refused(/"typ" is not accepted/));
    expect(await send({ [ASSERTION_HEADER]: hs256 }, body)).toEqual(refused(/must be signed ES256/));
    expect(await env.count('front_donation')).toBe(before);
  });
});
