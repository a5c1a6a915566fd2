import { createHash, timingSafeEqual } from 'node:crypto';
import type { Account, FindAccount } from 'oidc-provider';
import type { DemoAccount } from './identity-data';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * The demo accounts by user name. Passwords are kept in clear in the data folder because the hub prints them on its
 * console (development only); they are compared as SHA-256 digests with timingSafeEqual, so the comparison takes
 * the same time whatever the password's length or the position of its first wrong character, and an unknown user
 * name is compared against a dummy so it takes as long as a known one.
 */
export class AccountStore {
  private readonly byName: Map<string, DemoAccount>;
  private readonly dummy = digest('no such account');

  constructor(accounts: DemoAccount[]) {
    this.byName = new Map(accounts.map((a) => [a.username, a]));
  }

  /** The account whose user name and password these are, or undefined (without saying which was wrong). */
  authenticate(username: string, password: string): DemoAccount | undefined {
    const account = this.byName.get(username);
    const matches = timingSafeEqual(digest(password), account ? digest(account.password) : this.dummy);
    return account && matches ? account : undefined;
  }

  get(username: string): DemoAccount | undefined {
    return this.byName.get(username);
  }

  /** The claims of the id token, userinfo and access token (extraTokenClaims) for an account. */
  static claims(account: DemoAccount) {
    return { name: account.name, org: account.org, units: account.units, roles: [account.role] };
  }

  /** oidc-provider's findAccount: the account id is the user name, which is also `sub`. */
  readonly findAccount: FindAccount = (_ctx, sub) => {
    const account = this.byName.get(sub);
    if (!account) return undefined;
    const found: Account = {
      accountId: sub,
      claims: () => ({ sub, ...AccountStore.claims(account) }),
    };
    return found;
  };
}
