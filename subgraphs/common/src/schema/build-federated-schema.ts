import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { guardInput } from './argument-guard';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", ' +
  'import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

/** `{ Household: { __resolveReference } }`: how this subgraph resolves an entity from its key. */
export type ReferenceResolvers = Record<string, { __resolveReference: (...args: never[]) => unknown }>;
type ResolverMap = Record<string, object>;
/** Apollo's resolver map, as buildSubgraphSchema's module list declares it (the type itself is not exported). */
type SubgraphResolvers = NonNullable<
  Extract<
    Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number],
    { typeDefs: unknown }
  >['resolvers']
>;

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph's SDL with its federation directives, as composed into the supergraph. */
  sdl: string;
}

/**
 * type-graphql classes → SDL printed with directives (graphql's printSchema drops them) behind a
 * Federation 2 `@link` → `buildSubgraphSchema`, with type-graphql's resolvers plus reference resolvers. Every
 * argument and `_entities` representation is then checked before a resolver sees it (see argument-guard.ts).
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'validate'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<FederatedSchema> {
  const schema = await buildSchema({
    ...options,
    skipCheck: true,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`;
  const resolvers = createResolversMap(schema) as ResolverMap;
  for (const [typeName, fields] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...fields };
  }
  const subgraph = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as SubgraphResolvers }]);
  return { schema: guardInput(subgraph), sdl };
}
