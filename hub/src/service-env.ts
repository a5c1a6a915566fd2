import { SUBGRAPHS, type SubgraphInfo } from '@chung-tay/common';

/**
 * What of the hub's own environment each service it starts may see. Under `npm start` the operator's settings for
 * every service sit in one environment; each organisation's service must still hold only its own (README "Which
 * process holds which key"): no other organisation's database URL or disclosure key, no token secret, and no path
 * to the gateway's private key. The hub then adds what it made for that service.
 */

/** Settings that belong to one service only, whatever their prefix: never passed on as they are. */
const SERVICE_SECRETS = ['JWT_SECRET', 'GATEWAY_SIGNING_KEYS_FILE', 'DISCLOSURE_KEY'];

const subgraphSettings = (s: SubgraphInfo) => `${s.envPrefix}_`;

/** A subgraph's share: nothing of another subgraph (`<PREFIX>_…`), of the gateway's keys or of the token secret. */
export function subgraphEnvFrom(env: NodeJS.ProcessEnv, own: SubgraphInfo): NodeJS.ProcessEnv {
  const others = SUBGRAPHS.filter((s) => s.name !== own.name).map(subgraphSettings);
  return Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => !SERVICE_SECRETS.includes(name) && !others.some((prefix) => name.startsWith(prefix)),
    ),
  );
}

/** The gateway's share: no subgraph's settings (their database URLs, disclosure keys); the hub adds their URLs. */
export function gatewayEnvFrom(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const prefixes = SUBGRAPHS.map(subgraphSettings);
  return Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => !SERVICE_SECRETS.includes(name) && !prefixes.some((prefix) => name.startsWith(prefix)),
    ),
  );
}

/** An organisation's own disclosure key for `npm start`: `<PREFIX>_DISCLOSURE_KEY`, else the hub makes one. */
export const disclosureKeyVariable = (s: SubgraphInfo) => `${s.envPrefix}_DISCLOSURE_KEY`;
