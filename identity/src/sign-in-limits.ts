import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

/** How long failed sign-ins are remembered: one fixed window from the first failure (OWASP's usual 15 minutes). */
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
/** Failures for one user name in a window before that name is refused until the window ends. */
export const FAILURES_PER_USER = 5;
/**
 * Failures from one client address in a window, whatever the user names: without it one address could try a
 * password against every user name in turn and never reach any name's limit.
 */
export const FAILURES_PER_ADDRESS = 20;

/** Why a sign-in is refused before its password is even looked at, and until when. */
export interface SignInBlock {
  reason: 'user' | 'address';
  until: Date;
}

/** User names are matched as typed, but counted without case or padding, so `Admin ` does not get its own count. */
const userKey = (username: string) => username.trim().toLowerCase().slice(0, 200);

const blockFrom = (res: RateLimiterRes | null, limit: number): number =>
  res && res.consumedPoints >= limit ? res.msBeforeNext : 0;

/**
 * Counts failed sign-ins per user name and per client address (the socket's address: the development provider is
 * reached directly, and a forwarded-for header would let a client pick its own address).
 *
 * rate-limiter-flexible's in-memory limiter is enough here: this provider runs as one process on one machine for
 * development, and its sessions are in memory too, so a restart forgetting the counts loses nothing that matters.
 * A production issuer keeps such counts in its own shared store.
 */
export class SignInLimits {
  private readonly byUser = new RateLimiterMemory({
    keyPrefix: 'sign-in-user',
    points: FAILURES_PER_USER,
    duration: SIGN_IN_WINDOW_SECONDS,
  });
  private readonly byAddress = new RateLimiterMemory({
    keyPrefix: 'sign-in-address',
    points: FAILURES_PER_ADDRESS,
    duration: SIGN_IN_WINDOW_SECONDS,
  });

  /** The block on this attempt, if any; checked before the password, so a refusal never says whether it was right. */
  async blocked(username: string, address: string): Promise<SignInBlock | undefined> {
    const [user, client] = await Promise.all([
      this.byUser.get(userKey(username)),
      this.byAddress.get(address),
    ]);
    const userMs = blockFrom(user, FAILURES_PER_USER);
    const addressMs = blockFrom(client, FAILURES_PER_ADDRESS);
    if (!userMs && !addressMs) return undefined;
    return {
      reason: userMs >= addressMs ? 'user' : 'address',
      until: new Date(Date.now() + Math.max(userMs, addressMs)),
    };
  }

  /** Counts a failure against the user name and the address (penalty, unlike consume, never rejects). */
  async failed(username: string, address: string): Promise<void> {
    await Promise.all([this.byUser.penalty(userKey(username)), this.byAddress.penalty(address)]);
  }

  /** A successful sign-in clears the user name's count; the address's stays, so a valid account can't reset it. */
  async succeeded(username: string): Promise<void> {
    await this.byUser.delete(userKey(username));
  }
}
