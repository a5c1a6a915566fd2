import { exportSPKI, SignJWT } from 'jose';
import { createTokenVerifier, signToken, type TokenSettings } from '../auth/token';
import { startLocalIssuer, type LocalIssuer } from '../testing/local-issuer';

const SECRET = 's'.repeat(40);
const claims = { org: 'microfinance', units: ['75'], roles: ['officer'] };
const rejected = (message: string | RegExp) => ({
  message: typeof message === 'string' ? `Token rejected: ${message}` : expect.stringMatching(message),
  extensions: { code: 'UNAUTHENTICATED' },
});
const bearer = (jwt: string) => `Bearer ${jwt}`;
/** An HS256 token as `npm run token` makes it, with this issuer's iss so only the algorithm is at fault. */
const hs256 = (key: Uint8Array, iss = 'chung-tay') =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(iss)
    .setAudience('chung-tay-hub')
    .setSubject('someone')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);

let issuer: LocalIssuer;
let oidc: TokenSettings;
beforeAll(async () => {
  issuer = await startLocalIssuer(['ES256', 'RS256', 'EdDSA']);
  oidc = { OIDC_ISSUER: issuer.issuer, JWT_AUDIENCE: 'chung-tay-hub', NODE_ENV: 'production' };
});
afterAll(() => issuer.stop());

describe("tokens from an OpenID Connect issuer's published keys", () => {
  it.each(['es256-1', 'rs256-2', 'eddsa-3'])('accepts a token signed with %s', async (kid) => {
    const verify = createTokenVerifier(oidc);
    const token = await issuer.sign(
      { ...claims, sub: 'officer-7', name: 'Lê Văn Tám', client_id: 'app' },
      kid,
    );
    await expect(verify(bearer(token))).resolves.toEqual({
      subject: 'officer-7',
      org: 'microfinance',
      units: ['75'],
      roles: ['officer'],
      name: 'Lê Văn Tám',
      clientId: 'app',
    });
  });

  it('accepts keys from JWT_JWKS_URL with the issuer JWT_ISSUER', async () => {
    const verify = createTokenVerifier({
      JWT_JWKS_URL: issuer.jwksUrl,
      JWT_ISSUER: issuer.issuer,
      JWT_AUDIENCE: 'chung-tay-hub',
    });
    await expect(verify(bearer(await issuer.sign(claims)))).resolves.toMatchObject({ org: 'microfinance' });
  });

  it.each(['exp', 'sub', 'iss', 'aud'])('refuses a token without "%s", naming it', async (claim) => {
    const verify = createTokenVerifier(oidc);
    const token = await issuer.sign({ ...claims, [claim]: undefined });
    await expect(verify(bearer(token))).rejects.toMatchObject(
      rejected(new RegExp(`^Token rejected: the token has no "${claim}" claim`)),
    );
  });

  it('refuses another issuer or another audience', async () => {
    const verify = createTokenVerifier(oidc);
    await expect(
      verify(bearer(await issuer.sign({ ...claims, iss: 'http://evil.example' }))),
    ).rejects.toMatchObject(
      rejected(`the token's "iss" claim is not the issuer this hub trusts (${issuer.issuer})`),
    );
    await expect(verify(bearer(await issuer.sign({ ...claims, aud: 'another-app' })))).rejects.toMatchObject(
      rejected(`the token's "aud" claim does not name this hub (chung-tay-hub)`),
    );
  });

  it('keeps the lifetime and units-in-force rules', async () => {
    const verify = createTokenVerifier(oidc);
    const now = Math.floor(Date.now() / 1000);
    await expect(
      verify(bearer(await issuer.sign({ ...claims, iat: now, exp: now + 24 * 3600 }))),
    ).rejects.toMatchObject(rejected(/valid for 24 h from issue; .* at most 12 h/));
    await expect(verify(bearer(await issuer.sign({ ...claims, units: ['70'] })))).rejects.toMatchObject(
      rejected(/unit 70 was retired/),
    );
  });
});

