import type { ChildProcess } from 'node:child_process';
import type { RunningHub } from './launcher';

/** What a program that forked the hub (the end-to-end tests) may ask it over IPC. */
export interface HubControlRequest {
  type: 'stop-subgraph' | 'start-subgraph';
  name: string;
  id: number;
}

export interface HubControlAnswer {
  type: 'hub-control';
  id: number;
  error?: string;
}

const isRequest = (m: unknown): m is HubControlRequest =>
  !!m &&
  typeof m === 'object' &&
  ((m as HubControlRequest).type === 'stop-subgraph' || (m as HubControlRequest).type === 'start-subgraph') &&
  typeof (m as HubControlRequest).name === 'string';

/** In the hub's process: does what the parent asked and answers when it is done. */
export function answerHubControl(hub: RunningHub, message: unknown) {
  if (!isRequest(message)) return;
  const done = (error?: unknown) =>
    process.send?.({
      type: 'hub-control',
      id: message.id,
      ...(error ? { error: error instanceof Error ? error.message : String(error) } : {}),
    } satisfies HubControlAnswer);
  const action = message.type === 'stop-subgraph' ? hub.stopSubgraph : hub.startSubgraph;
  action(message.name).then(() => done(), done);
}

let nextId = 1;

/** In the parent: asks a forked hub to stop or start one subgraph and waits until it has. */
export function controlHub(child: ChildProcess, type: HubControlRequest['type'], name: string) {
  const id = nextId++;
  return new Promise<void>((resolve, reject) => {
    const onMessage = (answer: HubControlAnswer) => {
      if (answer?.type !== 'hub-control' || answer.id !== id) return;
      child.off('message', onMessage);
      if (answer.error) reject(new Error(answer.error));
      else resolve();
    };
    child.on('message', onMessage);
    child.send({ type, name, id } satisfies HubControlRequest);
  });
}
