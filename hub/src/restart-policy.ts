/**
 * When the hub restarts a service that exited on its own, and when it gives up. A service that crashes once (the
 * gateway out of heap under one bad request, a subgraph killed by the system) comes back after a short pause; one
 * that crashes again and again (a port taken, a broken build, a database refusing it) must not be restarted
 * forever while the hub looks alive, so after `limit` restarts within `windowMs` the hub stops and says why.
 */
export interface RestartPolicy {
  /** Restarts allowed within the window; the next crash stops the hub. */
  limit: number;
  windowMs: number;
  /** The pause before the first restart; each further crash within the window doubles it, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  limit: 5,
  windowMs: 60_000,
  firstDelayMs: 500,
  maxDelayMs: 10_000,
};

export type RestartDecision =
  { restart: true; attempt: number; delayMs: number } | { restart: false; crashes: number };

/**
 * `crashTimes` are the moments the service exited on its own, the latest (now) included. Crashes older than the
 * window no longer count, so a service that ran for a while starts again from the first, shortest pause.
 */
export function decideRestart(
  crashTimes: readonly number[],
  now: number,
  policy: RestartPolicy,
): RestartDecision {
  const crashes = crashTimes.filter((t) => now - t < policy.windowMs).length;
  if (crashes > policy.limit) return { restart: false, crashes };
  const delayMs = Math.min(policy.firstDelayMs * 2 ** Math.max(crashes - 1, 0), policy.maxDelayMs);
  return { restart: true, attempt: Math.max(crashes, 1), delayMs };
}

/**
 * How a child process ended, in words an operator can act on. V8 aborts (SIGABRT, shell code 134) when its heap
 * is exhausted; the kernel's out-of-memory killer sends SIGKILL (137). Neither is certain, hence the question mark.
 */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal === 'SIGABRT') return 'exited with code 134 (SIGABRT: out of memory?)';
  if (signal === 'SIGKILL')
    return 'was killed with SIGKILL (code 137: the system out of memory, or killed by hand?)';
  if (signal) return `was killed with ${signal}`;
  if (code === 134) return 'exited with code 134 (out of memory?)';
  return `exited with code ${code}`;
}

/** "500 ms", "1 s", "2.5 s". */
export const formatDelay = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`);