describe('only access tokens: not ID tokens, refresh tokens or other JWTs the issuer signs for the hub', () => {
  const sendAccess = 'send the access token';

  it.each(['at+jwt', 'application/at+jwt', 'AT+JWT', 'JWT', undefined])(
    'accepts a token whose header says typ %s',
    async (typ) => {
      const token = await issuer.sign(claims, undefined, { typ });
      await expect(createTokenVerifier(oidc)(bearer(token))).resolves.toMatchObject({ org: 'microfinance' });
    },
  );

  it.each(['JOSE', 'logout+jwt', 'id_token+jwt'])('refuses a token whose header says typ %s', async (typ) => {
    const token = await issuer.sign(claims, undefined, { typ });
    await expect(createTokenVerifier(oidc)(bearer(token))).rejects.toMatchObject(
      rejected(`its type (header "typ" "${typ}") is not an access token's (at+jwt); ${sendAccess}`),
    );
  });

  it('refuses the ID and refresh tokens Keycloak marks in a "typ" claim, and accepts its "Bearer" ones', async () => {
    const verify = createTokenVerifier(oidc);
    const keycloak = (typ: string) => issuer.sign({ ...claims, typ }, undefined, { typ: 'JWT' });
    await expect(verify(bearer(await keycloak('Bearer')))).resolves.toMatchObject({ org: 'microfinance' });
    await expect(verify(bearer(await keycloak('ID')))).rejects.toMatchObject(
      rejected(`this is an ID token, not an access token; ${sendAccess}`),
    );
    await expect(verify(bearer(await keycloak('Refresh')))).rejects.toMatchObject(
      rejected(`this is a refresh token, not an access token; ${sendAccess}`),
    );
    await expect(verify(bearer(await keycloak('Logout')))).rejects.toMatchObject(
      rejected(`its "typ" claim is "Logout", not "Bearer": only access tokens are accepted; ${sendAccess}`),
    );
  });

  it.each(['at_hash', 'c_hash'])(
    'refuses a token carrying "%s", which only ID tokens carry',
    async (claim) => {
      const token = await issuer.sign({ ...claims, [claim]: 'n-0S6_WzA2Mj' }, undefined, { typ: 'JWT' });
      await expect(createTokenVerifier(oidc)(bearer(token))).rejects.toMatchObject(
        rejected(`this is an ID token, not an access token; ${sendAccess}`),
      );
    },
  );

  it('refuses a logout token (it carries "events") and names a "typ" claim that is not text, without failing', async () => {
    const verify = createTokenVerifier(oidc);
    const logout = await issuer.sign(
      { ...claims, events: { 'http://schemas.openid.net/event/backchannel-logout': {} } },
      undefined,
      { typ: 'JWT' },
    );
    await expect(verify(bearer(logout))).rejects.toMatchObject(
      rejected(`this is a logout or security event token, not an access token; ${sendAccess}`),
    );
    const odd = await issuer.sign({ ...claims, typ: { toString: 1 } }, undefined, { typ: 'JWT' });
    await expect(verify(bearer(odd))).rejects.toMatchObject(
      rejected(
        `its "typ" claim is {"toString":1}, not "Bearer": only access tokens are accepted; ${sendAccess}`,
      ),
    );
  });

  it("accepts an access token carrying a nonce, as Keycloak's before version 24 do", async () => {
    const token = await issuer.sign({ ...claims, typ: 'Bearer', nonce: 'n-0S6_WzA2Mj' }, undefined, {
      typ: 'JWT',
    });
    await expect(createTokenVerifier(oidc)(bearer(token))).resolves.toMatchObject({ org: claims.org });
  });

  it('keeps accepting development HS256 tokens (typ JWT) in development', async () => {
    const token = await signToken(
      { org: 'microfinance', units: ['75'], roles: ['officer'] },
      { JWT_SECRET: SECRET, JWT_AUDIENCE: 'chung-tay-hub' },
    );
    const development = createTokenVerifier({ JWT_SECRET: SECRET, JWT_AUDIENCE: 'chung-tay-hub' });
    await expect(development(bearer(token))).resolves.toMatchObject({ org: 'microfinance' });
  });
});

