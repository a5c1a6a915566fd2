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
 */
export function overloadGuard(
  limits: OverloadLimits,
  inUse: () => number = heapInUse,
): express.RequestHandler {
  let inFlight = 0;
  return (_req, res, next) => {
    const heap = inUse();
    const busy = inFlight >= limits.maxInFlight;
    if (heap > limits.maxHeapFraction || busy) {
      const why = busy
        ? `${inFlight} requests are being answered (the limit is ${limits.maxInFlight})`
        : `its memory is ${Math.round(heap * 100)}% full (the limit is ${Math.round(limits.maxHeapFraction * 100)}%)`;
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
      return;
    }
    inFlight += 1;
    res.once('close', () => (inFlight -= 1));
    next();
  };
}
