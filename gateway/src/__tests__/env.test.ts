import { parseEnv } from '@chung-tay/common';
import { gatewayEnv, subgraphUrlOverrides } from '../env';

describe('gateway configuration', () => {
  it('points a subgraph elsewhere with <PREFIX>_URL', () => {
    const env = parseEnv(gatewayEnv, {
      PEOPLE_COMMITTEE_URL: 'http://10.0.0.5:4001/graphql',
      JWT_SECRET: 's'.repeat(32),
      GATEWAY_SIGNING_SECRET: 'g'.repeat(32),
    });
    expect(subgraphUrlOverrides(env)).toEqual({ 'people-committee': 'http://10.0.0.5:4001/graphql' });
    expect(env.GATEWAY_PORT).toBe(4000);
    expect(env.SUPERGRAPH_PATH).toMatch(/schema[/\\]supergraph\.graphql$/);
  });

  it('names a malformed subgraph URL', () => {
    expect(() => parseEnv(gatewayEnv, { PEOPLE_COMMITTEE_URL: 'not a url', GATEWAY_PORT: 'x' })).toThrow(
      /GATEWAY_PORT: must be a port number[\s\S]*PEOPLE_COMMITTEE_URL/,
    );
  });
});
