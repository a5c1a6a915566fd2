import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RestartablePostgres {
  /** Superuser URL; the same (port included) after every restart. */
  adminUrl: string;
  /** Stops the server (fast shutdown: open connections are cut), keeping its data. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** Stops it for good and removes its files. */
  close(): Promise<void>;
}

/**
 * A PostgreSQL of one test's own, in a child process, that the test can stop and start again — to see what a
 * subgraph does while its database restarts.
 */
export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'chung-tay-restart-pg-'));
  const child: ChildProcess = fork(join(__dirname, 'postgres-process.js'), [dir], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = (type: string) =>
    new Promise<Record<string, string>>((resolve, reject) => {
      const onMessage = (m: Record<string, string>) => {
        if (m.type === type) resolve(m);
        else if (m.type === 'failed') reject(new Error(`embedded PostgreSQL: ${m.error}`));
        else return;
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      const onExit = (code: number | null) =>
        reject(new Error(`embedded PostgreSQL process exited (${code})`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const { adminUrl } = await next('started');
  return {
    adminUrl: adminUrl!,
    stop: async () => {
      const stopped = next('stopped');
      child.send('stop');
      await stopped;
    },
    start: async () => {
      const started = next('started');
      child.send('start');
      await started;
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('exit');
      await exited;
    },
  };
}
