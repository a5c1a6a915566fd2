import { OPERATIONS, lastFinishedQuarter, type Sample } from '@chung-tay/bench';
import { todayInVietnam } from '@chung-tay/common';
import { startTestHub, type TestHub } from '../hub-client';

// A viewer of another organisation, as in the attack that ran the gateway out of heap: several aliases of
// areaPeriods over two years' worth of periods, with every organisation's reporting and its reports.
const ORGANISATIONS = ['peopleCommittee', 'labourUnion', 'womensUnion', 'fatherlandFront', 'microfinance'];
const REPORTING = ORGANISATIONS.map(
  (o) =>
    `${o}Reporting { expected onTime late missing reports { unitCode period timeliness status version } }`,
).join(' ');
const attack = (aliases: number) =>
  `query Attack($p: [PeriodCode!]!) { ${Array.from(
    { length: aliases },
    (_, i) => `a${i}: areaPeriods(unitCode: "75", periods: $p) { unitCode period ${REPORTING} }`,
  ).join(' ')} }`;
const thisYear = Number(todayInVietnam().slice(0, 4));
const YEARS = Array.from({ length: 24 }, (_, i) => String(thisYear - (i % 2)));

let hub: TestHub;
let viewer: string;
let officer: string;
beforeAll(async () => {
  hub = await startTestHub({ demoData: true });
  viewer = await hub.token({ org: 'labour-union', units: ['75'], roles: ['viewer'] });
  officer = await hub.token({ org: 'people-committee', units: ['75'], roles: ['officer'] });
});
afterAll(() => hub?.close());

const healthy = async () => {
  const health = await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/healthz'));
  expect(health.status).toBe(200);
  const small = await hub.query('{ administrativeUnit(code: "75") { name } }', {}, viewer);
  expect(small.errors).toBeUndefined();
};

describe('a request that would exhaust the hub', () => {
  it('is refused before any subgraph is asked, naming the area-period limit, and the gateway stays up', async () => {
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => hub.query(attack(6), { p: YEARS }, viewer)),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(answer.errors![0]!.message).toMatch(/asks for 144 area-periods .* at most 48 are allowed/);
      expect(answer.data).toBeUndefined();
    }
    await healthy();
  });

  it('is refused for its cost within the area-period limit: reporting carries each area’s expected reports', async () => {
    const answer = await hub.query(attack(2), { p: YEARS }, viewer);
    expect(answer.status).toBe(400);
    expect(answer.errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      limit: { maxCost: 40_000 },
    });
    expect(answer.errors![0]!.message).toMatch(/^The query costs \d+, over the cost limit of 40000/);
    await healthy();
  });

  it('is priced with its list variables: one period with the same selection is served', async () => {
    const answer = await hub.query(attack(1), { p: [String(thisYear)] }, viewer);
    expect(answer.status).toBe(200);
    expect(answer.data!.a0[0].labourUnionReporting.expected).toBeGreaterThanOrEqual(0);
  });
});

describe('a period that starts after the current year', () => {
  it('is refused in a list variable, saying which item and why', async () => {
    const answer = await hub.query(
      'query($p: [PeriodCode!]!) { areaPeriods(unitCode: "75", periods: $p) { period } }',
      { p: [`${thisYear}-Q1`, `${thisYear + 1}-Q1`] },
      viewer,
    );
    expect(answer.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(answer.errors![0]!.message).toMatch(
      new RegExp(`"${thisYear + 1}-Q1" starts after the current year \\(${thisYear}\\)`),
    );
    expect(answer.errors![0]!.extensions!.field).toBe('periods[1]');
  });

  it('is refused as a literal in any report, too', async () => {
    const answer = await hub.query(
      `{ areaPeriod(unitCode: "75", period: "${thisYear + 5}") { period } }`,
      {},
      viewer,
    );
    expect(answer.errors![0]!.extensions!.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expect(answer.errors![0]!.message).toMatch(/starts after the current year/);
    expect(answer.data?.areaPeriod ?? null).toBeNull();
  });
});

describe("the hub's everyday operations", () => {
  it.each(OPERATIONS.filter((o) => !o.mutation).map((o) => [o.title, o] as const))(
    'benchmark operation %s is within the limits',
    async (_, operation) => {
      const households = await hub.query(
        '{ households(first: 20, filter: { unitCode: "75" }) { nodes { id unitCode } } }',
        {},
        officer,
      );
      const nodes = households.data!.households.nodes as { id: string; unitCode: string }[];
      const sample: Sample = {
        householdIds: nodes.map((n) => n.id),
        communeCodes: [nodes[0]!.unitCode],
        provinceCode: '75',
        quarter: lastFinishedQuarter(),
      };
      const answer = await hub.query(
        operation.query,
        operation.variables(sample, () => 0),
        officer,
      );
      expect(answer.status).toBe(200);
      const codes = (answer.errors ?? []).map((e) => e.extensions?.code);
      expect(codes).not.toContain('QUERY_TOO_COSTLY');
      expect(codes).not.toContain('BAD_USER_INPUT');
      expect(answer.data).toBeTruthy();
    },
  );
});
