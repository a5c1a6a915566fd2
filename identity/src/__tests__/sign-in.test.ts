import * as oauth from 'oauth4webapi';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { readIdentityData, type DemoAccount } from '../identity-data';
import { Browser } from './browser';
import {
  DASHBOARD_REDIRECT,
  removeDataDir,
  startIdentityProcess,
  tempDataDir,
  type IdentityProcess,
} from './identity-process';

const insecure = { [oauth.allowInsecureRequests]: true };
const dashboard: oauth.Client = { client_id: 'chung-tay-dashboard' };
let identity: IdentityProcess;
let as: oauth.AuthorizationServer;
let officer: DemoAccount;

beforeAll(async () => {
  identity = await startIdentityProcess(tempDataDir());
  const issuer = new URL(identity.issuer);
  as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, insecure));
  officer = readIdentityData(identity.dataDir).accounts.find((a) => a.username === 'womens-union.officer')!;
});
afterAll(async () => {
  await identity?.stop();
  if (identity) removeDataDir(identity.dataDir);
});

/** The dashboard's sign-in up to the provider's form: the authorization request with PKCE (S256). */
async function openSignIn(browser: Browser, extra: Record<string, string> = {}) {
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: dashboard.client_id,
    redirect_uri: DASHBOARD_REDIRECT,
    response_type: 'code',
    scope: 'openid profile',
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    ...extra,
  }).toString();
  const { url: formUrl, response } = await browser.follow(url, identity.issuer);
  expect(response!.status).toBe(200);
  return { verifier, state, formUrl, html: await response!.text() };
}

/** Posts the Vietnamese sign-in form as a person would. */
async function submit(browser: Browser, formUrl: URL, html: string, username: string, password: string) {
  const { action } = Browser.form(html);
  return browser.follow(new URL(action, formUrl), identity.issuer, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
}

/** Signs in with a user name and password and exchanges the code: the dashboard's whole sign-in. */
async function signIn(browser: Browser, account: DemoAccount, resource?: string) {
  const { verifier, state, formUrl, html } = await openSignIn(browser, resource ? { resource } : {});
  const { url: callback } = await submit(browser, formUrl, html, account.username, account.password);
  expect(`${callback.origin}${callback.pathname}`).toBe(DASHBOARD_REDIRECT);
  const params = oauth.validateAuthResponse(as, dashboard, callback, state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    dashboard,
    oauth.None(),
    params,
    DASHBOARD_REDIRECT,
    verifier,
    { ...insecure, additionalParameters: resource ? { resource } : {} },
  );
  return oauth.processAuthorizationCodeResponse(as, dashboard, response);
}

const verifyAccessToken = (token: string) =>
  jwtVerify(token, createRemoteJWKSet(new URL(as.jwks_uri!)), {
    issuer: identity.issuer,
    audience: 'chung-tay-hub',
    typ: 'at+jwt',
    algorithms: ['ES256'],
    requiredClaims: ['sub', 'exp', 'iat', 'jti'],
  });

test('the discovery document names the issuer on its bound port, S256 PKCE, ES256 and the endpoints', async () => {
  expect(identity.issuer).toMatch(/^http:\/\/localhost:\d+$/);
  expect(identity.issuer).not.toBe('http://localhost:4010');
  expect(as).toMatchObject({
    issuer: identity.issuer,
    code_challenge_methods_supported: ['S256'],
    id_token_signing_alg_values_supported: ['ES256'],
    response_types_supported: ['code'],
    end_session_endpoint: `${identity.issuer}/session/end`,
    jwks_uri: `${identity.issuer}/jwks`,
  });
  expect(as.grant_types_supported).toEqual(
    expect.arrayContaining(['authorization_code', 'refresh_token', 'client_credentials']),
  );
  const { keys } = (await (await fetch(as.jwks_uri!)).json()) as { keys: Record<string, string>[] };
  expect(keys.length).toBeGreaterThan(0);
  for (const key of keys) {
    expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(key.kid).toBeTruthy();
    expect(key.d).toBeUndefined();
  }
});

test('the sign-in page is Vietnamese, a real form, and loads nothing from elsewhere', async () => {
  const { html } = await openSignIn(new Browser());
  expect(html).toContain('<html lang="vi">');
  expect(html).toContain('Tên đăng nhập');
  expect(html).toContain('Mật khẩu');
  expect(html).toContain('>Đăng nhập</button>');
  expect(html).toMatch(/<form method="post" action="\/interaction\/[\w-]+\/login"/);
  expect(html).not.toMatch(/<script|https?:\/\//);
});

test('a person signs in with user name and password (code + PKCE) and gets an ES256 access token for the hub with their organisation, units and roles', async () => {
  // As the dashboard asks (its sign-in.json names the resource); without it the same resource is the default.
  const tokens = await signIn(new Browser(), officer, 'urn:chung-tay:hub');
  const { payload, protectedHeader } = await verifyAccessToken(tokens.access_token);
  expect(protectedHeader).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
  expect(protectedHeader.kid).toBeTruthy();
  expect(payload).toMatchObject({
    iss: identity.issuer,
    aud: 'chung-tay-hub',
    sub: 'womens-union.officer',
    org: 'womens-union',
    units: ['75'],
    roles: ['officer'],
    name: 'Cán bộ nghiệp vụ — Hội Liên hiệp Phụ nữ',
    client_id: 'chung-tay-dashboard',
  });
  expect(payload.exp! - payload.iat!).toBe(600);
  // The id token tells the dashboard who signed in, without a call to userinfo.
  expect(oauth.getValidatedIdTokenClaims(tokens)).toMatchObject({
    sub: 'womens-union.officer',
    name: 'Cán bộ nghiệp vụ — Hội Liên hiệp Phụ nữ',
    org: 'womens-union',
    roles: ['officer'],
  });
  expect(decodeProtectedHeader(tokens.id_token!).alg).toBe('ES256');
});

test('a wrong password shows the form again with a Vietnamese message that does not say which part was wrong, and no code', async () => {
  const browser = new Browser();
  const { formUrl, html } = await openSignIn(browser);
  for (const [username, password] of [
    [officer.username, `${officer.password}x`],
    ['no-such.person', officer.password],
  ] as const) {
    const { url, response } = await submit(browser, formUrl, html, username, password);
    expect(url.origin).toBe(identity.issuer);
    expect(response!.status).toBe(200);
    expect(response!.headers.get('location')).toBeNull();
    const page = await response!.text();
    expect(page).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(page).toContain('>Đăng nhập</button>');
    expect(page).not.toContain('code=');
  }
});

test('a user name with markup is shown back escaped', async () => {
  const browser = new Browser();
  const { formUrl, html } = await openSignIn(browser);
  const { response } = await submit(browser, formUrl, html, '"><script>alert(1)</script>', 'x');
  const page = await response!.text();
  expect(page).not.toContain('<script>');
  expect(page).toContain('&quot;&gt;&lt;script&gt;');
});

test('PKCE is required: an authorization request without a code challenge is refused', async () => {
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: dashboard.client_id,
    redirect_uri: DASHBOARD_REDIRECT,
    response_type: 'code',
    scope: 'openid profile',
  }).toString();
  const { url: back } = await new Browser().follow(url, identity.issuer);
  expect(back.searchParams.get('error')).toBe('invalid_request');
  expect(back.searchParams.get('code')).toBeNull();
});

