import { ORGANISATIONS, ROLES } from '@chung-tay/common';
import { AccountStore } from '../accounts';
import { escapeHtml } from '../pages';
import { loadOrCreateIdentityData } from '../provision';
import { removeDataDir, tempDataDir } from './identity-process';

const account = {
  username: 'labour-union.admin',
  password: 'correct-horse-battery',
  org: 'labour-union' as const,
  role: 'admin' as const,
  units: ['75'],
  name: 'Quản trị viên — Liên đoàn Lao động',
};

test('the store knows an account by its exact user name and password only', () => {
  const store = new AccountStore([account]);
  expect(store.authenticate('labour-union.admin', 'correct-horse-battery')).toBe(account);
  for (const [user, password] of [
    ['labour-union.admin', 'correct-horse-batter'],
    ['labour-union.admin', 'correct-horse-battery '],
    ['labour-union.admin', ''],
    ['Labour-union.admin', 'correct-horse-battery'],
    ['labour-union.officer', 'correct-horse-battery'],
    ['', ''],
  ])
    expect(store.authenticate(user!, password!)).toBeUndefined();
});

test("an account's claims: name, organisation, units and its one role", () => {
  expect(AccountStore.claims(account)).toEqual({
    name: 'Quản trị viên — Liên đoàn Lao động',
    org: 'labour-union',
    units: ['75'],
    roles: ['admin'],
  });
});

test('HTML escaping covers the five characters that can break out of text or an attribute', () => {
  expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
  );
});

test('first start makes an account per organisation × role with its own password; an added one is kept', async () => {
  const dir = tempDataDir();
  try {
    const data = await loadOrCreateIdentityData(dir, '75');
    expect(data.accounts).toHaveLength(ORGANISATIONS.length * ROLES.length);
    expect(new Set(data.accounts.map((a) => a.password)).size).toBe(data.accounts.length);
    expect(data.accounts.find((a) => a.username === 'people-committee.viewer')).toMatchObject({
      org: 'people-committee',
      role: 'viewer',
      units: ['75'],
      name: 'Người xem — Ủy ban nhân dân',
    });
    expect(data.signingKeys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    expect(data.signingKeys[0]!.kid).toBeTruthy();
    const again = await loadOrCreateIdentityData(dir, '80');
    expect(again).toEqual(data);
  } finally {
    removeDataDir(dir);
  }
});
