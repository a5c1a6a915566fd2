export * from './subgraph-harness';
export * from './idempotency-checks';
export * from './restartable-postgres';
