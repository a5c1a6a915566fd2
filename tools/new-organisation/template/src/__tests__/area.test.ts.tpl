import { randomUUID } from 'node:crypto';
import {
  describeAreaReportVersions,
  describeAreaScope,
  describeRetiredUnits,
  describeStatementCounts,
} from '@chung-tay/common/testing';
import { subgraph } from '../subgraph';
import { COMMUNE, register, useSubgraph, WARD } from './fixtures';

const env = useSubgraph();
const FIGURES = 'asOf members householdsWithMembers';
const SECTION = '{{PREFIX}}_PROGRESS';
const areas = { harness: () => env.h, figures: FIGURES };
const figures = async (token: string, unitCode: string, period = '2024') => {
  const res = await env.h.query(
    `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AreaPeriod { {{camel}} { ${FIGURES} } } } }`,
    { reps: [{ __typename: 'AreaPeriod', unitCode, period }] },
    token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!._entities[0].{{camel}};
};

beforeAll(async () => {
  // Hand-worked: ward 25195 gets 3 members in 2 households joined in 2024 and one who joined in 2025; commune
  // 25222 one member joined in 2024.
  const household = randomUUID();
  for (const input of [
    { householdId: household },
    { householdId: household, fullName: 'Trần Thị Bình' },
    { householdId: null, fullName: 'Lê Văn Cường' },
    { fullName: 'Phạm Thị Dung', joinedDate: '2025-02-01' },
    { unitCode: COMMUNE, fullName: 'Hoàng Văn Em', joinedDate: '2024-06-15' },
  ]) {
    await register(env.h, env.t.officer, input);
  }
});

describe('{{enText}} area figures', () => {
  it('counts members who had joined by the end of the period, in the ward and the province above it', async () => {
    const ward = { asOf: '2024-12-31', members: 3, householdsWithMembers: 1 };
    expect(await figures(env.t.officer, WARD)).toEqual(ward);
    expect(await figures(env.t.officer, '75')).toEqual({ ...ward, members: 4, householdsWithMembers: 2 });
    expect((await figures(env.t.officer, '75', '2025')).members).toBe(5);
    // The retired province 70 for 2024: its successors' members, the ward's 3 and the commune's 1.
    expect((await figures(env.t.officer, '70')).members).toBe(4);
  });

  it('withholds counts under the disclosure threshold from other organisations', async () => {
    expect(await figures(env.t.pc, WARD)).toMatchObject({ members: null, householdsWithMembers: null });
  });
});

describeRetiredUnits(subgraph, {
  ...areas,
  token: () => env.t.viewer,
  retired: [{ unitCode: '70', period: '2024' }],
  afterEnd: { unitCode: '70', period: '2026-Q1' },
  section: SECTION,
  officer: () => env.t.officer,
});

describeAreaScope(subgraph, {
  ...areas,
  inside: { unitCode: '75', period: '2024' },
  // the commune beside the ward, and province 70, whose successors are not all inside the ward
  narrow: { units: [WARD], outside: [COMMUNE, '70'].map((unitCode) => ({ unitCode, period: '2024' })) },
  section: SECTION,
});

describeStatementCounts(subgraph, {
  ...areas,
  token: () => env.t.viewer,
  periods: ['2024', '2025-Q1'],
  // Measured once and held exactly: a change that adds a statement to every request shows here.
  statements: 4,
});

describeAreaReportVersions(subgraph, {
  ...areas,
  tokens: () => env.t,
  section: SECTION,
  otherSection: 'POVERTY_REDUCTION',
  area: { unitCode: WARD, period: '2025-Q1' },
  spare: { unitCode: '75', period: '2024' },
  // Hand-worked: by 31 March 2025 the ward has its 3 members of 2024 and Phạm Thị Dung, in 2 households.
  draft: { asOf: '2025-03-31', members: 4, householdsWithMembers: 2 },
  recordAfterDraft: () =>
    register(env.h, env.t.officer, { fullName: 'Đỗ Văn Giang', joinedDate: '2025-03-10' }).then(() => undefined),
});
