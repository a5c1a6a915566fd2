import { fork, type ChildProcess } from 'node:child_process';

export interface ReadyMessage {
  type: 'ready';
  url: string;
  [key: string]: unknown;
}

export interface Service {
  name: string;
  child: ChildProcess;
  output: string[];
}

/** Forks a Node service that reports `{ type: 'ready', url }` over IPC once it listens. */
export function forkService(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  stdio: 'inherit' | 'pipe',
  startSeconds = 120,
) {
  const child = fork(script, [], {
    env,
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const service: Service = { name, child, output: [] };
  const keep = (chunk: Buffer) => {
    service.output.push(chunk.toString());
    if (service.output.length > 200) service.output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const ready = new Promise<ReadyMessage>((resolve, reject) => {
    // A service that does not come up is stopped, so that nothing (a test runner, a CI job) waits on it forever.
    const timer = setTimeout(() => {
      reject(new Error(`${name} did not start within ${startSeconds} s\n${service.output.join('')}`));
      void stopService(service);
    }, startSeconds * 1000);
    child.on('message', (message: ReadyMessage) => {
      if (message?.type === 'ready' && message.url) {
        clearTimeout(timer);
        resolve(message);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} while starting\n${service.output.join('')}`));
    });
  });
  return { service, ready };
}

/** SIGTERM, then SIGKILL after 10 s. */
export function stopService({ child }: Service): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
