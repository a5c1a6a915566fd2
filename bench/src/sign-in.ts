import { identityDataDir, readIdentityData, type DemoAccount } from '@chung-tay/identity';
import type { Page } from 'playwright-core';

/**
 * Signing in on the dashboard the way a person does — its "Đăng nhập" button, the development provider's
 * Vietnamese form, back to the dashboard — for the browser tests and the dashboard benchmark.
 */

/** The demo account `<org>.<role>` with the password the provider generated on the hub's first start. */
export function demoAccount(hubDataDir: string, username: string): DemoAccount {
  const account = readIdentityData(identityDataDir(hubDataDir)).accounts.find((a) => a.username === username);
  if (!account) throw new Error(`No demo account ${username} in ${identityDataDir(hubDataDir)}`);
  return account;
}

/** Fills and sends the provider's sign-in form; the page must be on it. */
export async function submitSignInForm(page: Page, username: string, password: string): Promise<void> {
  await page.waitForSelector('input[name="password"]', { timeout: 30_000 });
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
}

/**
 * Opens `<base>/dashboard/<route>`, presses "Đăng nhập" and signs in at the provider; resolves once the dashboard
 * shows who is signed in.
 */
export async function signInOnDashboard(
  page: Page,
  base: string,
  account: Pick<DemoAccount, 'username' | 'password'>,
  route = '',
): Promise<void> {
  await page.goto(`${base}/dashboard/${route}`);
  await page.click('[data-testid="sign-in"]');
  await submitSignInForm(page, account.username, account.password);
  await page.waitForSelector('[data-testid="identity"]', { timeout: 30_000 });
}

/** The dashboard's session in this tab, as oidc-client-ts keeps it (key `oidc.user:<issuer>:<client id>`). */
export async function dashboardSession(page: Page): Promise<{
  key: string;
  user: { access_token: string; refresh_token?: string; expires_at: number };
} | null> {
  return page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return key ? { key, user: JSON.parse(sessionStorage.getItem(key)!) } : null;
  });
}
