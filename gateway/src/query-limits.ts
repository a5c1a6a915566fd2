import { ApolloGateway } from '@apollo/gateway';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { costEstimator, countingEstimator, requiredFieldsOf, requiresCosts } from './query-cost';

export interface CostLimits {
  maxCost: number;
  /** AreaPeriod objects in one operation (every alias and every period of `areaPeriods`). */
  maxAreaPeriods: number;
}

export interface PricedOperation {
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string | null;
}

/** graphql-query-complexity stops after this many field visits: fragments spreading fragments are refused. */
const MAX_QUERY_NODES = 10_000;
const TOO_MANY_NODES = 'Query exceeds the maximum allowed number of nodes.';

/**
 * The gateway's price list for one supergraph: what an operation costs and how many area-periods it asks for.
 * Exported for the benchmark that searches for the costliest accepted request, so both price alike.
 */
export class QueryCostModel {
  private readonly estimator;
  private readonly areaPeriodEstimator = countingEstimator('AreaPeriod');

  constructor(
    private readonly schema: GraphQLSchema,
    supergraphSdl: string,
  ) {
    this.estimator = costEstimator(requiresCosts(schema, requiredFieldsOf(supergraphSdl)));
  }

  /** Builds the API schema the gateway serves from a supergraph SDL (no subgraph is called). */
  static async fromSupergraph(supergraphSdl: string): Promise<QueryCostModel> {
    const gateway = new ApolloGateway({ supergraphSdl });
    const { schema } = await gateway.load();
    await gateway.stop();
    return new QueryCostModel(schema, supergraphSdl);
  }

  cost(operation: PricedOperation): number {
    return this.run(operation, this.estimator);
  }

  areaPeriods(operation: PricedOperation): number {
    return this.run(operation, this.areaPeriodEstimator);
  }

  private run(
    { document, variables, operationName }: PricedOperation,
    estimator: ReturnType<typeof costEstimator>,
  ) {
    return getComplexity({
      schema: this.schema,
      query: document,
      variables,
      operationName: operationName ?? undefined,
      estimators: [estimator],
      maxQueryNodes: MAX_QUERY_NODES,
    });
  }
}

const refusal = (message: string, code: string, limit: Record<string, number>) =>
  new GraphQLError(message, { extensions: { code, limit, http: { status: 400 } } });

/** Refuses an operation over the limits once it is parsed and validated, before any subgraph is asked. */
export function checkQueryLimits(model: QueryCostModel, limits: CostLimits, operation: PricedOperation) {
  let cost: number;
  let areaPeriods: number;
  try {
    areaPeriods = model.areaPeriods(operation);
    cost = model.cost(operation);
  } catch (error) {
    if (error instanceof GraphQLError && error.message === TOO_MANY_NODES)
      throw refusal(
        `The query is over the cost limit of ${limits.maxCost}: it expands to more than ${MAX_QUERY_NODES} fields`,
        'QUERY_TOO_COSTLY',
        { maxCost: limits.maxCost },
      );
    // Variables that do not fit their types: GraphQL's own message says which and where.
    if (error instanceof GraphQLError) throw refusal(error.message, 'BAD_USER_INPUT', {});
    throw error;
  }
  if (areaPeriods > limits.maxAreaPeriods)
    throw refusal(
      `The query asks for ${areaPeriods} area-periods (periods × units over every areaPeriod and areaPeriods ` +
        `field and alias); at most ${limits.maxAreaPeriods} are allowed in one request`,
      'BAD_USER_INPUT',
      { maxAreaPeriods: limits.maxAreaPeriods },
    );
  if (cost > limits.maxCost)
    throw refusal(
      `The query costs ${cost}, over the cost limit of ${limits.maxCost}: ask for fewer items (first, ` +
        'periods, list arguments), fewer aliases or fewer fields',
      'QUERY_TOO_COSTLY',
      { maxCost: limits.maxCost },
    );
  return { cost, areaPeriods };
}

/** Apollo Server plugin: checkQueryLimits on every operation, with its variables (lists given as variables count). */
export function queryLimitsPlugin(supergraphSdl: string, limits: CostLimits): ApolloServerPlugin {
  const models = new WeakMap<GraphQLSchema, QueryCostModel>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let model = models.get(schema);
          if (!model) models.set(schema, (model = new QueryCostModel(schema, supergraphSdl)));
          checkQueryLimits(model, limits, { document, variables: request.variables, operationName });
        },
      };
    },
  };
}
