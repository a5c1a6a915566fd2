import { SignJWT } from 'jose';
import { createTokenVerifier, signToken } from '../auth/token';
import { parseEnv, authEnvShape } from '../env';
import { z } from 'zod';

const settings = { JWT_SECRET: 'x'.repeat(40), JWT_ISSUER: 'chung-tay', JWT_AUDIENCE: 'chung-tay-hub' };
const verify = createTokenVerifier(settings);
const key = new TextEncoder().encode(settings.JWT_SECRET);

describe('token verification', () => {
  it('turns a valid token into the caller', async () => {
    const token = await signToken(
      { org: 'womens-union', units: ['75001'.slice(0, 2)], roles: ['viewer'] },
      settings,
    );
    await expect(verify(`Bearer ${token}`)).resolves.toEqual({
      subject: 'womens-union-viewer',
      org: 'womens-union',
      units: ['75'],
      roles: ['viewer'],
    });
  });

  it.each([
    ['no header', undefined, /Sign in first/],
    ['an expired token', 'expired', /expired/],
    ['another issuer', 'issuer', /iss/],
    ['another secret', 'secret', /signature/],
    ['an unknown organisation', 'org', /"org" claim/],
  ])('refuses %s', async (_label, kind, message) => {
    let header: string | undefined;
    if (kind) {
      const claims = { org: kind === 'org' ? 'bank' : 'labour-union', units: ['75'], roles: ['viewer'] };
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(kind === 'issuer' ? 'someone-else' : settings.JWT_ISSUER)
        .setAudience(settings.JWT_AUDIENCE)
        .setSubject('someone')
        .setExpirationTime(kind === 'expired' ? Math.floor(Date.now() / 1000) - 60 : '1h');
      header = `Bearer ${await jwt.sign(kind === 'secret' ? new TextEncoder().encode('y'.repeat(40)) : key)}`;
    }
    await expect(verify(header)).rejects.toMatchObject({
      message: expect.stringMatching(message),
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('token subject and lifetime', () => {
  const now = Math.floor(Date.now() / 1000);
  const HOUR = 3600;
  /** A token as any issuer might make it: only the claims given. */
  const raw = (claims: { sub?: string; iat?: number; exp?: number }) =>
    new SignJWT({ org: 'labour-union', units: ['75'], roles: ['viewer'], ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(settings.JWT_ISSUER)
      .setAudience(settings.JWT_AUDIENCE)
      .sign(key)
      .then((jwt) => `Bearer ${jwt}`);
  const refusal = (message: string) => ({
    message: `Token rejected: ${message}`,
    extensions: { code: 'UNAUTHENTICATED' },
  });

  it('refuses a token without "exp", naming the claim', async () => {
    await expect(verify(await raw({ sub: 'a', iat: now }))).rejects.toMatchObject(
      refusal('the token has no "exp" claim: every token must say when it expires'),
    );
  });

  it('refuses a token without "sub", or with an empty one, naming the claim', async () => {
    await expect(verify(await raw({ iat: now, exp: now + HOUR }))).rejects.toMatchObject(
      refusal('the token has no "sub" claim: every token must say who it was issued to'),
    );
    await expect(verify(await raw({ sub: ' ', iat: now, exp: now + HOUR }))).rejects.toMatchObject(
      refusal('the "sub" claim must name who the token was issued to'),
    );
  });

  it('refuses a token valid for longer than 12 h, from issue or, without "iat", from now', async () => {
    await expect(verify(await raw({ sub: 'a', iat: now, exp: now + 30 * 24 * HOUR }))).rejects.toMatchObject(
      refusal(
        'the token is valid for 720 h from issue; this hub accepts tokens valid for at most 12 h (JWT_MAX_LIFETIME)',
      ),
    );
    await expect(verify(await raw({ sub: 'a', exp: now + 13 * HOUR }))).rejects.toMatchObject({
      message: expect.stringMatching(/valid for 13 h from now; .* at most 12 h/),
    });
    await expect(verify(await raw({ sub: 'a', iat: now, exp: now + 12 * HOUR + 1 }))).rejects.toMatchObject({
      message: expect.stringMatching(/at most 12 h/),
    });
    await expect(
      verify(await raw({ sub: 'a', iat: now - 60, exp: now + 12 * HOUR - 60 })),
    ).resolves.toMatchObject({
      subject: 'a',
    });
  });

  it('refuses a token "issued" in the future to hide a long lifetime', async () => {
    await expect(
      verify(await raw({ sub: 'a', iat: now + 29 * 24 * HOUR, exp: now + 30 * 24 * HOUR })),
    ).rejects.toMatchObject(refusal('the token was issued in the future'));
  });

  it('takes its longest lifetime from JWT_MAX_LIFETIME', async () => {
    const env = parseEnv(z.object(authEnvShape), { JWT_MAX_LIFETIME: '90m' });
    expect(env.JWT_MAX_LIFETIME).toBe(5400);
    expect(parseEnv(z.object(authEnvShape), {}).JWT_MAX_LIFETIME).toBe(12 * HOUR);
    expect(() => parseEnv(z.object(authEnvShape), { JWT_MAX_LIFETIME: 'forever' })).toThrow(
      /JWT_MAX_LIFETIME: must be a span such as 12h/,
    );
    const strict = createTokenVerifier({ ...settings, JWT_MAX_LIFETIME: env.JWT_MAX_LIFETIME });
    await expect(strict(await raw({ sub: 'a', iat: now, exp: now + 2 * HOUR }))).rejects.toMatchObject({
      message: expect.stringMatching(/valid for 2 h from issue; .* at most 1.5 h/),
    });
  });

  it('issues 12 h tokens by default and refuses to issue longer ones', async () => {
    const request = { org: 'womens-union' as const, units: ['75'], roles: ['viewer' as const] };
    await expect(verify(`Bearer ${await signToken(request, settings)}`)).resolves.toMatchObject({
      org: 'womens-union',
    });
    await expect(signToken({ ...request, expiresIn: '7d' }, settings)).rejects.toThrow(
      'expiresIn 7d: a token may be valid for at most 12 h (JWT_MAX_LIFETIME)',
    );
    await expect(signToken({ ...request, expiresIn: 'soon' }, settings)).rejects.toThrow(/give a span/);
    // With a shorter JWT_MAX_LIFETIME, tokens are issued for that long by default.
    const hourly = await signToken(request, { ...settings, JWT_MAX_LIFETIME: HOUR });
    const claims = JSON.parse(Buffer.from(hourly.split('.')[1]!, 'base64url').toString()) as {
      iat: number;
      exp: number;
    };
    expect(claims.exp - claims.iat).toBe(HOUR);
  });
});
