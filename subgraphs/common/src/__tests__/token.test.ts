import { SignJWT } from 'jose';
import { createTokenVerifier, signToken } from '../auth/token';

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
        .setExpirationTime(kind === 'expired' ? Math.floor(Date.now() / 1000) - 60 : '1h');
      header = `Bearer ${await jwt.sign(kind === 'secret' ? new TextEncoder().encode('y'.repeat(40)) : key)}`;
    }
    await expect(verify(header)).rejects.toMatchObject({
      message: expect.stringMatching(message),
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
