import * as oauth from 'oauth4webapi';
import { readIdentityData, type DemoAccount } from '../identity-data';
import { FAILURES_PER_ADDRESS, FAILURES_PER_USER } from '../sign-in-limits';
import { Browser } from './browser';
import {
  DASHBOARD_REDIRECT,
  removeDataDir,
  startIdentityProcess,
  tempDataDir,
  type IdentityProcess,
} from './identity-process';

// Its own provider process: the tests use up this address's failures, which would refuse other files' sign-ins.
let identity: IdentityProcess;
let accounts: DemoAccount[];
let failuresFromHere = 0;

beforeAll(async () => {
  identity = await startIdentityProcess(tempDataDir());
  accounts = readIdentityData(identity.dataDir).accounts;
});
afterAll(async () => {
  await identity?.stop();
  if (identity) removeDataDir(identity.dataDir);
});

const account = (username: string) => accounts.find((a) => a.username === username)!;

/** Opens the dashboard's sign-in and posts the form once, as a person would; the provider's answer. */
async function attempt(username: string, password: string) {
  const browser = new Browser();
  const url = new URL('/auth', identity.issuer);
  url.search = new URLSearchParams({
    client_id: 'chung-tay-dashboard',
    redirect_uri: DASHBOARD_REDIRECT,
    response_type: 'code',
    scope: 'openid profile',
    code_challenge: await oauth.calculatePKCECodeChallenge(oauth.generateRandomCodeVerifier()),
    code_challenge_method: 'S256',
  }).toString();
  const { url: formUrl, response } = await browser.follow(url, identity.issuer);
  const { action } = Browser.form(await response!.text());
  const posted = await browser.follow(new URL(action, formUrl), identity.issuer, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
  const signedIn = `${posted.url.origin}${posted.url.pathname}` === DASHBOARD_REDIRECT;
  const status = posted.response?.status;
  const page = posted.response ? await posted.response.text() : '';
  if (!signedIn && status === 200) failuresFromHere++;
  return { signedIn, status, page, retryAfter: posted.response?.headers.get('retry-after') };
}

const WRONG = 'Tên đăng nhập hoặc mật khẩu không đúng';
const WAIT =
  /Đã đăng nhập sai quá nhiều lần với tên đăng nhập này\. Vui lòng đợi (\d+) phút \(đến \d\d:\d\d\)/;

test(`after ${FAILURES_PER_USER} wrong passwords the user name is refused, right password or not, with when to try again`, async () => {
  const admin = account('labour-union.admin');
  for (let i = 0; i < FAILURES_PER_USER; i++) {
    const { signedIn, page } = await attempt(admin.username, `${admin.password}x${i}`);
    expect(signedIn).toBe(false);
    expect(page).toContain(WRONG);
  }
  const right = await attempt(admin.username, admin.password);
  const wrong = await attempt(admin.username, 'wrong');
  for (const refused of [right, wrong]) {
    expect(refused.signedIn).toBe(false);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(14 * 60);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(15 * 60);
    expect(refused.page).toMatch(WAIT);
    expect(Number(WAIT.exec(refused.page)![1])).toBe(15);
    expect(refused.page).not.toContain(WRONG);
  }
  // The same page whether the password was right or not (apart from the interaction's id).
  const strip = (page: string) => page.replace(/\/interaction\/[\w-]+\//, '');
  expect(strip(right.page)).toBe(strip(wrong.page));
  // Case and padding do not make a new count.
  expect((await attempt(' LABOUR-UNION.ADMIN', 'wrong')).status).toBe(429);
});

test('another user name from the same address still signs in', async () => {
  const officer = account('labour-union.officer');
  expect((await attempt(officer.username, officer.password)).signedIn).toBe(true);
});

test("a successful sign-in clears the user name's count", async () => {
  const viewer = account('fatherland-front.viewer');
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < FAILURES_PER_USER - 1; i++)
      expect((await attempt(viewer.username, 'wrong')).page).toContain(WRONG);
    expect((await attempt(viewer.username, viewer.password)).signedIn).toBe(true);
  }
});

test(`after ${FAILURES_PER_ADDRESS} failures from one address, every user name from it is refused`, async () => {
  expect(failuresFromHere).toBeLessThan(FAILURES_PER_ADDRESS);
  while (failuresFromHere < FAILURES_PER_ADDRESS)
    expect((await attempt(`no-such.person${failuresFromHere}`, 'guess')).page).toContain(WRONG);
  const officer = account('microfinance.officer');
  const refused = await attempt(officer.username, officer.password);
  expect(refused.signedIn).toBe(false);
  expect(refused.status).toBe(429);
  expect(refused.page).toContain('Đã đăng nhập sai quá nhiều lần với máy này. Vui lòng đợi');
});
