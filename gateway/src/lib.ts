/** What other packages use of the gateway (the benchmarks price requests as the gateway does); dist/index.js runs it. */
export { COST_WEIGHTS, fieldMultiplier } from './query-cost';
export { checkQueryLimits, QueryCostModel, type CostLimits, type PricedOperation } from './query-limits';
export { gatewayEnv } from './env';
export type { HubSubgraphStates } from './hub-states';
