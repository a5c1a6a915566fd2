import { hmacSigningKey, signRequest } from '@chung-tay/common';
import { jwtSecretFor, signingSecretFor } from '@chung-tay/hub';
import { SignJWT } from 'jose';
import { Client } from 'pg';
import { startTestHub, type TestHub } from '../hub-client';

// The hub as `npm start` runs it. A donation request signed the way the gateway signs it (the gateway's signing
// functions, the hub's GATEWAY_SIGNING_SECRET), as someone who captured it between the gateway and the Fatherland
// Front would hold it, sent again straight to the subgraph or to another organisation's subgraph. And tokens
// without an expiry or a subject, or valid for a month, at the gateway.

let hub: TestHub;
let front: string;
let fundId: string;
let frontDb: Client;

beforeAll(async () => {
  hub = await startTestHub();
  front = await hub.token({ org: 'fatherland-front', units: ['75'], roles: ['officer'] });
  const fund = await hub.query(
    `mutation { openFrontFund(input: { unitCode: "25222", name: "Quỹ Vì người nghèo xã Bù Gia Mập", openedOn: "2025-01-01" }) { id } }`,
    {},
    front,
  );
  fundId = fund.data!.openFrontFund.id;
  frontDb = new Client({ connectionString: hub.databaseUrls['fatherland-front'] });
  await frontDb.connect();
}, 120_000);
afterAll(async () => {
  await frontDb?.end();
  await hub?.close();
});

const donations = async () =>
  Number((await frontDb.query('SELECT count(*) AS n FROM front_donation')).rows[0].n);

/** The subgraph request the gateway makes for one recordFrontDonation, headers and body as sent. */
function capturedDonation() {
  const body = JSON.stringify({
    query: `mutation($input: RecordFrontDonationInput!) { recordFrontDonation(input: $input) { id } }`,
    variables: {
      input: {
        fundId,
        donorKind: 'ENTERPRISE',
        donorName: 'Công ty CP Cao su Phú Riềng',
        amount: 10_000_000,
        date: '2025-10-20',
      },
    },
  });
  const authorization = `Bearer ${front}`;
  const key = hmacSigningKey(signingSecretFor(hub.dataDir));
  const headers = {
    'content-type': 'application/json',
    authorization,
    ...signRequest(key, 'fatherland-front', { method: 'POST', path: '/graphql', body, authorization }),
  };
  return (subgraph = 'fatherland-front') =>
    fetch(hub.subgraphUrls[subgraph]!, { method: 'POST', headers, body }).then(async (r) => ({
      status: r.status,
      ...((await r.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] }),
    }));
}

describe('a signed subgraph request', () => {
  it('is answered once: sent again to the Fatherland Front it is refused and records nothing more', async () => {
    const before = await donations();
    const send = capturedDonation();
    const first = await send();
    expect(first.errors).toBeUndefined();
    expect(first.data.recordFrontDonation.id).toEqual(expect.any(String));
    for (let i = 0; i < 2; i++) {
      const again = await send();
      expect(again.status).toBe(401);
      expect(again.errors?.[0]).toMatchObject({
        message: expect.stringContaining('This signed request was already used'),
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    expect(await donations()).toBe(before + 1);
  });

  it("is refused by every other organisation's subgraph", async () => {
    const before = await donations();
    const send = capturedDonation();
    for (const other of ['labour-union', 'people-committee', 'womens-union', 'microfinance']) {
      const answer = await send(other);
      expect(answer.status).toBe(401);
      expect(answer.errors?.[0]?.message).toBe(
        `This request was signed for the fatherland-front subgraph, not ${other}; it is refused here`,
      );
    }
    expect(await donations()).toBe(before);
  });

  it('sent through the gateway twice records two donations: each is signed anew', async () => {
    const before = await donations();
    for (let i = 0; i < 2; i++) {
      const res = await hub.query(
        `mutation($f: ID!) { recordFrontDonation(input: { fundId: $f, donorKind: INDIVIDUAL, donorName: "Nguyễn Văn A",
          amount: 100000, date: "2025-10-21" }) { id } }`,
        { f: fundId },
        front,
      );
      expect(res.errors).toBeUndefined();
    }
    expect(await donations()).toBe(before + 2);
  });
});

describe('tokens at the gateway', () => {
  const now = Math.floor(Date.now() / 1000);
  /** A token signed with the hub's own secret, with only the claims given. */
  const token = (claims: { sub?: string; iat?: number; exp?: number }) =>
    new SignJWT({ org: 'labour-union', units: ['75'], roles: ['viewer'], ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('chung-tay')
      .setAudience('chung-tay-hub')
      .sign(new TextEncoder().encode(jwtSecretFor(hub.dataDir)));
  const ask = async (claims: { sub?: string; iat?: number; exp?: number }) =>
    hub.query(`{ povertyStandards { code } }`, {}, await token(claims));

  it.each([
    [
      'no expiry',
      { sub: 'lu-viewer', iat: now },
      'the token has no "exp" claim: every token must say when it expires',
    ],
    [
      'no subject',
      { iat: now, exp: now + 3600 },
      'the token has no "sub" claim: every token must say who it was issued to',
    ],
    [
      'a 30-day lifetime',
      { sub: 'lu-viewer', iat: now, exp: now + 30 * 86_400 },
      'the token is valid for 720 h from issue; this hub accepts tokens valid for at most 12 h (JWT_MAX_LIFETIME)',
    ],
  ])('refuses a token with %s with 401 and says why', async (_label, claims, reason) => {
    const res = await ask(claims);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]).toMatchObject({
      message: `Token rejected: ${reason}`,
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('accepts the same token with a subject and a lifetime of a working day', async () => {
    const res = await ask({ sub: 'lu-viewer', iat: now, exp: now + 8 * 3600 });
    expect(res.errors).toBeUndefined();
  });
});
