import { readFileSync, statSync } from 'node:fs';
import { SUBGRAPHS } from '@chung-tay/common';
import { readIdentityData, toolClientId } from '@chung-tay/identity';
import { join } from 'node:path';
import { gatewayKeysFileFor, jwtSecretFor } from '@chung-tay/hub';
import type { AssertedCaller } from '@chung-tay/common';
import { generateKeyPair, SignJWT } from 'jose';
import { Client } from 'pg';
import { startTestHub, type TestHub } from '../hub-client';

// The hub as `npm start` runs it. A donation request carrying an assertion made with the gateway's own key (read
// from the data folder, as someone who captured a request between the gateway and the Fatherland Front would hold
// it) sent again straight to the subgraph or to another organisation's subgraph; a caller's token sent straight
// to a subgraph; the audit log naming the real user. And tokens without an expiry or a subject, or valid for a
// month, at the gateway.

let hub: TestHub;
let front: string;
let fundId: string;
let frontDb: Client;
const officer: AssertedCaller = {
  subject: 'front.officer.le-thi-hoa',
  org: 'fatherland-front',
  units: ['75'],
  roles: ['officer'],
};

beforeAll(async () => {
  hub = await startTestHub();
  front = await hub.token(officer);
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

const DONATE = `mutation($input: RecordFrontDonationInput!) { recordFrontDonation(input: $input) { id } }`;
const donation = (donorName: string) => ({
  input: { fundId, donorKind: 'ENTERPRISE', donorName, amount: 10_000_000, date: '2025-10-20' },
});

/** The subgraph request the gateway makes for one recordFrontDonation, assertion and body as sent. */
const capturedDonation = () =>
  hub.asGateway('fatherland-front', officer, DONATE, donation('Công ty CP Cao su Phú Riềng'));

describe("the gateway's keys", () => {
  it('are generated into the data folder for the gateway alone, and only their public half is published', async () => {
    const file = gatewayKeysFileFor(hub.dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const [own] = (JSON.parse(readFileSync(file, 'utf8')) as { keys: { kid: string; d?: string }[] }).keys;
    expect(own!.d).toEqual(expect.any(String));
    const published = (await (await fetch(new URL('/.well-known/jwks.json', hub.gatewayUrl))).json()) as {
      keys: Record<string, unknown>[];
    };
    expect(published.keys).toEqual([expect.objectContaining({ kid: own!.kid, kty: 'EC', crv: 'P-256' })]);
    expect(published.keys[0]).not.toHaveProperty('d');
  });
});

describe('what each service is given', () => {
  /** The environment a service's process was started with, as its operator would read it. */
  const environmentOf = (service: string) =>
    new Map(
      readFileSync(`/proc/${hub.pids[service]}/environ`, 'utf8')
        .split('\0')
        .filter(Boolean)
        .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)] as const),
    );
  const SECRET = /SECRET|KEY|PASSWORD|DATABASE_URL/;

  it('shares no secret between two services, and gives no subgraph a token secret or a private key', () => {
    const services = ['gateway', 'identity', ...SUBGRAPHS.map((s) => s.name)];
    expect(Object.keys(hub.pids).sort()).toEqual([...services].sort());
    const secrets = new Map(
      services.map((service) => [
        service,
        new Map([...environmentOf(service)].filter(([name, value]) => SECRET.test(name) && value !== '')),
      ]),
    );
    for (const s of SUBGRAPHS) {
      const own = secrets.get(s.name)!;
      // Its own database and disclosure key, and where the gateway's PUBLIC keys are: nothing else.
      expect([...own.keys()].sort()).toEqual(['DISCLOSURE_KEY', `${s.envPrefix}_DATABASE_URL`]);
      expect(environmentOf(s.name).get('GATEWAY_JWKS_URL')).toMatch(/\/\.well-known\/jwks\.json$/);
    }
    for (const [a, ofA] of secrets)
      for (const [b, ofB] of secrets)
        if (a < b)
          for (const value of ofA.values())
            expect({ [`${a} and ${b} share`]: [...ofB.values()].includes(value) }).toEqual({
              [`${a} and ${b} share`]: false,
            });
  });
});

