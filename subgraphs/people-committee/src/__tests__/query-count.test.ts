import { startSubgraphHarness, type SubgraphHarness } from '@chung-tay/common/testing';
import { peopleCommittee } from '../subgraph';
import { register, tokens } from './fixtures';

let h: SubgraphHarness;
let token: string;
beforeAll(async () => {
  h = await startSubgraphHarness(peopleCommittee);
  const t = await tokens();
  token = t.viewer;
  for (let i = 0; i < 100; i++) {
    const hh = await register(h, t.officer, { statusSince: '2022-01-01' }, [
      'Võ Văn Tài',
      'Đặng Thị Hoa',
      'Võ Minh Khôi',
    ]);
    await h.query(
      `mutation($id: ID!) { recordAssessment(input: { householdId: $id, reviewKind: PERIODIC, reviewDate: "2024-10-10",
        incomePerPersonMonth: 1200000, deprivations: [EMPLOYMENT] }) { id } }`,
      { id: hh.id },
      t.officer,
    );
  }
});
afterAll(() => h?.close());

const LIST = `query($first: Int) { households(first: $first, filter: { unitCode: "75" }) { nodes {
  code unit { name parent { name } } head { fullName } members { fullName household { code } }
  latestAssessment { classification standard { code } } statusHistory { status } } } }`;

async function statementsFor(first: number) {
  h.queries.reset();
  const res = await h.query(LIST, { first }, token);
  expect(res.errors).toBeUndefined();
  expect(res.data!.households.nodes).toHaveLength(first);
  return h.queries.count;
}

describe('no N+1', () => {
  it('lists 100 households with members, latest assessment and unit in as many statements as 10', async () => {
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(12);
  });

  it("resolves 100 household references, each checked against the caller's units, in as many statements as 10", async () => {
    const ids = (await h.dataSource.query('SELECT id FROM household LIMIT 100')).map(
      (r: { id: string }) => r.id,
    );
    const costOf = async (n: number) => {
      h.queries.reset();
      const res = await h.query(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household { code } } }`,
        { reps: ids.slice(0, n).map((id: string) => ({ __typename: 'Household', id })) },
        token,
      );
      expect(res.data!._entities).toHaveLength(n);
      return h.queries.count;
    };
    const ten = await costOf(10);
    expect(await costOf(100)).toBe(ten);
    expect(ten).toBeLessThanOrEqual(3); // households, then the unit lineage (commune, province)
  });
});
