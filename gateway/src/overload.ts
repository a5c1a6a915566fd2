import type express from 'express';
import { getHeapStatistics } from 'node:v8';

export interface OverloadLimits {
  /**
   * Share of V8's heap limit (--max-old-space-size) in use above which new requests are refused: past it, one
   * more large answer can run the process out of heap, which kills every request in flight, not just the new one.
   */
  maxHeapFraction: number;
  /** Requests being answered at once above which new ones are refused (each holds its answers in memory). */
  maxInFlight: number;
  /** Seconds a refused caller is asked to wait (Retry-After). */
  retryAfterSeconds: number;
}

/** Heap in use as a share of the heap limit; read per request (a few microseconds). */
export function heapInUse(): number {
  const { used_heap_size, heap_size_limit } = getHeapStatistics();
  return used_heap_size / heap_size_limit;
}

/**
 * Answers 503 SERVICE_OVERLOADED with Retry-After, GraphQL-shaped, instead of taking a request the gateway may not
 * survive; requests already running go on. Health, readiness and metrics are mounted before it and still answer.
 *
 * - `memory` refuses anything while the heap is short, before a byte of the request is read.
 * - `admitted` counts a request against `maxInFlight` only once its body is read and its caller verified: a
 *   client that opens connections and trickles their bodies (or sends no token) holds no place, so it cannot make
 *   the gateway refuse everyone else.
 */
export function overloadGuard(
  limits: OverloadLimits,
  inUse: () => number = heapInUse,
): { memory: express.RequestHandler; admitted: express.RequestHandler } {
  let inFlight = 0;
  const refuse = (res: express.Response, why: string) =>
    res
      .status(503)
      .set('Retry-After', String(limits.retryAfterSeconds))
      .json({
        errors: [
          {
            message: `The gateway is overloaded: ${why}. Try again in ${limits.retryAfterSeconds} s.`,
            extensions: { code: 'SERVICE_OVERLOADED' },
          },
        ],
      });
  return {
    memory: (_req, res, next) => {
      const heap = inUse();
      if (heap <= limits.maxHeapFraction) return next();
      return refuse(
        res,
        `its memory is ${Math.round(heap * 100)}% full (the limit is ${Math.round(limits.maxHeapFraction * 100)}%)`,
      );
    },
    admitted: (_req, res, next) => {
      if (inFlight >= limits.maxInFlight)
        return refuse(res, `${inFlight} requests are being answered (the limit is ${limits.maxInFlight})`);
      inFlight += 1;
      res.once('close', () => (inFlight -= 1));
      return next();
    },
  };
}
