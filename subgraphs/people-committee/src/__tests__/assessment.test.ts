import { testToken } from '@chung-tay/common/testing';
import { HCMC_WARD, register, useSubgraph, WARD } from './fixtures';

const env = useSubgraph();

const RECORD = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) {
  id classification deprivationCount resultingStatus poorCategory standard { code } household { status statusSince } } }`;
const review = (householdId: string, extra: Record<string, unknown> = {}) => ({
  householdId,
  reviewKind: 'PERIODIC',
  reviewDate: '2024-11-20',
  incomePerPersonMonth: 1_400_000,
  deprivations: ['EMPLOYMENT', 'CLEAN_WATER', 'HOUSING_AREA'],
  ...extra,
});

describe('recording an assessment', () => {
  it('classifies under the standard valid then, updates the status and keeps history', async () => {
    const hh = await register(env.h, env.t.officer, {
      initialStatus: 'POOR',
      statusSince: '2022-01-01',
      socialProtection: true,
    });
    const first = await env.h.query(RECORD, { input: review(hh.id) }, env.t.officer);
    expect(first.data!.recordAssessment).toMatchObject({
      classification: 'POOR',
      deprivationCount: 3,
      resultingStatus: 'POOR',
      poorCategory: 'B',
      standard: { code: 'VN-2022-2025' },
    });
    const second = await env.h.query(
      RECORD,
      { input: review(hh.id, { reviewDate: '2025-10-02', incomePerPersonMonth: 1_600_000 }) },
      env.t.officer,
    );
    expect(second.data!.recordAssessment).toMatchObject({
      classification: 'MIDDLE_INCOME',
      resultingStatus: 'ESCAPED_POVERTY',
      poorCategory: null,
      household: { status: 'ESCAPED_POVERTY', statusSince: '2025-10-02' },
    });
    const read = await env.h.query(
      `query($id: ID!) { household(id: $id) { statusHistory { status effectiveDate reason }
        latestAssessment { reviewYear } assessments { reviewYear } } }`,
      { id: hh.id },
      env.t.viewer,
    );
    expect(read.data!.household).toEqual({
      statusHistory: [
        { status: 'POOR', effectiveDate: '2022-01-01', reason: 'REGISTRATION' },
        { status: 'ESCAPED_POVERTY', effectiveDate: '2025-10-02', reason: 'PERIODIC_REVIEW' },
      ],
      latestAssessment: { reviewYear: 2025 },
      assessments: [{ reviewYear: 2025 }, { reviewYear: 2024 }],
    });
  });

  it('uses the urban line in a ward', async () => {
    const hh = await register(env.h, env.t.officer, { unitCode: WARD, statusSince: '2022-01-01' });
    const res = await env.h.query(
      RECORD,
      { input: review(hh.id, { incomePerPersonMonth: 1_900_000, deprivations: [] }) },
      env.t.officer,
    );
    expect(res.data!.recordAssessment).toMatchObject({
      classification: 'NEAR_POOR',
      resultingStatus: 'NEAR_POOR',
    });
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const hh = await register(env.h, env.t.officer, { statusSince: '2022-01-01' });
    const before = Number((await env.h.dataSource.query('SELECT count(*) AS n FROM assessment'))[0].n);
    const cases: [Record<string, unknown>, string][] = [
      [{ incomePerPersonMonth: -5 }, 'input.incomePerPersonMonth'],
      [{ reviewDate: '2999-10-01' }, 'input.reviewDate'],
      [{ reviewDate: '2024-07-01' }, 'input.reviewDate'], // outside 1 Sep – 14 Dec
      [{ deprivations: ['WASTE_TREATMENT'] }, 'input.deprivations'], // not in the 2022–2025 standard
      [{ standardCode: 'VN-2027-2030' }, 'input.standardCode'], // not valid in 2024
      [{ poorCategory: 'A', incomePerPersonMonth: 5_000_000 }, 'input.poorCategory'],
    ];
    for (const [extra, field] of cases) {
      const res = await env.h.query(RECORD, { input: review(hh.id, extra) }, env.t.officer);
      const error = res.errors?.[0];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.extensions?.field ?? error?.extensions?.fields?.[0]?.field).toBe(field);
    }
    expect(Number((await env.h.dataSource.query('SELECT count(*) AS n FROM assessment'))[0].n)).toBe(before);
  });

  it('allows one periodic review per household and year', async () => {
    const hh = await register(env.h, env.t.officer, { statusSince: '2022-01-01' });
    expect((await env.h.query(RECORD, { input: review(hh.id) }, env.t.officer)).errors).toBeUndefined();
    const again = await env.h.query(
      RECORD,
      { input: review(hh.id, { reviewDate: '2024-12-01' }) },
      env.t.officer,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.reviewYear' });
  });
});

describe('targets and benefits', () => {
  it('computes progress of a reduction target from the status history', async () => {
    const ids = [];
    for (let i = 0; i < 4; i++) {
      ids.push(
        (
          await register(env.h, env.t.officer, {
            unitCode: WARD,
            initialStatus: 'POOR',
            statusSince: '2023-06-01',
          })
        ).id,
      );
    }
    // One of four poor-A households in the ward escapes during 2024: a 25 % reduction.
    await env.h.query(RECORD, { input: review(ids[0], { incomePerPersonMonth: 2_500_000 }) }, env.t.officer);
    const set = await env.h.query(
      `mutation { setTarget(input: { unitCode: "${WARD}", year: 2024, metric: POOR_A_HOUSEHOLD_REDUCTION, targetPercent: 35 }) {
        targetPercent progress { baseline current achievedPercent met baselineDate asOf } } }`,
      {},
      env.t.officer,
    );
    expect(set.data!.setTarget).toEqual({
      targetPercent: 35,
      progress: {
        baseline: 4,
        current: 3,
        achievedPercent: 25,
        met: false,
        baselineDate: '2023-12-31',
        asOf: '2024-12-31',
      },
    });
  });

  it('registers programmes and records benefits within their period', async () => {
    const hh = await register(env.h, env.t.officer, { initialStatus: 'POOR', statusSince: '2022-01-01' });
    const prog = await env.h.query(
      `mutation { registerProgramme(input: { code: "BHYT-TEST", name: "Hỗ trợ thẻ BHYT", kind: HEALTH_INSURANCE,
        startYear: 2022, endYear: 2030, budget: 9000000000000 }) { id ownerOrganisation budget } }`,
      {},
      env.t.officer,
    );
    expect(prog.data!.registerProgramme).toMatchObject({
      ownerOrganisation: 'PEOPLE_COMMITTEE',
      budget: 9_000_000_000_000,
    });
    const RECORD_BENEFIT = `mutation($input: RecordBenefitInput!) { recordBenefit(input: $input) { amount programme { code } person { fullName } } }`;
    const input = {
      programmeId: prog.data!.registerProgramme.id,
      householdId: hh.id,
      personId: hh.members[0].id,
      date: '2025-03-01',
      amount: 1_263_600,
    };
    const ok = await env.h.query(RECORD_BENEFIT, { input }, env.t.officer);
    expect(ok.data!.recordBenefit).toEqual({
      amount: 1_263_600,
      programme: { code: 'BHYT-TEST' },
      person: { fullName: hh.members[0].fullName },
    });
    const early = await env.h.query(
      RECORD_BENEFIT,
      { input: { ...input, date: '2021-05-01' } },
      env.t.officer,
    );
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    const union = await env.h.query(RECORD_BENEFIT, { input }, env.t.union);
    expect(union.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await env.h.query(
      `{ programmes(filter: { year: 2026 }) { totalCount nodes { code } } }`,
      {},
      env.t.union,
    );
    expect(list.data!.programmes.nodes).toEqual([{ code: 'BHYT-TEST' }]);
  });
});

describe('a provincial standard', () => {
  const DEFINE = `mutation($input: DefineProvincialStandardInput!) { definePovertyStandard(input: $input) { code provinceCode } }`;
  const hcmc = {
    code: 'HCM-TEST',
    name: 'Chuẩn nghèo riêng (thử)',
    legalBasis: 'Test resolution',
    provinceCode: '79',
    validFrom: '2022-01-01',
    validTo: '2026-12-31',
    ruralPovertyLine: 3_000_000,
    urbanPovertyLine: 4_000_000,
    indicators: ['EMPLOYMENT', 'CLEAN_WATER', 'HOUSING_AREA', 'HEALTH_INSURANCE'],
  };

  it('is defined by a province admin, not below the national lines, and then applies to that province', async () => {
    const admin79 = await testToken({ org: 'people-committee', units: ['79'], roles: ['admin'] });
    const low = await env.h.query(DEFINE, { input: { ...hcmc, ruralPovertyLine: 1_000_000 } }, admin79);
    expect(low.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.ruralPovertyLine',
    });
    expect(
      (await env.h.query(DEFINE, { input: hcmc }, env.t.hcmcOfficer)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const ok = await env.h.query(DEFINE, { input: hcmc }, admin79);
    expect(ok.data!.definePovertyStandard).toEqual({ code: 'HCM-TEST', provinceCode: '79' });

    const hh = await register(env.h, env.t.hcmcOfficer, { unitCode: HCMC_WARD, statusSince: '2022-01-01' });
    const res = await env.h.query(
      RECORD,
      { input: review(hh.id, { incomePerPersonMonth: 3_500_000, deprivations: ['EMPLOYMENT'] }) },
      env.t.hcmcOfficer,
    );
    // 3.5 million is far above the national urban line but under this province's.
    expect(res.data!.recordAssessment).toMatchObject({
      classification: 'NEAR_POOR',
      standard: { code: 'HCM-TEST' },
    });
  });
});
