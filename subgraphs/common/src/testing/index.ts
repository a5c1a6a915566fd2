export * from './subgraph-harness';
export * from './idempotency-checks';
export * from './restartable-postgres';
export * from './local-issuer';
