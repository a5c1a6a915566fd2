import type { ChildProcess } from 'node:child_process';
import type { RunningHub } from './launcher';

/** What a program that forked the hub (the end-to-end tests) may ask it over IPC. */
export type HubControlRequest =
  { type: 'stop-subgraph' | 'start-subgraph'; name: string; id: number } | { type: 'pids'; id: number };

export interface HubControlAnswer {
  type: 'hub-control';
  id: number;
  error?: string;
  /** For `pids`: service name → its current process id. */
  pids?: Record<string, number>;
}

const REQUESTS = new Set(['stop-subgraph', 'start-subgraph', 'pids']);

const isRequest = (m: unknown): m is HubControlRequest =>
  !!m &&
  typeof m === 'object' &&
  REQUESTS.has((m as HubControlRequest).type) &&
  ((m as HubControlRequest).type === 'pids' || typeof (m as { name?: unknown }).name === 'string');

/** In the hub's process: does what the parent asked and answers when it is done. */
export function answerHubControl(hub: RunningHub, message: unknown) {
  if (!isRequest(message)) return;
  const answer = (extra: Partial<HubControlAnswer>) =>
    process.send?.({ type: 'hub-control', id: message.id, ...extra } satisfies HubControlAnswer);
  if (message.type === 'pids') {
    answer({ pids: hub.pids() });
    return;
  }
  const action = message.type === 'stop-subgraph' ? hub.stopSubgraph : hub.startSubgraph;
  action(message.name).then(
    () => answer({}),
    (error: unknown) => answer({ error: error instanceof Error ? error.message : String(error) }),
  );
}

let nextId = 1;

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function ask(child: ChildProcess, request: WithoutId<HubControlRequest>) {
  const id = nextId++;
  return new Promise<HubControlAnswer>((resolve, reject) => {
    const onMessage = (answer: HubControlAnswer) => {
      if (answer?.type !== 'hub-control' || answer.id !== id) return;
      child.off('message', onMessage);
      if (answer.error) reject(new Error(answer.error));
      else resolve(answer);
    };
    child.on('message', onMessage);
    child.send({ ...request, id });
  });
}

/** In the parent: asks a forked hub to stop or start one subgraph and waits until it has. */
export async function controlHub(
  child: ChildProcess,
  type: 'stop-subgraph' | 'start-subgraph',
  name: string,
) {
  await ask(child, { type, name });
}

/** In the parent: the process id of each of a forked hub's services now (to kill one, as a crash would). */
export async function hubPids(child: ChildProcess): Promise<Record<string, number>> {
  return (await ask(child, { type: 'pids' })).pids ?? {};
}
