import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { testGatewayKeysFile } from '@chung-tay/common/testing';
import { gatewayEnv } from '../env';
import { explorerExamples } from '../explorer-examples';
import { requiredFieldsOf } from '../query-cost';
import { checkQueryLimits, QueryCostModel } from '../query-limits';

const schema = buildSchema(`
  type Query {
    items(first: Int!): ItemConnection!
    areaPeriods(periods: [String!]!, unitCode: String!): [AreaPeriod!]!
    receive(input: ReceiveInput!): [Item!]!
  }
  input ReceiveInput { people: [String!]! }
  type ItemConnection { totalCount: Int! nodes: [Item!]! }
  type Item { id: ID! children(first: Int!): [Child!]! tags: [String!]! }
  type Child { id: ID! }
  type AreaPeriod { figures: Int! reportsExpected: [Report!]! reporting: Reporting }
  type Report { section: String! dueOn: String! }
  type Reporting { expected: Int! }
`);
// As the supergraph says it: this subgraph's reporting needs the expected reports from another one.
const supergraph = `type AreaPeriod {
  reporting: Reporting @join__field(graph: FRONT, requires: "reportsExpected { section dueOn }")
}`;
const model = new QueryCostModel(schema, supergraph);
const cost = (query: string, variables?: Record<string, unknown>) =>
  model.cost({ document: parse(query), variables });
const areaPeriods = (query: string, variables?: Record<string, unknown>) =>
  model.areaPeriods({ document: parse(query), variables });

describe('the cost of an operation', () => {
  it('multiplies a page of 100 by the child list of 20 under it', () => {
    // Child.id 1; children 20 × (1 + 1) = 40; nodes (the page counted above) 1 × (1 + id 1 + 40) = 42;
    // items 100 × (1 + totalCount 1 + 42) = 4,400.
    expect(cost('{ items(first: 100) { totalCount nodes { id children(first: 20) { id } } } }')).toBe(4_400);
    expect(cost('{ items(first: 10) { totalCount nodes { id children(first: 20) { id } } } }')).toBe(440);
  });

  it("lets the explorer's schema query (introspection) through: its lists are the schema's own size", () => {
    expect(cost(getIntrospectionQuery())).toBeLessThan(1_000);
  });

  it('prices a page of 0 or less as the one row the subgraphs still read', () => {
    expect(cost('{ items(first: 0) { nodes { id } } }')).toBe(cost('{ items(first: 1) { nodes { id } } }'));
    expect(cost('{ items(first: -1000) { nodes { id } } }')).toBe(3);
  });

  it('prices a @requires field with the payload the gateway sends along', () => {
    // reportsExpected (an area's expected reports, assumed 400) × (1 + section + dueOn) = 1,200 more per reporting:
    // reporting 1 + expected 1 + 1,200 = 1,202; each area-period 1 + figures 1 + 1,202; two periods: 2,408.
    expect(
      cost(
        '{ areaPeriods(periods: ["2026-Q1", "2026-Q2"], unitCode: "75") { figures reporting { expected } } }',
      ),
    ).toBe(2_408);
    expect(requiredFieldsOf(supergraph)).toEqual(
      new Map([['AreaPeriod.reporting', 'reportsExpected { section dueOn }']]),
    );
  });

  it('multiplies by a list given as a variable, in every alias and fragment', () => {
    const query = `query($p: [String!]!) { a: areaPeriods(periods: $p, unitCode: "75") { ...F }
      b: areaPeriods(periods: $p, unitCode: "75") { ...F } } fragment F on AreaPeriod { figures }`;
    const periods = ['2026-01', '2026-02', '2026-03'];
    expect(cost(query, { p: periods })).toBe(2 * 3 * (1 + 1));
    expect(areaPeriods(query, { p: periods })).toBe(6);
  });

  it('assumes 10 items in a list no argument bounds, and one per item of a list inside the input', () => {
    expect(cost('{ items(first: 1) { nodes { tags } } }')).toBe(1 * (1 + 1 * (1 + 10)));
    const people = Array.from({ length: 500 }, (_, i) => `p${i}`);
    expect(
      cost('query($people: [String!]!) { receive(input: { people: $people }) { id } }', { people }),
    ).toBe(500 * 2);
  });
});

describe('the limits', () => {
  const limits = { maxCost: 1_000, maxAreaPeriods: 4 };
  const refusal = (query: string, variables?: Record<string, unknown>) => {
    try {
      checkQueryLimits(model, limits, { document: parse(query), variables });
    } catch (error) {
      return error as { message: string; extensions: Record<string, unknown> };
    }
    throw new Error('not refused');
  };

  it('refuses an operation over the cost limit, saying its cost and the limit', () => {
    const error = refusal('{ items(first: 100) { nodes { id children(first: 20) { id } } } }');
    expect(error.message).toMatch(/^The query costs 4300, over the cost limit of 1000/);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: { maxCost: 1_000 } });
  });

  it('refuses more area-periods than allowed over all aliases, though cheap', () => {
    const error = refusal(
      `{ a: areaPeriods(periods: ["2026-01", "2026-02", "2026-03"], unitCode: "75") { figures }
         b: areaPeriods(periods: ["2026-04", "2026-05"], unitCode: "75") { figures } }`,
    );
    expect(error.message).toMatch(/asks for 5 area-periods .* at most 4 are allowed in one request/);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { maxAreaPeriods: 4 } });
  });

  it('refuses fragments that expand past what can be priced', () => {
    const fragments = ['fragment F0 on Item { id }'];
    for (let i = 1; i <= 5; i++)
      fragments.push(
        `fragment F${i} on Item { ${Array(10)
          .fill(`...F${i - 1}`)
          .join(' ')} }`,
      );
    const error = refusal(`{ items(first: 1) { nodes { ...F5 } } } ${fragments.join(' ')}`);
    expect(error.extensions.code).toBe('QUERY_TOO_COSTLY');
  });

  it('lets an operation within them through', () => {
    expect(
      checkQueryLimits(model, limits, { document: parse('{ items(first: 10) { nodes { id } } }') }),
    ).toEqual({ cost: 10 * (1 + 2), areaPeriods: 0 });
  });
});

describe("the hub's own operations, within the default limits", () => {
  const env = gatewayEnv.parse({
    GATEWAY_SIGNING_KEYS_FILE: testGatewayKeysFile(),
    JWT_SECRET: 'y'.repeat(32),
  });
  const limits = { maxCost: env.GATEWAY_MAX_COST, maxAreaPeriods: env.GATEWAY_MAX_AREA_PERIODS };
  const sdl = readFileSync(resolve(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
  let hub: QueryCostModel;
  beforeAll(async () => {
    hub = await QueryCostModel.fromSupergraph(sdl);
  });

  it.each(explorerExamples('2026-11-23').map((e) => [e.org ?? 'every organisation', e] as const))(
    'explorer example %s',
    (_, example) => {
      checkQueryLimits(hub, limits, { document: parse(example.query), variables: example.variables });
    },
  );

  it('refuses a commune page of 1000 (the check can fail)', () => {
    const page = `{ households(first: 1000, filter: { unitCode: "75" }) { nodes { id head { fullName }
      unionCareActivities { date } frontSupport { pledges { status } } } } }`;
    expect(() => checkQueryLimits(hub, limits, { document: parse(page) })).toThrow(/over the cost limit/);
  });
});
