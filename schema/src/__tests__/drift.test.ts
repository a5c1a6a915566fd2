import { readFileSync } from 'node:fs';
import { SUBGRAPHS } from '@chung-tay/common';
import { composeSupergraph, subgraphSdlPath, SUPERGRAPH_PATH } from '../compose';

describe('committed schema', () => {
  const fresh = composeSupergraph();

  it.each(fresh.subgraphs.map((s) => [s.name, s.sdl]))(
    'schema/subgraphs/%s.graphql matches the code',
    (name, sdl) => {
      const committed = readFileSync(subgraphSdlPath(name), 'utf8');
      // On failure: run `npm run compose` and commit schema/.
      expect(committed).toBe(sdl);
    },
  );

  it('schema/supergraph.graphql matches a fresh composition', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(fresh.supergraph);
  });

  it("joins every organisation on the register's Household and Person", () => {
    for (const type of ['Household', 'Person']) {
      const directives = new RegExp(`type ${type}\\s+((?:@join__type\\([^)]*\\)\\s*)+)`).exec(
        fresh.supergraph,
      )?.[1];
      for (const graph of SUBGRAPHS.map((s) => s.envPrefix)) {
        expect(directives).toContain(`@join__type(graph: ${graph}, key: "id")`);
      }
    }
  });
});
