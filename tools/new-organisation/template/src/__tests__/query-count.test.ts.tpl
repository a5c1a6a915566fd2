import { randomUUID } from 'node:crypto';
import { register, useSubgraph } from './fixtures';

// Areas' statements are the kit's contract (describeStatementCounts in area.test.ts); households' are this
// subgraph's own.
const env = useSubgraph();
const HOUSEHOLDS = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Household { id {{camel}}Members { id fullName } } } }`;

const households = Array.from({ length: 50 }, () => randomUUID());

beforeAll(async () => {
  for (const householdId of households.slice(0, 10)) await register(env.h, env.t.officer, { householdId });
});

/** Statements one request costs (its answer must hold `n` entities). */
async function statements(reps: object[]) {
  env.h.queries.reset();
  const res = await env.h.query(HOUSEHOLDS, { reps }, env.t.officer);
  expect(res.errors).toBeUndefined();
  expect(res.data!._entities).toHaveLength(reps.length);
  return env.h.queries.count;
}

describe('{{enText}} statements per request', () => {
  it('reads the members of 10 or 50 households in the same number of statements', async () => {
    const reps = (n: number) => households.slice(0, n).map((id) => ({ __typename: 'Household', id }));
    expect(await statements(reps(50))).toBe(await statements(reps(10)));
  });
});
