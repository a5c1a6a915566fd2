export * from './subgraph-harness';
export * from './idempotency-checks';
