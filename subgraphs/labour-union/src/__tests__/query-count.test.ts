import { startSubgraphHarness, type SubgraphHarness } from '@chung-tay/common/testing';
import { labourUnion } from '../subgraph';
import { dongNaiTree, tokens } from './fixtures';

let h: SubgraphHarness;
let token: string;
beforeAll(async () => {
  h = await startSubgraphHarness(labourUnion);
  const t = await tokens();
  token = t.viewer;
  const tree = await dongNaiTree(h, t.officer);
  // 120 linked members of two grassroots unions, each household with a plan, two care activities and a house.
  await h.dataSource.query(
    `INSERT INTO union_member (member_number, full_name, union_organisation_id, unit_code, workplace, joined_date,
       status, status_since, person_id, household_id, linked_at)
     SELECT 'QC-' || lpad(i::text, 6, '0'), 'Nguyễn Văn Hùng', o.id, o.unit_code, 'Công ty TNHH May Đồng Nai',
       '2015-03-01', 'ACTIVE', '2015-03-01', gen_random_uuid(), gen_random_uuid(), now()
     FROM generate_series(1, 120) i JOIN union_organisation o ON o.id = CASE WHEN i % 2 = 0 THEN $1 ELSE $2 END::uuid`,
    [tree.ward.id, tree.commune.id],
  );
  await h.dataSource.query(
    `INSERT INTO care_plan (household_id, union_organisation_id, unit_code, listed_status, listed_date, status)
     SELECT household_id, union_organisation_id, unit_code, 'POOR', '2024-01-01', 'ACTIVE' FROM union_member`,
  );
  await h.dataSource.query(
    `INSERT INTO care_activity (kind, date, union_organisation_id, unit_code, member_id, household_id, value, funding_source)
     SELECT k, d::date, union_organisation_id, unit_code, id, household_id, 1000000, 'UNION_FUND'
     FROM union_member, (VALUES ('TET_GIFT', '2025-01-20'), ('VISIT', '2024-11-05')) AS v(k, d)`,
  );
  await h.dataSource.query(
    `INSERT INTO union_house (member_id, household_id, union_organisation_id, unit_code, kind, grant_amount,
       funding_source, status, approved_date)
     SELECT id, household_id, union_organisation_id, unit_code, 'REPAIR', 25000000, 'FOR_THE_POOR_FUND', 'APPROVED',
       '2024-10-25' FROM union_member`,
  );
});
afterAll(() => h?.close());

const count = async (
  query: string,
  variables: Record<string, unknown>,
  expectItems: (data: any) => unknown[],
) => {
  h.queries.reset();
  const res = await h.query(query, variables, token);
  expect(res.errors).toBeUndefined();
  const items = expectItems(res.data);
  return { statements: h.queries.count, items: items.length };
};

const LIST = `query($first: Int) { unionMembers(first: $first) { totalCount nodes {
  memberNumber fullName status person { id } household { id }
  unionOrganisation { name activeMemberCount parent { name parent { name } } children { code } }
  careActivities { kind value unionOrganisation { code } member { id } }
  unionHouses { status member { joinedDate } household { id } } } } }`;

const PLANS = `query($first: Int) { carePlans(first: $first) { nodes { listedStatus household { id }
  members { status unionOrganisation { name } } careActivities { kind } unionOrganisation { code } } } }`;

const ids = async (sql: string) => (await h.dataSource.query(sql)).map((r: { id: string }) => r.id);

describe('no N+1', () => {
  it('lists 100 members with their organisation tree, care and houses in as many statements as 10', async () => {
    const ten = await count(LIST, { first: 10 }, (d) => d.unionMembers.nodes);
    const hundred = await count(LIST, { first: 100 }, (d) => d.unionMembers.nodes);
    expect([ten.items, hundred.items]).toEqual([10, 100]);
    expect(hundred.statements).toBe(ten.statements);
    // count, page, organisations (×3 levels), children, member counts, care, houses, care's members, audit log
    expect(hundred.statements).toBeLessThanOrEqual(11);
  });

  it('lists 100 care plans with members and care in as many statements as 10', async () => {
    const ten = await count(PLANS, { first: 10 }, (d) => d.carePlans.nodes);
    const hundred = await count(PLANS, { first: 100 }, (d) => d.carePlans.nodes);
    expect(hundred.statements).toBe(ten.statements);
    expect(hundred.statements).toBeLessThanOrEqual(6);
  });

  it("resolves 100 union member references, each checked against the caller's units, in one statement", async () => {
    const members = await ids('SELECT id FROM union_member ORDER BY member_number LIMIT 100');
    const reps = (n: number) => members.slice(0, n).map((id: string) => ({ __typename: 'UnionMember', id }));
    const Q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on UnionMember { status joinedDate } } }`;
    const ten = await count(Q, { reps: reps(10) }, (d) => d._entities);
    const hundred = await count(Q, { reps: reps(100) }, (d) => d._entities);
    expect([ten.items, hundred.items]).toEqual([10, 100]);
    expect([ten.statements, hundred.statements]).toEqual([1, 1]);
  });

  it('serves a list of 100 households from the gateway with their members, plans, care and houses in as many statements as 10', async () => {
    const households = await ids(
      'SELECT household_id AS id FROM union_member ORDER BY member_number LIMIT 100',
    );
    const reps = (n: number) => households.slice(0, n).map((id: string) => ({ __typename: 'Household', id }));
    const Q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Household {
      unionMembers { status unionOrganisation { name } } unionCarePlans { listedStatus }
      unionCareActivities { kind value } unionHouses { status grantAmount } } } }`;
    const ten = await count(Q, { reps: reps(10) }, (d) => d._entities);
    const hundred = await count(Q, { reps: reps(100) }, (d) => d._entities);
    expect(hundred.items).toBe(100);
    expect(hundred.statements).toBe(ten.statements);
    expect(hundred.statements).toBeLessThanOrEqual(5); // members, plans, care, houses, organisations
  });

  it("answers 100 people's unionMembership in one statement", async () => {
    const people = await ids('SELECT person_id AS id FROM union_member LIMIT 100');
    const Q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { unionMembership { status } } } }`;
    const res = await count(
      Q,
      { reps: people.map((id: string) => ({ __typename: 'Person', id })) },
      (d) => d._entities,
    );
    expect(res).toEqual({ statements: 1, items: 100 });
  });
});
