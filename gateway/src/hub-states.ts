/**
 * What the hub that started this gateway (`npm start`, hub/src/supervisor.ts) says about the subgraphs it is
 * restarting after a crash. GET /readyz reports such a subgraph as `restarting` rather than `unreachable`, so an
 * operator knows it is on its way back. A gateway run on its own never hears anything and reports as before.
 */
export interface HubSubgraphStates {
  type: 'hub-subgraph-states';
  /** Subgraph name → its state; only subgraphs that are not simply running. */
  states: Record<string, 'restarting'>;
}

let latest: HubSubgraphStates['states'] = {};

const isStates = (m: unknown): m is HubSubgraphStates =>
  !!m &&
  typeof m === 'object' &&
  (m as HubSubgraphStates).type === 'hub-subgraph-states' &&
  !!(m as HubSubgraphStates).states &&
  typeof (m as HubSubgraphStates).states === 'object';

/** In the gateway's process, when forked by the hub: keeps the hub's latest word (each message replaces it). */
export function listenToHub() {
  if (!process.send) return;
  process.on('message', (message) => {
    if (isStates(message)) latest = { ...message.states };
  });
}

/** The hub's word on one subgraph, if it said anything. */
export const hubSubgraphState = (name: string): string | undefined => latest[name];
