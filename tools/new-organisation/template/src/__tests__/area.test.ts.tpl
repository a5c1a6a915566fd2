import { randomUUID } from 'node:crypto';
import { memberInput, REGISTER, useSubgraph } from './fixtures';

const env = useSubgraph();
const FIGURES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on AreaPeriod { unitCode {{camel}} { asOf members householdsWithMembers } } } }`;
const figures = async (token: string, unitCode: string, period = '2024') => {
  const res = await env.h.query(FIGURES, { reps: [{ __typename: 'AreaPeriod', unitCode, period }] }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!._entities[0].{{camel}};
};

beforeAll(async () => {
  // Hand-worked: ward 25195 gets 3 members in 2 households joined in 2024 and one who joined in 2025.
  const household = randomUUID();
  for (const input of [
    memberInput({ householdId: household }),
    memberInput({ householdId: household, fullName: 'Trần Thị Bình' }),
    memberInput({ householdId: null, fullName: 'Lê Văn Cường' }),
    memberInput({ fullName: 'Phạm Thị Dung', joinedDate: '2025-02-01' }),
  ]) {
    const res = await env.h.query(REGISTER, { input }, env.t.officer);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
});

describe('{{enText}} area figures', () => {
  it('counts members who had joined by the end of the period, in the ward and the province above it', async () => {
    expect(await figures(env.t.officer, '25195')).toEqual({ asOf: '2024-12-31', members: 3, householdsWithMembers: 1 });
    expect(await figures(env.t.officer, '75')).toEqual({ asOf: '2024-12-31', members: 3, householdsWithMembers: 1 });
    expect((await figures(env.t.officer, '75', '2025')).members).toBe(4);
  });

  it('withholds counts under the disclosure threshold from other organisations', async () => {
    expect(await figures(env.t.pc, '25195')).toMatchObject({ members: null, householdsWithMembers: null });
  });
});
