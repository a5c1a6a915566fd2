import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { controlHub, hubPids } from '../hub-control';
import { forkHub, stopService, type Service } from '../launcher';

// A hub without demo data, as `npm start` runs it, with a short restart pause and a small crash limit.
const RESTART_ENV = { HUB_RESTART_DELAY_MS: '1000', HUB_RESTART_LIMIT: '3', HUB_RESTART_WINDOW_MS: '60000' };

let hub: Service;
let gatewayUrl: string;
let subgraphUrls: Record<string, string>;
let consoleText = '';
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

// One data folder for the file: the second hub finds its databases migrated and starts faster.
const dataDir = mkdtempSync(join(tmpdir(), 'chung-tay-supervisor-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined>, seconds = 90): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`${what} not within ${seconds} s; the hub said:\n${consoleText}`);
    await sleep(100);
  }
}

const healthz = () =>
  fetch(gatewayUrl.replace(/\/graphql$/, '/healthz'), { signal: AbortSignal.timeout(2000) }).then(
    (r) => r.status,
  );

const readyz = async () => {
  const response = await fetch(gatewayUrl.replace(/\/graphql$/, '/readyz'), {
    signal: AbortSignal.timeout(5000),
  });
  const body = (await response.json()) as { status: string; subgraphs: Record<string, { status: string }> };
  const states = Object.fromEntries(Object.entries(body.subgraphs).map(([name, s]) => [name, s.status]));
  return { status: response.status, body: body.status, states };
};

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Holds a port so that a service restarted on it fails at every start, as with a port taken by another program. */
async function occupy(port: number, host: string): Promise<Server> {
  return until(`port ${port} free`, () => {
    const server = createServer();
    return new Promise<Server | undefined>((resolve) => {
      server.once('error', () => resolve(undefined));
      server.listen(port, host, () => resolve(server));
    });
  });
}

