import { ORGANISATION_NAMES, type OrganisationId } from '@chung-tay/common';
import type express from 'express';
import { hubSubgraphState } from './hub-states';

/** How long the gateway's readiness check waits for each subgraph's own. */
const READINESS_TIMEOUT_MS = 2_000;

export interface SubgraphReadiness {
  organisation: string;
  /**
   * `ready`, `unreachable` (no answer in time, or not one the gateway understands), `restarting` (unreachable, and
   * the hub that runs it is restarting it after a crash) or the subgraph's own word.
   */
  status: string;
  url: string;
}

export interface Readiness {
  status: 'ready' | 'degraded';
  subgraphs: Record<string, SubgraphReadiness>;
}

/** A subgraph's GET /readyz beside its /graphql. */
export const readyzUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql\/?$/, '/readyz');

async function askSubgraph(url: string, timeoutMs: number): Promise<string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.json().catch(() => null)) as { status?: unknown } | null;
    if (response.ok && body?.status === 'ready') return 'ready';
    // A subgraph that answers 503 says why (its database unreachable, say).
    return typeof body?.status === 'string' && body.status !== 'ready' ? body.status : 'unreachable';
  } catch {
    return 'unreachable';
  }
}

/** Asks every subgraph's /readyz at once; ready only when all are. */
export async function checkReadiness(
  subgraphs: Record<string, string>,
  timeoutMs = READINESS_TIMEOUT_MS,
  hubState: (name: string) => string | undefined = hubSubgraphState,
): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(subgraphs).map(async ([name, graphqlUrl]) => {
      const url = readyzUrl(graphqlUrl);
      const answer = await askSubgraph(url, timeoutMs);
      const status = answer === 'unreachable' ? (hubState(name) ?? answer) : answer;
      const organisation = ORGANISATION_NAMES[name as OrganisationId]?.en ?? name;
      return [name, { organisation, status, url }] as const;
    }),
  );
  return {
    status: entries.every(([, s]) => s.status === 'ready') ? 'ready' : 'degraded',
    subgraphs: Object.fromEntries(entries),
  };
}

/**
 * GET /readyz: 200 when every subgraph is ready, else 503, with each subgraph's state. GET /healthz stays the
 * gateway's own liveness: a subgraph being down is no reason to restart the gateway.
 */
export function readinessHandler(subgraphs: () => Record<string, string>): express.RequestHandler {
  return (_req, res, next) => {
    checkReadiness(subgraphs()).then(
      (readiness) => res.status(readiness.status === 'ready' ? 200 : 503).json(readiness),
      next,
    );
  };
}
