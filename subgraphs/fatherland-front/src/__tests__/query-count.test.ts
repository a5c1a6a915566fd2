import { COMMUNE, receive, registerPerson, sponsor, useSubgraph, type ListedPerson } from './fixtures';

const env = useSubgraph();
let people: ListedPerson[];

beforeAll(async () => {
  people = Array.from({ length: 100 }, registerPerson);
  await receive(env, COMMUNE, people);
  const commune = await sponsor(env, 'COMMUNE', COMMUNE, 'UBND và Ủy ban MTTQ xã Bù Gia Mập');
  const enterprise = await sponsor(env, 'ENTERPRISE', COMMUNE, 'Công ty CP Cao su Phú Riềng');
  // A hundred pledges with two sponsors and three paid months each, written directly: this file measures reads.
  await env.h.dataSource.query(
    `WITH p AS (
       INSERT INTO sponsorship_pledge (unit_code, person_id, household_id, needs_list_entry_id, amount_per_month,
         start_month, end_month, payment_method, coordinator_sponsor_id, signed_on)
       SELECT unit_code, person_id, household_id, id, 1000000, '2025-01-01', '2025-12-01', 'CASH', $1, '2025-01-20'
       FROM needs_list_entry RETURNING id),
     s AS (INSERT INTO sponsorship_pledge_sponsor SELECT p.id, x.sponsor, x.amount FROM p,
       (VALUES ($1::uuid, 600000), ($2::uuid, 400000)) AS x(sponsor, amount))
     INSERT INTO sponsorship_payment (pledge_id, month, amount, paid_on, method)
     SELECT p.id, m::date, 1000000, '2025-04-01', 'CASH' FROM p,
       generate_series('2025-01-01'::date, '2025-03-01'::date, interval '1 month') m`,
    [commune.id, enterprise.id],
  );
});

const LIST = `query($first: Int) { sponsorshipPledges(first: $first, filter: { unitCode: "75" }) { totalCount nodes {
  id status startMonth amountPerMonth unit { code } beneficiary { id } household { id }
  sponsors { amountPerMonth isCoordinator sponsor { name kind level } } coordinator { name }
  needsListEntry { listedOn covered pledges { id } } payments { month amount }
  arrears(asOf: "2025-06-15") { missedMonths arrears } } } }`;

async function statementsFor(first: number) {
  env.h.queries.reset();
  const res = await env.h.query(LIST, { first }, env.t.viewer);
  expect(res.errors).toBeUndefined();
  expect(res.data!.sponsorshipPledges.nodes).toHaveLength(first);
  expect(res.data!.sponsorshipPledges.nodes[0].arrears.arrears).toBe(3_000_000);
  return env.h.queries.count;
}

async function entitiesCost(typename: string, ids: string[], fields: string) {
  env.h.queries.reset();
  const res = await env.h.query(
    `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typename} { ${fields} } } }`,
    { reps: ids.map((id) => ({ __typename: typename, id })) },
    env.t.viewer,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toHaveLength(ids.length);
  return env.h.queries.count;
}

describe('no N+1', () => {
  it('lists 100 pledges with sponsors, entries, payments and arrears in as many statements as 10', async () => {
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(10);
  });

  it('resolves 100 Person references, each checked against the caller’s units, in one statement', async () => {
    const ids = people.map((p) => p.personId);
    expect(await entitiesCost('Person', ids.slice(0, 10), 'id')).toBe(1);
    expect(await entitiesCost('Person', ids, 'id')).toBe(1);
    const withPledges = 'sponsorships { amountPerMonth } needsListEntry { listedOn }';
    expect(await entitiesCost('Person', ids, withPledges)).toBe(
      await entitiesCost('Person', ids.slice(0, 10), withPledges),
    );
  });

  it('resolves 100 Household references with their Front support in as many statements as 10', async () => {
    const ids = people.map((p) => p.householdId);
    const fields =
      'frontSupport { disbursedTotal solidarityHouses { id } pledges { id } } solidarityHouse { id }';
    expect(await entitiesCost('Household', ids, 'id')).toBe(1);
    const ten = await entitiesCost('Household', ids.slice(0, 10), fields);
    expect(await entitiesCost('Household', ids, fields)).toBe(ten);
    expect(ten).toBeLessThanOrEqual(4);
  });
});
