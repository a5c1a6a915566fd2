import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type IssuerAlgorithm = 'ES256' | 'RS256' | 'EdDSA';

interface SigningKey {
  kid: string;
  alg: IssuerAlgorithm;
  privateKey: KeyLike;
  publicKey: KeyLike;
  publicJwk: Record<string, unknown>;
}

/**
 * A small OpenID Connect issuer over real HTTP for tests: a discovery document and a JWKS of keys generated with
 * jose. Keys can be added while it runs (rotation); discovery can be made to fail or to name another issuer or key set.
 */
export async function startLocalIssuer(algorithms: IssuerAlgorithm[] = ['ES256']) {
  const keys: SigningKey[] = [];
  const state = {
    discoveryStatus: 200,
    claimedIssuer: undefined as string | undefined,
    /** The jwks_uri the discovery document names, when not this issuer's own. */
    claimedJwksUri: undefined as string | undefined,
    jwksRequests: 0,
    /** When set, the discovery document answers 302 to this address instead. */
    discoveryRedirect: undefined as string | undefined,
  };
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration' && state.discoveryRedirect) {
      res.writeHead(302, { location: state.discoveryRedirect }).end();
    } else if (req.url === '/.well-known/openid-configuration') {
      res.statusCode = state.discoveryStatus;
      res.end(
        JSON.stringify({
          issuer: state.claimedIssuer ?? issuer,
          jwks_uri: state.claimedJwksUri ?? `${issuer}/jwks`,
        }),
      );
    } else if (req.url === '/jwks') {
      state.jwksRequests += 1;
      res.end(JSON.stringify({ keys: keys.map((k) => k.publicJwk) }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Publishes a new key in the JWKS and returns its kid. */
  const addKey = async (alg: IssuerAlgorithm, kid = `${alg.toLowerCase()}-${keys.length + 1}`) => {
    const pair = await generateKeyPair(alg, alg === 'EdDSA' ? { crv: 'Ed25519' } : {});
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid, alg, use: 'sig' };
    keys.push({ kid, alg, privateKey: pair.privateKey, publicKey: pair.publicKey, publicJwk });
    return kid;
  };
  for (const alg of algorithms) await addKey(alg);

  /**
   * A token as this issuer makes it (iss, aud chung-tay-hub, sub, iat, exp in 5 min) with `claims` over those; a
   * claim given as undefined is left out. Its header says `typ: at+jwt` (RFC 9068) unless `typ` says otherwise
   * (undefined: no typ).
   */
  const sign = (
    claims: JWTPayload & Record<string, unknown>,
    kid = keys[0]!.kid,
    header: { typ?: string } = { typ: 'at+jwt' },
  ) => {
    const key = keys.find((k) => k.kid === kid)!;
    const now = Math.floor(Date.now() / 1000);
    const payload: Record<string, unknown> = {
      iss: issuer,
      aud: 'chung-tay-hub',
      sub: 'someone',
      iat: now,
      exp: now + 300,
      ...claims,
    };
    for (const [name, value] of Object.entries(payload)) if (value === undefined) delete payload[name];
    return new SignJWT(payload).setProtectedHeader({ alg: key.alg, kid, ...header }).sign(key.privateKey);
  };

  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    keys,
    state,
    addKey,
    sign,
    stop: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type LocalIssuer = Awaited<ReturnType<typeof startLocalIssuer>>;