describe('a captured subgraph request', () => {
  it('is answered once: sent again to the Fatherland Front it is refused and records nothing more', async () => {
    const before = await donations();
    const { send } = await capturedDonation();
    const first = await send();
    expect(first.errors).toBeUndefined();
    expect(first.data.recordFrontDonation.id).toEqual(expect.any(String));
    for (let i = 0; i < 2; i++) {
      const again = await send();
      expect(again.status).toBe(401);
      expect(again.errors?.[0]).toMatchObject({
        message: expect.stringContaining("This request's assertion was already used"),
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    expect(await donations()).toBe(before + 1);
  });

  it("is refused by every other organisation's subgraph", async () => {
    const before = await donations();
    const { send } = await capturedDonation();
    for (const other of ['labour-union', 'people-committee', 'womens-union', 'microfinance']) {
      const answer = await send(other);
      expect(answer.status).toBe(401);
      expect(answer.errors?.[0]?.message).toBe(
        "The gateway's assertion is refused: it was issued for another subgraph",
      );
    }
    expect(await donations()).toBe(before);
  });

  it('sent through the gateway twice records two donations: each carries a new assertion', async () => {
    const before = await donations();
    for (let i = 0; i < 2; i++) {
      const res = await hub.query(DONATE, donation('Nguyễn Văn A'), front);
      expect(res.errors).toBeUndefined();
    }
    expect(await donations()).toBe(before + 2);
  });
});

describe('a caller token sent straight to a subgraph', () => {
  it('is refused, whoever signed it, and records nothing', async () => {
    const before = await donations();
    const body = JSON.stringify({ query: DONATE, variables: donation('Công ty B') });
    // A genuine token of the hub's (HS256), and an ES256 one: neither is the gateway's assertion.
    const { privateKey } = await generateKeyPair('ES256');
    const es256 = await new SignJWT({ org: 'fatherland-front', units: ['75'], roles: ['admin'] })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('someone')
      .setIssuer('chung-tay')
      .setAudience('chung-tay-hub')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    const { send } = await capturedDonation();
    for (const token of [front, es256]) {
      const res = await fetch(hub.subgraphUrls['fatherland-front']!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
        'This subgraph answers only requests the gateway sends; send your request to the gateway',
      );
    }
    // Sent as the assertion, a token is refused for what it is.
    const asAssertion = await send('fatherland-front', { 'x-chung-tay-assertion': front });
    expect(asAssertion).toMatchObject({
      status: 401,
      errors: [{ message: expect.stringMatching(/must be signed ES256/) }],
    });
    expect(await donations()).toBe(before);
  });
});

describe('the audit log', () => {
  it('names the real user behind a change made through the gateway', async () => {
    const res = await hub.query(DONATE, donation('Hợp tác xã C'), front);
    expect(res.errors).toBeUndefined();
    const id = res.data!.recordFrontDonation.id as string;
    const { rows } = await frontDb.query(
      `SELECT subject, organisation, roles, kind FROM audit_entry WHERE $1 = ANY(record_ids) AND kind = 'WRITE'`,
      [id],
    );
    expect(rows).toEqual([
      { subject: officer.subject, organisation: 'fatherland-front', roles: ['officer'], kind: 'WRITE' },
    ]);
  });
});

describe("an organisation's program", () => {
  /** A program's token from the hub's identity provider: client credentials, its id and secret as HTTP Basic. */
  const clientCredentials = (clientId: string, secret: string) =>
    fetch(new URL('token', `${hub.identityUrl}/`), {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
  const tools = () => readIdentityData(join(hub.dataDir, 'identity')).toolClients;

  it('gets its own token from the identity provider and is named in the audit log for what it records', async () => {
    const tool = tools().find((t) => t.org === 'fatherland-front')!;
    expect(tool.clientId).toBe(toolClientId('fatherland-front'));
    const answer = await clientCredentials(tool.clientId, tool.secret);
    expect(answer.status).toBe(200);
    const { access_token: access } = (await answer.json()) as { access_token: string };
    const res = await hub.query(DONATE, donation('Công ty D'), access);
    expect(res.errors).toBeUndefined();
    const { rows } = await frontDb.query(
      `SELECT subject, organisation, roles FROM audit_entry WHERE $1 = ANY(record_ids) AND kind = 'WRITE'`,
      [res.data!.recordFrontDonation.id],
    );
    expect(rows).toEqual([{ subject: tool.clientId, organisation: 'fatherland-front', roles: ['officer'] }]);
    // Its token is the gateway's to check: sent straight to the Front's subgraph it is refused.
    const straight = await fetch(hub.subgraphUrls['fatherland-front']!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${access}` },
      body: JSON.stringify({ query: DONATE, variables: donation('Công ty E') }),
    });
    expect(straight.status).toBe(401);
  });

  it("cannot get a token with another organisation's secret", async () => {
    const [front, union] = ['fatherland-front', 'labour-union'].map((org) =>
      tools().find((t) => t.org === org)!,
    );
    const answer = await clientCredentials(front!.clientId, union!.secret);
    expect(answer.status).toBe(401);
    expect(await answer.json()).toMatchObject({ error: 'invalid_client' });
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
