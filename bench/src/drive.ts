import autocannon from 'autocannon';

export interface Figures {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers that were not 200 or carried GraphQL errors. */
  errors: number;
  firstError?: string;
}

export interface Load {
  url: string;
  seconds: number;
  connections: number;
  /** A new request body each time (a different household …). */
  body(): string;
  /** Headers for that body (the token; for a subgraph, the gateway's signature over it). */
  headers(body: string): Record<string, string>;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * Keeps `connections` requests in flight for `seconds` with autocannon, each with a fresh body, and gives
 * requests per second and latency percentiles of every answer (all of them kept, not a sample).
 */
export async function drive(load: Load): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const options: autocannon.Options = {
    url: load.url,
    connections: load.connections,
    duration: load.seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const body = load.body();
          return {
            ...request,
            body,
            headers: { 'content-type': 'application/json', ...load.headers(body) },
          };
        },
        onResponse: (status: number, body: string) => {
          if (status === 200 && !body.includes('"errors"')) return;
          errors += 1;
          firstError ??= `${status} ${body.slice(0, 400)}`;
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    requestsPerSecond: round(latencies.length / (result.duration || load.seconds)),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: errors + result.errors + result.timeouts,
    firstError,
  };
}