describe('the hub supervises its services', () => {
  beforeAll(async () => {
    const forked = forkHub(dataDir, { demoData: false, env: RESTART_ENV });
    hub = forked.service;
    hub.child.stdout!.on('data', (chunk: Buffer) => (consoleText += chunk.toString()));
    hub.child.stderr!.on('data', (chunk: Buffer) => (consoleText += chunk.toString()));
    exited = new Promise((resolve) => hub.child.once('exit', (code, signal) => resolve({ code, signal })));
    const ready = await forked.ready;
    gatewayUrl = ready.url;
    subgraphUrls = ready.subgraphUrls as Record<string, string>;
  }, 300_000);
  afterAll(() => hub && stopService(hub));

  it('restarts a gateway killed with SIGKILL on the same port and says so', async () => {
    const before = await hubPids(hub.child);
    expect(Object.keys(before).sort()).toEqual(['gateway', 'identity', ...Object.keys(subgraphUrls)].sort());
    expect(await healthz()).toBe(200);
    process.kill(before.gateway!, 'SIGKILL');
    await until('the gateway port closed', async () =>
      (await healthz().catch(() => 0)) === 0 ? true : undefined,
    );
    await until('the gateway answering again', async () => ((await healthz()) === 200 ? true : undefined));

    expect(consoleText).toContain(
      '[hub] gateway was killed with SIGKILL (code 137: the system out of memory, or killed by hand?); ' +
        'restarting in 1 s (attempt 1 of 3)',
    );
    // The hub hears the gateway's ready message (and says so) a moment after the port opens.
    await until('the hub saying the gateway is back', async () =>
      /\[hub\] gateway is back \(http:\/\/[^)]+, process \d+\)/.test(consoleText) ? true : undefined,
    );
    const after = await hubPids(hub.child);
    expect(after.gateway).not.toBe(before.gateway);
    expect(isAlive(after.gateway!)).toBe(true);
    // The subgraphs were left alone.
    for (const name of Object.keys(subgraphUrls)) expect(after[name]).toBe(before[name]);
  }, 120_000);

  it('restarts a killed subgraph; GET /readyz says it is restarting meanwhile, then ready', async () => {
    const pid = (await hubPids(hub.child))['labour-union']!;
    expect((await readyz()).status).toBe(200);
    process.kill(pid, 'SIGKILL');
    const meanwhile = await until('readyz naming labour-union restarting', async () => {
      const r = await readyz();
      return r.states['labour-union'] === 'restarting' ? r : undefined;
    });
    expect(meanwhile).toMatchObject({ status: 503, body: 'degraded' });
    expect(Object.entries(meanwhile.states).filter(([, s]) => s !== 'ready')).toEqual([
      ['labour-union', 'restarting'],
    ]);
    const back = await until('readyz ready again', async () => {
      const r = await readyz();
      return r.status === 200 ? r : undefined;
    });
    expect(back.body).toBe('ready');
    expect(consoleText).toContain('[hub] labour-union was killed with SIGKILL');
    const now = (await hubPids(hub.child))['labour-union']!;
    expect(now).not.toBe(pid);
    expect(isAlive(now)).toBe(true);
  }, 120_000);

  it('does not restart a subgraph stopped on purpose', async () => {
    const stopSubgraph = (name: string) => controlHub(hub.child, 'stop-subgraph', name);
    const startSubgraph = (name: string) => controlHub(hub.child, 'start-subgraph', name);
    const mentions = () => consoleText.split('[hub] womens-union').length;
    const before = mentions();
    await stopSubgraph('womens-union');
    await sleep(2500); // longer than the restart pause
    expect((await hubPids(hub.child))['womens-union']).toBeUndefined();
    expect((await readyz()).states['womens-union']).toBe('unreachable');
    expect(mentions()).toBe(before);
    await startSubgraph('womens-union');
    expect((await readyz()).status).toBe(200);
  }, 120_000);

  it('stops everything and exits 1 naming the service when it keeps crashing', async () => {
    const pids = await hubPids(hub.child);
    const port = Number(new URL(subgraphUrls['people-committee']!).port);
    process.kill(pids['people-committee']!, 'SIGKILL');
    const taken = await occupy(port, '127.0.0.1');
    try {
      const { code } = await exited;
      expect(code).toBe(1);
    } finally {
      taken.close();
    }
    // The first crash (the kill) and three restarts that could not listen: the fourth crash gives up.
    expect(consoleText).toContain(
      '[hub] people-committee exited with code 1; restarting in 4 s (attempt 3 of 3)',
    );
    expect(consoleText).toContain(
      'Chung Tay stopped: people-committee keeps crashing: it exited with code 1, its 4 crashes within 60 s ' +
        'are more than the 3 restarts allowed.',
    );
    for (const pid of Object.values(pids))
      if (pid !== pids['people-committee']) expect(isAlive(pid)).toBe(false);
    expect(await healthz().catch(() => 'closed')).toBe('closed');
  }, 180_000);
});

describe('stopping the hub', () => {
  it('is not a crash: Ctrl-C reaching the hub and its services at once stops them all, and the hub exits 0', async () => {
    // The data folder of the hub above, if it ran (now stopped): no migrations to run, so this one starts faster.
    const forked = forkHub(dataDir, { demoData: false, env: RESTART_ENV });
    let text = '';
    forked.service.child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
    forked.service.child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = new Promise<number | null>((resolve) => forked.service.child.once('exit', resolve));
    try {
      await forked.ready;
      const pids = await hubPids(forked.service.child);
      // A terminal sends SIGINT to the whole process group: the services may see it before the hub does.
      for (const pid of Object.values(pids)) process.kill(pid, 'SIGINT');
      process.kill(forked.service.child.pid!, 'SIGINT');
      expect(await done).toBe(0);
      expect(text).not.toContain('restarting');
      for (const pid of Object.values(pids)) expect(isAlive(pid)).toBe(false);
    } finally {
      await stopService(forked.service);
    }
  }, 300_000);
});