describe('HS256 and forged algorithms', () => {
  const secret = new TextEncoder().encode(SECRET);

  it('refuses HS256 in production even with JWT_SECRET set, and when only an issuer is configured', async () => {
    const production = createTokenVerifier({ ...oidc, JWT_SECRET: SECRET });
    await expect(production(bearer(await hs256(secret)))).rejects.toMatchObject(
      rejected('HS256 tokens are for development; in production tokens come from the identity provider'),
    );
    const onlyIssuer = createTokenVerifier({ ...oidc, NODE_ENV: 'development' });
    await expect(onlyIssuer(bearer(await hs256(secret)))).rejects.toMatchObject(
      rejected('HS256 tokens are not accepted: tokens come from the identity provider'),
    );
  });

  it('in development with both, the header picks the key: HS256 by the secret, ES256 by the issuer', async () => {
    const both = createTokenVerifier({ ...oidc, NODE_ENV: 'development', JWT_SECRET: SECRET });
    await expect(both(bearer(await hs256(secret)))).resolves.toMatchObject({ org: 'microfinance' });
    await expect(both(bearer(await issuer.sign(claims)))).resolves.toMatchObject({ org: 'microfinance' });
    // An HS256 token must carry the development issuer, not borrow the identity provider's.
    await expect(both(bearer(await hs256(secret, issuer.issuer)))).rejects.toMatchObject(
      rejected(/"iss" claim/),
    );
  });

  it('refuses an unsigned token (alg none)', async () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const none = `${part({ alg: 'none' })}.${part({ ...claims, iss: issuer.issuer, aud: 'chung-tay-hub', sub: 'x', exp: now + 60 })}.`;
    for (const settings of [oidc, { ...oidc, NODE_ENV: 'development', JWT_SECRET: SECRET }])
      await expect(createTokenVerifier(settings)(bearer(none))).rejects.toMatchObject(
        rejected(
          /^Token rejected: the token is signed with "none"; accepted: ES256, ES384, EdDSA, RS256, PS256/,
        ),
      );
  });

  it("refuses an HS256 token keyed with the issuer's public key (key confusion)", async () => {
    const rsa = issuer.keys[1]!; // the RSA key, the classic target
    const materials = [
      await exportSPKI(rsa.publicKey),
      JSON.stringify(rsa.publicJwk),
      String(rsa.publicJwk.n),
    ];
    for (const material of materials) {
      const forged = bearer(await hs256(new TextEncoder().encode(material), issuer.issuer));
      await expect(createTokenVerifier(oidc)(forged)).rejects.toMatchObject(
        rejected(/^Token rejected: HS256 tokens/),
      );
      await expect(createTokenVerifier({ ...oidc, NODE_ENV: 'development' })(forged)).rejects.toMatchObject(
        rejected('HS256 tokens are not accepted: tokens come from the identity provider'),
      );
      const development = createTokenVerifier({ ...oidc, NODE_ENV: 'development', JWT_SECRET: SECRET });
      await expect(development(forged)).rejects.toMatchObject(
        rejected('the token is malformed or its signature does not verify'),
      );
    }
  });

  it('refuses a token whose header claims another asymmetric algorithm than its key', async () => {
    const es = await issuer.sign(claims, 'es256-1');
    const [, payload, signature] = es.split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'es256-1' })).toString('base64url');
    await expect(
      createTokenVerifier(oidc)(bearer(`${header}.${payload}.${signature}`)),
    ).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe("the issuer's keys over time", () => {
  it('accepts a key the issuer publishes after the verifier read its key set, without a restart', async () => {
    const rotating = await startLocalIssuer(['ES256']);
    try {
      const verify = createTokenVerifier({ ...oidc, OIDC_ISSUER: rotating.issuer, jwksCooldownMs: 100 });
      await expect(verify(bearer(await rotating.sign(claims)))).resolves.toMatchObject({
        org: 'microfinance',
      });
      expect(rotating.state.jwksRequests).toBe(1);
      const kid = await rotating.addKey('ES256', 'es256-next');
      await new Promise((r) => setTimeout(r, 150));
      await expect(verify(bearer(await rotating.sign(claims, kid)))).resolves.toMatchObject({
        org: 'microfinance',
      });
      expect(rotating.state.jwksRequests).toBe(2);
      // The old key still verifies during the switch, from the set already read.
      await expect(verify(bearer(await rotating.sign(claims)))).resolves.toMatchObject({
        org: 'microfinance',
      });
      expect(rotating.state.jwksRequests).toBe(2);
    } finally {
      await rotating.stop();
    }
  });

  it('refuses a key the issuer does not publish, naming its kid', async () => {
    const stranger = await startLocalIssuer(['ES256']);
    try {
      const forged = await new SignJWT({ ...claims, iss: issuer.issuer, aud: 'chung-tay-hub', sub: 'x' })
        .setProtectedHeader({ alg: 'ES256', kid: 'es256-1-stolen' })
        .setExpirationTime('5m')
        .sign(stranger.keys[0]!.privateKey);
      await expect(createTokenVerifier(oidc)(bearer(forged))).rejects.toMatchObject(
        rejected(
          `the token's key (kid "es256-1-stolen") is not among the identity provider's published keys`,
        ),
      );
      // Same kid as a published key, but another key: the signature does not verify.
      const sameKid = await stranger.sign({ ...claims, iss: issuer.issuer }, 'es256-1');
      await expect(createTokenVerifier(oidc)(bearer(sameKid))).rejects.toMatchObject(
        rejected('the token is malformed or its signature does not verify'),
      );
    } finally {
      await stranger.stop();
    }
  });

  it('starts without the issuer, and reads its discovery document once it answers', async () => {
    const late = await startLocalIssuer(['ES256']);
    try {
      late.state.discoveryStatus = 503;
      const verify = createTokenVerifier({ ...oidc, OIDC_ISSUER: late.issuer });
      const token = bearer(await late.sign(claims));
      await expect(verify(token)).rejects.toMatchObject({
        message: `Token not verified: the identity provider's discovery document ${late.issuer}/.well-known/openid-configuration answered HTTP 503; try again shortly`,
        extensions: { code: 'UNAUTHENTICATED' },
      });
      late.state.discoveryStatus = 200;
      await expect(verify(token)).resolves.toMatchObject({ org: 'microfinance' });
    } finally {
      await late.stop();
    }
  });

  it('follows no redirect from the discovery document (it could lead to keys over plain HTTP elsewhere)', async () => {
    const [moved, elsewhere] = await Promise.all([startLocalIssuer(['ES256']), startLocalIssuer(['ES256'])]);
    try {
      // Elsewhere answers a document that would verify the token (it names the issuer and the issuer's own keys).
      moved.state.discoveryRedirect = `${elsewhere.issuer}/.well-known/openid-configuration`;
      elsewhere.state.claimedIssuer = moved.issuer;
      elsewhere.state.claimedJwksUri = `${moved.issuer}/jwks`;
      const verify = createTokenVerifier({ ...oidc, OIDC_ISSUER: moved.issuer });
      await expect(verify(bearer(await moved.sign(claims)))).rejects.toMatchObject({
        message: expect.stringMatching(
          /^Token not verified: the identity provider's discovery document .* could not be read/,
        ),
      });
    } finally {
      await Promise.all([moved.stop(), elsewhere.stop()]);
    }
  });

  it('says so, rather than failing inside, while the issuer or its keys cannot be reached', async () => {
    const gone = await startLocalIssuer(['ES256']);
    const token = bearer(await gone.sign(claims));
    await gone.stop();
    await expect(createTokenVerifier({ ...oidc, OIDC_ISSUER: gone.issuer })(token)).rejects.toMatchObject({
      message: expect.stringMatching(
        /^Token not verified: the identity provider's discovery document .* could not be read \(.*\); try again shortly$/,
      ),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const verify = createTokenVerifier({
      ...oidc,
      OIDC_ISSUER: undefined,
      JWT_JWKS_URL: gone.jwksUrl,
      JWT_ISSUER: gone.issuer,
    });
    await expect(verify(token)).rejects.toMatchObject(
      rejected("the identity provider's keys could not be fetched; try again shortly"),
    );
  });

  it('in production refuses a discovery document naming keys over plain http off this machine', async () => {
    const redirecting = await startLocalIssuer(['ES256']);
    try {
      redirecting.state.claimedJwksUri = 'http://keys.example.vn/jwks';
      const token = bearer(await redirecting.sign(claims));
      await expect(
        createTokenVerifier({ ...oidc, OIDC_ISSUER: redirecting.issuer })(token),
      ).rejects.toMatchObject({
        message:
          `Token not verified: the discovery document ${redirecting.issuer}/.well-known/openid-configuration names ` +
          'jwks_uri "http://keys.example.vn/jwks", which must be an https URL in production (or a loopback address): ' +
          'the keys every request is checked against must not be replaceable on the network',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(redirecting.state.jwksRequests).toBe(0);
      // Over loopback (npm start on one machine) the same document is followed.
      redirecting.state.claimedJwksUri = `http://localhost:${new URL(redirecting.issuer).port}/jwks`;
      await expect(
        createTokenVerifier({ ...oidc, OIDC_ISSUER: redirecting.issuer })(token),
      ).resolves.toMatchObject({ org: 'microfinance' });
    } finally {
      await redirecting.stop();
    }
  });

  it('is not built in production for an issuer or key set over plain http off this machine', () => {
    const rule = /must be an https URL in production \(or a loopback address\)/;
    expect(() => createTokenVerifier({ ...oidc, OIDC_ISSUER: 'http://id.example.vn/realms/hub' })).toThrow(
      rule,
    );
    expect(() =>
      createTokenVerifier({
        ...oidc,
        OIDC_ISSUER: undefined,
        JWT_JWKS_URL: 'http://id.example.vn/certs',
        JWT_ISSUER: 'http://id.example.vn',
      }),
    ).toThrow(rule);
    expect(() =>
      createTokenVerifier({ ...oidc, NODE_ENV: 'development', OIDC_ISSUER: 'http://id.example.vn' }),
    ).not.toThrow();
  });

  it('refuses every token while the discovery document names another issuer', async () => {
    const impostor = await startLocalIssuer(['ES256']);
    try {
      impostor.state.claimedIssuer = 'https://id.example.vn/realms/hub';
      const verify = createTokenVerifier({ ...oidc, OIDC_ISSUER: impostor.issuer });
      await expect(verify(bearer(await impostor.sign(claims)))).rejects.toMatchObject({
        message: expect.stringContaining(
          `says its issuer is "https://id.example.vn/realms/hub", not "${impostor.issuer}" (OIDC_ISSUER)`,
        ),
      });
      // Nor a token carrying the issuer the document names.
      await expect(
        verify(bearer(await impostor.sign({ ...claims, iss: 'https://id.example.vn/realms/hub' }))),
      ).rejects.toMatchObject({ message: expect.stringContaining('(OIDC_ISSUER)') });
    } finally {
      await impostor.stop();
    }
  });
});

describe("claims mapped from another issuer's tokens (Keycloak)", () => {
  const keycloak = {
    org: 'womens-union',
    units: '75 25222',
    realm_access: { roles: ['offline_access', 'uma_authorization', 'default-roles-chung-tay', 'viewer'] },
    resource_access: { 'chung-tay-hub': { roles: ['officer'] }, account: { roles: ['manage-account'] } },
    azp: 'chung-tay-dashboard',
    preferred_username: 'nguyen.thi.lan',
    name: 'Nguyễn Thị Lan',
    typ: 'Bearer',
  };

  it('reads client roles at resource_access.chung-tay-hub.roles and units given as one string', async () => {
    const verify = createTokenVerifier({ ...oidc, JWT_CLAIM_ROLES: 'resource_access.chung-tay-hub.roles' });
    await expect(verify(bearer(await issuer.sign({ ...keycloak, sub: 'f3a1' })))).resolves.toEqual({
      subject: 'f3a1',
      org: 'womens-union',
      units: ['75', '25222'],
      roles: ['officer'],
      name: 'Nguyễn Thị Lan',
      clientId: 'chung-tay-dashboard',
    });
  });

  it("reads realm roles, leaving out Keycloak's own, and comma-separated units", async () => {
    const verify = createTokenVerifier({ ...oidc, JWT_CLAIM_ROLES: 'realm_access.roles' });
    await expect(
      verify(bearer(await issuer.sign({ ...keycloak, units: '75,25222' }))),
    ).resolves.toMatchObject({
      units: ['75', '25222'],
      roles: ['viewer'],
    });
  });

  it('takes a one-organisation list as that organisation, and refuses two', async () => {
    const verify = createTokenVerifier({ ...oidc, JWT_CLAIM_ROLES: 'realm_access.roles' });
    await expect(
      verify(bearer(await issuer.sign({ ...keycloak, org: ['womens-union'] }))),
    ).resolves.toMatchObject({
      org: 'womens-union',
    });
    await expect(
      verify(bearer(await issuer.sign({ ...keycloak, org: ['womens-union', 'labour-union'] }))),
    ).rejects.toMatchObject(rejected('the "org" claim must name one organisation, not 2'));
  });

  it('reads organisation and units from nested or namespaced claims', async () => {
    const verify = createTokenVerifier({
      ...oidc,
      JWT_CLAIM_ORG: 'https://hub.example.vn/org',
      JWT_CLAIM_UNITS: 'attributes.units',
    });
    const token = await issuer.sign({
      'https://hub.example.vn/org': 'labour-union',
      attributes: { units: ['75'] },
      roles: ['admin'],
    });
    await expect(verify(bearer(token))).resolves.toMatchObject({
      org: 'labour-union',
      units: ['75'],
      roles: ['admin'],
    });
  });

  it('says which mapped claim is missing or wrong', async () => {
    const verify = createTokenVerifier({
      ...oidc,
      JWT_CLAIM_ROLES: 'resource_access.chung-tay-hub.roles',
      JWT_CLAIM_UNITS: 'unit_codes',
    });
    await expect(
      verify(bearer(await issuer.sign({ ...keycloak, unit_codes: '75', resource_access: {} }))),
    ).rejects.toMatchObject(
      rejected(
        'the token has no "resource_access.chung-tay-hub.roles" claim (JWT_CLAIM_ROLES): it must list viewer, officer or admin',
      ),
    );
    await expect(verify(bearer(await issuer.sign(keycloak)))).rejects.toMatchObject(
      rejected(
        'the token has no "unit_codes" claim (JWT_CLAIM_UNITS): it must list administrative unit codes',
      ),
    );
    await expect(
      verify(bearer(await issuer.sign({ ...keycloak, unit_codes: '75 ward-3' }))),
    ).rejects.toMatchObject(
      rejected('the "unit_codes" claim (JWT_CLAIM_UNITS) must list administrative unit codes'),
    );
    await expect(
      verify(
        bearer(
          await issuer.sign({
            ...keycloak,
            unit_codes: '75',
            resource_access: { 'chung-tay-hub': { roles: ['manager'] } },
          }),
        ),
      ),
    ).rejects.toMatchObject(
      rejected(
        'the "resource_access.chung-tay-hub.roles" claim (JWT_CLAIM_ROLES) must list viewer, officer or admin',
      ),
    );
    await expect(
      verify(bearer(await issuer.sign({ ...keycloak, org: undefined, unit_codes: '75' }))),
    ).rejects.toMatchObject(rejected(`the token has no "org" claim: it must name the caller's organisation`));
  });
});
