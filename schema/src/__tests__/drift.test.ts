import { readFileSync } from 'node:fs';
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

  it('exposes the register through the supergraph', () => {
    expect(fresh.supergraph).toMatch(/type Household\s+@join__type\(graph: PEOPLE_COMMITTEE, key: "id"\)/);
  });
});