test('a resource other than the hub is refused', async () => {
  const browser = new Browser();
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: dashboard.client_id,
    redirect_uri: DASHBOARD_REDIRECT,
    response_type: 'code',
    scope: 'openid profile',
    code_challenge: await oauth.calculatePKCECodeChallenge(oauth.generateRandomCodeVerifier()),
    code_challenge_method: 'S256',
    resource: 'https://elsewhere.example/',
  }).toString();
  const { url: back } = await browser.follow(url, identity.issuer);
  expect(back.searchParams.get('error')).toBe('invalid_target');
});

test('the refresh token gives a new access token and is rotated (the used one is refused)', async () => {
  const first = await signIn(new Browser(), officer);
  expect(first.refresh_token).toBeTruthy();
  const renewed = await oauth.processRefreshTokenResponse(
    as,
    dashboard,
    await oauth.refreshTokenGrantRequest(as, dashboard, oauth.None(), first.refresh_token!, insecure),
  );
  const { payload } = await verifyAccessToken(renewed.access_token);
  expect(payload).toMatchObject({ sub: officer.username, org: 'womens-union', roles: ['officer'] });
  expect(renewed.access_token).not.toBe(first.access_token);
  expect(renewed.refresh_token).toBeTruthy();
  expect(renewed.refresh_token).not.toBe(first.refresh_token);

  const reused = await oauth.refreshTokenGrantRequest(
    as,
    dashboard,
    oauth.None(),
    first.refresh_token!,
    insecure,
  );
  await expect(oauth.processRefreshTokenResponse(as, dashboard, reused)).rejects.toMatchObject({
    error: 'invalid_grant',
  });
});

test('signing out asks in Vietnamese, ends the session and its refresh token, and returns to the dashboard', async () => {
  const browser = new Browser();
  const tokens = await signIn(browser, officer);
  const url = new URL(as.end_session_endpoint!);
  url.search = new URLSearchParams({
    id_token_hint: tokens.id_token!,
    post_logout_redirect_uri: DASHBOARD_REDIRECT,
  }).toString();
  const { response } = await browser.follow(url, identity.issuer);
  const html = await response!.text();
  expect(html).toContain('Đăng xuất khỏi Chung Tay?');
  const { action, fields } = Browser.form(html);
  const { url: back } = await browser.follow(new URL(action, url), identity.issuer, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, logout: 'yes' }).toString(),
  });
  expect(back.href).toBe(DASHBOARD_REDIRECT);

  const renew = await oauth.refreshTokenGrantRequest(
    as,
    dashboard,
    oauth.None(),
    tokens.refresh_token!,
    insecure,
  );
  await expect(oauth.processRefreshTokenResponse(as, dashboard, renew)).rejects.toMatchObject({
    error: 'invalid_grant',
  });
});
