import type { SubgraphDefinition } from '../server/run-subgraph';
import { startSubgraphHarness, type GraphQLResponse, type SubgraphHarness } from './subgraph-harness';

/**
 * One subgraph over HTTP with its own database for a test file, plus the file's tokens: started before its
 * tests, stopped after them. The fields are filled in `beforeAll`, so read them inside tests.
 */
export function useSubgraphHarness<L, T>(
  definition: SubgraphDefinition<L>,
  tokens: () => Promise<T>,
): { h: SubgraphHarness; t: T } {
  const env = {} as { h: SubgraphHarness; t: T };
  beforeAll(async () => {
    env.h = await startSubgraphHarness(definition);
    env.t = await tokens();
  });
  afterAll(() => env.h?.close());
  return env;
}

/** Runs a query that must succeed and returns its data, failing the test with every error if there is one. */
export async function queryData<T = NonNullable<GraphQLResponse['data']>>(
  h: SubgraphHarness,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T> {
  const res = await h.query<T>(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors, null, 1));
  return res.data!;
}

/** The rows of a table, to show that a refused request wrote nothing. */
export const rowCount = async (h: SubgraphHarness, table: string): Promise<number> =>
  Number((await h.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
