import { randomUUID } from 'node:crypto';
import { memberInput, REGISTER, useSubgraph } from './fixtures';

const env = useSubgraph();
const HOUSEHOLDS = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Household { id {{camel}}Members { id fullName } } } }`;
const AREAS = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on AreaPeriod { unitCode {{camel}} { members householdsWithMembers } } } }`;

const households = Array.from({ length: 50 }, () => randomUUID());
/** Ten communes and wards of Đồng Nai (province 75), in force. */
let units: string[] = [];

beforeAll(async () => {
  const rows: { code: string }[] = await env.h.dataSource.query(
    `SELECT code FROM unit_tree WHERE parent_code = '75' AND valid_to IS NULL ORDER BY code LIMIT 10`,
  );
  units = rows.map((r) => r.code);
  for (const householdId of households.slice(0, 10)) {
    const res = await env.h.query(REGISTER, { input: memberInput({ householdId }) }, env.t.officer);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
});

/** Statements one request costs (its answer must hold `n` entities). */
async function statements(query: string, reps: object[]) {
  env.h.queries.reset();
  const res = await env.h.query(query, { reps }, env.t.officer);
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toHaveLength(reps.length);
  return env.h.queries.count;
}

describe('{{enText}} statements per request', () => {
  it('reads the members of 10 or 50 households in the same number of statements', async () => {
    const reps = (n: number) => households.slice(0, n).map((id) => ({ __typename: 'Household', id }));
    expect(await statements(HOUSEHOLDS, reps(50))).toBe(await statements(HOUSEHOLDS, reps(10)));
  });

  it('reads the figures of 2 or 10 areas in the same number of statements', async () => {
    const reps = (n: number) =>
      units.slice(0, n).map((unitCode) => ({ __typename: 'AreaPeriod', unitCode, period: '2024' }));
    expect(await statements(AREAS, reps(10))).toBe(await statements(AREAS, reps(2)));
  });
});
