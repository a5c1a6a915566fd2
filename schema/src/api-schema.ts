import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLSchema } from 'graphql';

/**
 * The schema a client of the gateway sees: the supergraph without federation's own machinery (join__*, link__*,
 * _entities, _Service). Descriptions and breaking changes are judged on this, because it is the contract.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}
