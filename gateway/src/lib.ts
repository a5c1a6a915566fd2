/** What other packages use of the gateway (the benchmarks price requests as the gateway does); dist/index.js runs it. */
export { COST_WEIGHTS, fieldMultiplier } from './query-cost';
export { checkQueryLimits, QueryCostModel, type CostLimits, type PricedOperation } from './query-limits';
export { gatewayEnv } from './env';
export type { HubSubgraphStates } from './hub-states';
/** The answer to a file import, as `npm run import` prints it. */
export type { ImportFileReport } from './imports/router';
/** The explorer's example questions, which the end-to-end tests run against the demo data. */
export { explorerExamples, type ExplorerExample } from './explorer-examples';
