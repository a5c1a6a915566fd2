import { subgraphEnv, type SubgraphInfo } from '@chung-tay/common';
import { gatewayEnv } from '@chung-tay/gateway';

/**
 * What of the hub's own environment each service it starts may see. Under `npm start` the operator's settings for
 * every service — and whatever else their shell holds (PGPASSWORD, a DATABASE_URL, other tools' tokens) — sit in
 * one environment; each organisation's service must still hold only its own (README "Which process holds which
 * key"). So each gets only the variables its own configuration schema names, and the process basics; the hub then
 * adds what it made for that service (database URL, keys, ports).
 */

/** What any Node process needs to run as the operator set it up: paths, locale, Node's own options, TLS roots. */
const PROCESS_BASICS =
  /^(PATH|HOME|USER|TMPDIR|TMP|TEMP|TZ|LANG|LC_[A-Z]+|NODE_[A-Z0-9_]+|SSL_CERT_(FILE|DIR)|CHUNG_TAY_SUBGRAPHS)$/;

/** Set by the hub for each service itself, never passed through: one organisation's key is not another's. */
const SET_BY_THE_HUB = new Set(['JWT_SECRET', 'GATEWAY_SIGNING_KEYS_FILE', 'DISCLOSURE_KEY']);

function only(env: NodeJS.ProcessEnv, names: Iterable<string>): NodeJS.ProcessEnv {
  const allowed = new Set(names);
  return Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => !SET_BY_THE_HUB.has(name) && (allowed.has(name) || PROCESS_BASICS.test(name)),
    ),
  );
}

/** A subgraph's share: the variables of its own schema (its prefix, never another organisation's). */
export const subgraphEnvFrom = (env: NodeJS.ProcessEnv, own: SubgraphInfo): NodeJS.ProcessEnv =>
  only(env, Object.keys(subgraphEnv(own).shape));

/** The gateway's share: the variables of its schema (no subgraph's database URL or disclosure key). */
export const gatewayEnvFrom = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  only(env, Object.keys(gatewayEnv.shape));

/** An organisation's own disclosure key for `npm start`: `<PREFIX>_DISCLOSURE_KEY`, else the hub makes one. */
export const disclosureKeyVariable = (s: SubgraphInfo) => `${s.envPrefix}_DISCLOSURE_KEY`;
