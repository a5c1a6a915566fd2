import {
  artifactPath as artifactIn,
  dashboardSession,
  demoAccount,
  launchChromium,
  signInOnDashboard,
  submitSignInForm,
} from '@chung-tay/bench';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cspViolations } from '../csp-violations';
import { startTestHub, type TestHub } from '../hub-client';

/** Screenshots of the run (git-ignored). */
const artifactPath = (name: string) => artifactIn(resolve(__dirname, '..', '..', 'test-artifacts'), name);

// People sign in to the dashboard at the hub's development identity provider (OpenID Connect, code + PKCE) with a
// demo account's user name and password, in Debian's Chromium. Access lasts ACCESS_SECONDS so that running out of
// it, and renewing, happen within the test.
const ACCESS_SECONDS = 20;
let hub: TestHub;
let browser: Browser;
let base: string;
let issuerOrigin: string;

beforeAll(async () => {
  [hub, browser] = await Promise.all([
    startTestHub({ demoData: true, env: { IDENTITY_ACCESS_TOKEN_TTL: String(ACCESS_SECONDS) } }),
    launchChromium(),
  ]);
  base = hub.gatewayUrl.replace(/\/graphql$/, '');
  const settings = (await (await fetch(`${base}/dashboard/sign-in.json`)).json()) as { issuer: string };
  issuerOrigin = new URL(settings.issuer).origin;
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

/** A fresh browser profile: no provider cookie, no session. */
async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  return { context, page: await context.newPage() };
}

const text = (page: Page, selector: string) => page.textContent(selector).then((t) => t ?? '');

describe('signing in to the dashboard', () => {
  let context: BrowserContext;
  let page: Page;
  const visitedProvider: string[] = [];
  const refused: string[] = [];

  beforeAll(async () => {
    ({ context, page } = await freshPage());
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url().startsWith(issuerOrigin))
        visitedProvider.push(frame.url());
    });
    page.on('response', (response) => {
      if (response.status() === 401) refused.push(response.url());
    });
  });
  afterAll(() => context?.close());

  it('signs in with a user name and password on the provider’s Vietnamese page and shows that organisation', async () => {
    const account = demoAccount(hub.dataDir, 'labour-union.officer');
    await page.goto(`${base}/dashboard/#/lists`);
    expect((await text(page, '[data-testid="sign-in"]')).trim()).toBe('Đăng nhập');
    expect(await text(page, 'main')).not.toMatch(/token|jwt|mã truy cập/i);
    await page.click('[data-testid="sign-in"]');
    await page.waitForSelector('input[name="password"]');
    expect(page.url().startsWith(`${issuerOrigin}/`)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await text(page, 'body')).toContain('Mật khẩu');
    await submitSignInForm(page, account.username, account.password);

    await page.waitForSelector('[data-testid="identity"]');
    // Back on the page the person left from, with nothing of the provider's answer left in the address.
    expect(page.url()).toBe(`${base}/dashboard/#/lists`);
    expect(await page.getAttribute('[data-testid="identity"]', 'data-org')).toBe('labour-union');
    expect(await text(page, '[data-testid="person-name"]')).toBe(account.name);
    expect(await text(page, '[data-testid="person-org"]')).toBe('Liên đoàn Lao động');
    expect(await text(page, '[data-testid="person-roles"]')).toBe('Cán bộ nghiệp vụ');
    const session = (await dashboardSession(page))!;
    expect(await text(page, '[data-testid="session-until"]')).toMatch(/^Phiên đến \d{2}:\d{2}/);
    expect(Number(await page.getAttribute('[data-testid="session-until"]', 'data-expires-at'))).toBe(
      session.user.expires_at,
    );

    // The figures load with that session: the lists, then the area view of the person's province.
    await page.waitForSelector('[data-testid="list-overdue-loans"][data-state="ready"]', { timeout: 30_000 });
    await page.click('a[href="#/"]');
    await page.waitForSelector('[data-testid="area-view"][data-state="ready"][data-unit="75"]', {
      timeout: 30_000,
    });
    expect(await page.locator('[data-testid="area-view"] [data-figure]').count()).toBeGreaterThan(10);
    expect(await text(page, 'body')).not.toMatch(/token|jwt|mã truy cập/i);
    await page.screenshot({ path: artifactPath('sign-in-signed-in.png'), fullPage: true });
  });

  it('renews an expired session without asking to sign in again', async () => {
    const before = (await dashboardSession(page))!;
    visitedProvider.length = 0;
    refused.length = 0;
    // Past the end of the access the provider granted at sign-in.
    const wait = before.user.expires_at * 1000 - Date.now() + 2_000;
    await page.waitForTimeout(Math.max(wait, 0));
    await page.click('a[href="#/lists"]');
    await page.waitForSelector('[data-testid="list-pledges-in-arrears"][data-state="ready"]', {
      timeout: 30_000,
    });
    const after = (await dashboardSession(page))!;
    expect(after.user.access_token).not.toBe(before.user.access_token);
    expect(after.user.expires_at).toBeGreaterThan(before.user.expires_at);
    expect(after.user.expires_at * 1000).toBeGreaterThan(Date.now());
    expect(visitedProvider).toEqual([]);
    // Renewed before access ran out: the gateway never saw expired access.
    expect(refused).toEqual([]);
    expect(await page.locator('[data-testid="sign-in"]').count()).toBe(0);
  });

  it('renews once when the gateway refuses the session, then asks to sign in again with a notice', async () => {
    const tamper = (fields: Record<string, string>) =>
      page.evaluate(
        ([f]) => {
          const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'))!;
          sessionStorage.setItem(key, JSON.stringify({ ...JSON.parse(sessionStorage.getItem(key)!), ...f }));
        },
        [fields] as const,
      );
    // Access the gateway refuses (not expired as far as the page knows): renewed with the refresh token.
    await tamper({ access_token: 'refused' });
    await page.reload();
    await page.waitForSelector('[data-testid="list-pledges-in-arrears"][data-state="ready"]', {
      timeout: 30_000,
    });
    expect((await dashboardSession(page))!.user.access_token).not.toBe('refused');

    // Neither access nor renewal accepted: back to sign-in, told why, without technical words.
    await tamper({ access_token: 'refused', refresh_token: 'not-a-refresh' });
    await page.reload();
    await page.waitForSelector('[data-testid="sign-in"]', { timeout: 30_000 });
    expect(await text(page, 'main')).toContain('Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.');
    expect(await dashboardSession(page)).toBeNull();
  });
});

