import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode } from '@apollo/query-planner';
import { parse } from 'graphql';

export interface PlannedOperation {
  /** Subgraph requests the gateway's plan makes for one operation. */
  fetches: number;
  /** The first of them: the owning subgraph's part, sendable straight to it (no entity representations). */
  root: { subgraph: string; query: string; variableNames: string[] };
}

/**
 * Plans an operation exactly as the gateway does (same planner, same supergraph), to send its owning subgraph's
 * part straight to that subgraph and so see what the gateway adds.
 */
export function planner(supergraphSdl: string) {
  const supergraph = Supergraph.build(supergraphSdl);
  const queryPlanner = new QueryPlanner(supergraph);
  return (query: string, operationName: string): PlannedOperation => {
    const operation = operationFromDocument(supergraph.schema, parse(query), { operationName });
    const plan = queryPlanner.buildQueryPlan(operation);
    const fetches: FetchNode[] = [];
    const walk = (node: PlanNode | undefined): void => {
      if (!node) return;
      switch (node.kind) {
        case 'Fetch':
          fetches.push(node);
          return;
        case 'Flatten':
          return walk(node.node);
        case 'Sequence':
        case 'Parallel':
          return node.nodes.forEach(walk);
        default:
          throw new Error(`the benchmark does not expect a ${node.kind} node in its plans`);
      }
    };
    walk(plan.node as PlanNode | undefined);
    const root = fetches[0];
    if (!root || root.requires) throw new Error(`${operationName}: the plan has no root fetch`);
    return {
      fetches: fetches.length,
      root: { subgraph: root.serviceName, query: root.operation, variableNames: root.variableUsages ?? [] },
    };
  };
}
