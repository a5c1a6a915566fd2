import { todayInVietnam } from '@chung-tay/common';
import { testToken } from '@chung-tay/common/testing';
import { register, useSubgraph, WARD } from './fixtures';

const env = useSubgraph();
// The 2022–2025 standard applies through 2026; from 2027 the lines are 2.2 and 2.8 million.
const [RURAL, URBAN] = todayInVietnam() < '2027-01-01' ? [1_500_000, 2_000_000] : [2_200_000, 2_800_000];
const READ = `query($id: ID!) { person(id: $id) { incomePerMonth povertyLine } }`;

async function assessed(unitCode: string, income: number) {
  const household = await register(env.h, env.t.officer, { unitCode, statusSince: '2022-01-01' });
  const res = await env.h.query(
    `mutation($id: ID!, $income: Money!) { recordAssessment(input: { householdId: $id, reviewKind: PERIODIC,
      reviewDate: "2025-10-10", incomePerPersonMonth: $income, deprivations: [EMPLOYMENT] }) { id } }`,
    { id: household.id, income },
    env.t.officer,
  );
  expect(res.errors).toBeUndefined();
  return household.members[0].id as string;
}

describe("a person's income against the poverty line (for the Front's sponsorship top-up)", () => {
  it('gives the latest income and the line for the area of the standard in force', async () => {
    const rural = await assessed('25222', 1_200_000);
    const urban = await assessed(WARD, 1_900_000);
    expect((await env.h.query(READ, { id: rural }, env.t.officer)).data!.person).toEqual({
      incomePerMonth: 1_200_000,
      povertyLine: RURAL,
    });
    expect((await env.h.query(READ, { id: urban }, env.t.officer)).data!.person).toEqual({
      incomePerMonth: 1_900_000,
      povertyLine: URBAN,
    });
  });

  it('shows the income to the Fatherland Front but not to the other organisations', async () => {
    const id = await assessed('25222', 1_000_000);
    const front = await testToken({ org: 'fatherland-front', units: ['75'], roles: ['officer'] });
    const res = await env.h.query(READ, { id }, front);
    expect(res.errors).toBeUndefined();
    expect(res.data!.person.incomePerMonth).toBe(1_000_000);
    const union = await env.h.query(READ, { id }, env.t.union);
    expect(union.data!.person).toEqual({ incomePerMonth: null, povertyLine: RURAL });
    expect(union.errors?.[0]).toMatchObject({
      path: ['person', 'incomePerMonth'],
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