/** What the provider's token endpoint answers the dashboard's client for a refresh token. */
async function refresh(refreshToken: string): Promise<{ status: number; error?: string }> {
  const { issuer } = (await (await fetch(`${base}/dashboard/sign-in.json`)).json()) as { issuer: string };
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
    token_endpoint: string;
  };
  const answer = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: 'chung-tay-dashboard',
    }).toString(),
  });
  const body = (await answer.json()) as { error?: string };
  return { status: answer.status, error: body.error };
}

describe('signing out', () => {
  it('ends the session at the provider too: the next sign-in asks for the password again', async () => {
    const { context, page } = await freshPage();
    const account = demoAccount(hub.dataDir, 'womens-union.viewer');
    await signInOnDashboard(page, base, account);
    expect(await text(page, '[data-testid="person-org"]')).toBe('Hội Liên hiệp Phụ nữ');
    expect(await text(page, '[data-testid="sign-out"]')).toBe('Đăng xuất');

    const before = (await dashboardSession(page))!;
    await page.click('[data-testid="sign-out"]');
    // The provider asks to confirm (it will not end a session on a link another site could plant).
    await page.waitForURL((url) => url.origin === issuerOrigin);
    await page.click('button[name="logout"]');
    await page.waitForSelector('[data-testid="sign-in"]', { timeout: 30_000 });
    expect(page.url().startsWith(`${base}/dashboard/`)).toBe(true);
    expect(await dashboardSession(page)).toBeNull();
    // The session's refresh token died with it: a copy of it renews nothing.
    expect(await refresh(before.user.refresh_token!)).toMatchObject({ status: 400, error: 'invalid_grant' });

    await page.click('[data-testid="sign-in"]');
    await page.waitForURL((url) => url.origin === issuerOrigin);
    await page.waitForSelector('input[name="password"]');
    expect(await page.inputValue('input[name="password"]')).toBe('');
    await context.close();
  });
});

describe('a wrong password', () => {
  it('shows the provider’s message and signs nobody in', async () => {
    const { context, page } = await freshPage();
    const account = demoAccount(hub.dataDir, 'microfinance.officer');
    await page.goto(`${base}/dashboard/`);
    await page.click('[data-testid="sign-in"]');
    await submitSignInForm(page, account.username, `${account.password}x`);
    await page.waitForSelector('[role="alert"]');
    expect(await text(page, '[role="alert"]')).toBe(
      'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng thử lại.',
    );
    expect(page.url().startsWith(`${issuerOrigin}/`)).toBe(true);
    await page.goto(`${base}/dashboard/`);
    await page.waitForSelector('[data-testid="sign-in"]');
    expect(await dashboardSession(page)).toBeNull();
    await context.close();
  });
});

describe('the explorer', () => {
  it('sends nobody’s access when nobody is signed in, and links to the dashboard to sign in', async () => {
    const { context, page } = await freshPage();
    const refusedByPolicy = cspViolations(page);
    await page.goto(`${base}/graphql`);
    await page.waitForSelector('[data-testid="explorer-sign-in"]:not([hidden])');
    expect(await page.getAttribute('[data-testid="explorer-sign-in"] a', 'href')).toBe('/dashboard/');
    await page.waitForSelector('.graphiql-tab', { timeout: 30_000 });
    expect(refusedByPolicy).toEqual([]);
    await context.close();
  });
});
