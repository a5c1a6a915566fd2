import { decideRestart, describeExit, formatDelay, type RestartPolicy } from '../restart-policy';

const POLICY: RestartPolicy = { limit: 5, windowMs: 60_000, firstDelayMs: 500, maxDelayMs: 10_000 };
const T = 1_000_000;

describe('decideRestart', () => {
  it('doubles the pause with each crash within the window: 0.5, 1, 2, 4, 8 s, then gives up', () => {
    const crashes: number[] = [];
    const decisions = [0, 1, 2, 3, 4, 5].map((i) => {
      crashes.push(T + i * 1000);
      return decideRestart(crashes, T + i * 1000, POLICY);
    });
    expect(decisions).toEqual([
      { restart: true, attempt: 1, delayMs: 500 },
      { restart: true, attempt: 2, delayMs: 1000 },
      { restart: true, attempt: 3, delayMs: 2000 },
      { restart: true, attempt: 4, delayMs: 4000 },
      { restart: true, attempt: 5, delayMs: 8000 },
      { restart: false, crashes: 6 },
    ]);
  });

  it('forgets crashes older than the window', () => {
    const old = [T, T + 1000, T + 2000, T + 3000, T + 4000];
    const now = T + 4000 + 60_000;
    expect(decideRestart([...old, now], now, POLICY)).toEqual({ restart: true, attempt: 1, delayMs: 500 });
    // One still inside the window counts.
    expect(decideRestart([...old, now], now - 1, POLICY)).toEqual({
      restart: true,
      attempt: 2,
      delayMs: 1000,
    });
  });

  it('caps the pause', () => {
    const many = { ...POLICY, limit: 20 };
    const crashes = Array.from({ length: 10 }, (_, i) => T + i);
    expect(decideRestart(crashes, T + 9, many)).toEqual({ restart: true, attempt: 10, delayMs: 10_000 });
  });

  it('with a limit of 0 never restarts', () => {
    expect(decideRestart([T], T, { ...POLICY, limit: 0 })).toEqual({ restart: false, crashes: 1 });
  });
});

describe('describeExit', () => {
  it('names the code or signal, and the likely out-of-memory cases', () => {
    expect(describeExit(1, null)).toBe('exited with code 1');
    expect(describeExit(134, null)).toBe('exited with code 134 (out of memory?)');
    expect(describeExit(null, 'SIGABRT')).toBe('exited with code 134 (SIGABRT: out of memory?)');
    expect(describeExit(null, 'SIGKILL')).toBe(
      'was killed with SIGKILL (code 137: the system out of memory, or killed by hand?)',
    );
    expect(describeExit(null, 'SIGSEGV')).toBe('was killed with SIGSEGV');
  });
});

describe('formatDelay', () => {
  it('says milliseconds below a second, else seconds', () => {
    expect([500, 1000, 2500, 8000].map(formatDelay)).toEqual(['500 ms', '1 s', '2.5 s', '8 s']);
  });
});
