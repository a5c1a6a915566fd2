import { signRequest, SIGNATURE_HEADER } from '@chung-tay/common';
import { TEST_SIGNING_KEY } from '@chung-tay/common/testing';
import { COMMUNE, DONATE, openFund, useSubgraph } from './fixtures';

// A donation request as the gateway sends it (signed for this subgraph, with a new request id), captured and
// sent again: the Front records the donation once.
const env = useSubgraph();
let fundId: string;

beforeAll(async () => {
  fundId = (await openFund(env, COMMUNE)).id;
});

/** The exact request the gateway would send: headers and body, ready to be sent as often as an attacker likes. */
function capturedDonation(signedFor = 'fatherland-front') {
  const body = JSON.stringify({
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
  const authorization = `Bearer ${env.t.officer}`;
  const headers = {
    'content-type': 'application/json',
    authorization,
    ...signRequest(TEST_SIGNING_KEY, signedFor, { method: 'POST', path: '/graphql', body, authorization }),
  };
  return () =>
    fetch(env.h.url, { method: 'POST', headers, body }).then(async (r) => ({
      status: r.status,
      ...((await r.json()) as {
        data?: unknown;
        errors?: { message: string; extensions?: { code?: string } }[];
      }),
    }));
}

const alreadyUsed = {
  status: 401,
  errors: [
    {
      message:
        'This signed request was already used: the gateway signs each request for one use; send a new request through the gateway',
      extensions: { code: 'UNAUTHENTICATED' },
    },
  ],
};

describe('a captured signed request', () => {
  it('records the donation once, and is refused when sent again', async () => {
    const before = await env.count('front_donation');
    const send = capturedDonation();
    const first = await send();
    expect(first.errors).toBeUndefined();
    expect(await send()).toEqual(alreadyUsed);
    expect(await send()).toEqual(alreadyUsed);
    expect(await env.count('front_donation')).toBe(before + 1);
  });

  it('is answered once even when sent many times at the same moment', async () => {
    const before = await env.count('front_donation');
    const send = capturedDonation();
    const answers = await Promise.all(Array.from({ length: 6 }, send));
    expect(answers.filter((a) => a.status === 200 && !a.errors)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 401)).toHaveLength(5);
    expect(await env.count('front_donation')).toBe(before + 1);
  });

  it('signed for another subgraph is refused here and records nothing', async () => {
    const before = await env.count('front_donation');
    const answer = await capturedDonation('labour-union')();
    expect(answer).toMatchObject({
      status: 401,
      errors: [
        { message: expect.stringContaining('signed for the labour-union subgraph, not fatherland-front') },
      ],
    });
    expect(await env.count('front_donation')).toBe(before);
  });

  it('is not stored at all when its signature does not verify, so a flood of forgeries costs no memory', async () => {
    const before = await env.count('signed_request_id');
    const body = '{"query":"{ __typename }"}';
    const headers = signRequest(TEST_SIGNING_KEY, 'fatherland-front', {
      method: 'POST',
      path: '/graphql',
      body,
    });
    const signature = headers[SIGNATURE_HEADER]!;
    const forged = {
      ...headers,
      [SIGNATURE_HEADER]: signature.slice(0, -1) + (signature.endsWith('0') ? '1' : '0'),
    };
    for (let i = 0; i < 5; i++) {
      const res = await fetch(env.h.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...forged },
        body,
      });
      expect(res.status).toBe(401);
    }
    expect(await env.count('signed_request_id')).toBe(before);
  });
});
