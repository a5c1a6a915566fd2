import { todayInVietnam } from '@chung-tay/common';
import {
  describeAreaScope,
  describeRetiredUnits,
  describeStatementCounts,
  testToken,
} from '@chung-tay/common/testing';
import { info } from '../info';
import { register, useSubgraph } from './fixtures';

const env = useSubgraph();

const AREA = `query($unitCode: String!, $period: PeriodCode!) { areaPeriod(unitCode: $unitCode, period: $period) {
  unitCode period unit { name }
  peopleCommittee { householdsAtStart { asOf poor poorA nearPoor escapedPoverty }
    householdsAtEnd { asOf poor poorA poorB nearPoor escapedPoverty }
    escaped fellBack newlyPoorOrNearPoor benefitsGiven benefitsValue benefits { kind benefits households value }
    targets { metric baseline current achievedPercent met } } } }`;
const RECORD = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { resultingStatus } }`;
const DEFINE = `mutation($input: DefineReportObligationInput!) { defineReportObligation(input: $input) { id } }`;

const area = async (unitCode: string, period: string, token = env.t.officer) => {
  const res = await env.h.query(AREA, { unitCode, period }, token);
  return { errors: res.errors, figures: res.data?.areaPeriod?.peopleCommittee };
};

describe('the People’s Committee figures of an area and period', () => {
  beforeAll(async () => {
    const { h, t } = env;
    // Bù Gia Mập (25222, rural, once in Bình Phước 70): a poor-A household since 2025 that escapes in 2026-Q3 and
    // a near-poor one; Bình Phước ward (25195): a poor-A household registered in Q3; Hố Nai (26005, once in
    // Biên Hòa 731): a poor-B household since 2024.
    const escapes = await register(h, t.officer, {
      initialStatus: 'POOR',
      poorCategory: 'A',
      statusSince: '2025-01-01',
    });
    await register(h, t.officer, { initialStatus: 'NEAR_POOR', statusSince: '2025-01-01' });
    await register(h, t.officer, {
      unitCode: '25195',
      initialStatus: 'POOR',
      poorCategory: 'A',
      statusSince: '2026-08-01',
    });
    await register(h, t.officer, {
      unitCode: '26005',
      initialStatus: 'POOR',
      poorCategory: 'B',
      statusSince: '2024-06-01',
    });
    const moved = await h.query(
      RECORD,
      {
        input: {
          householdId: escapes.id,
          reviewKind: 'AD_HOC',
          reviewDate: '2026-09-10',
          incomePerPersonMonth: 2_100_000,
          deprivations: [],
        },
      },
      t.officer,
    );
    expect(moved.data!.recordAssessment.resultingStatus).toBe('ESCAPED_POVERTY');
    const programme = await h.query(
      `mutation { registerProgramme(input: { code: "DIEN-2026", name: "Hỗ trợ tiền điện", kind: ELECTRICITY,
        startYear: 2026, endYear: 2026, budget: 100000000 }) { id } }`,
      {},
      t.officer,
    );
    for (const [date, amount] of [
      ['2026-07-15', 230_000],
      ['2026-09-30', 230_000],
      ['2026-10-01', 999_000], // Q4: outside 2026-Q3
    ] as const) {
      const res = await h.query(
        `mutation($input: RecordBenefitInput!) { recordBenefit(input: $input) { id } }`,
        {
          input: { programmeId: programme.data!.registerProgramme.id, householdId: escapes.id, date, amount },
        },
        t.officer,
      );
      expect(res.errors).toBeUndefined();
    }
    const target = await h.query(
      `mutation { setTarget(input: { unitCode: "25222", year: 2026, metric: POOR_HOUSEHOLD_REDUCTION, targetPercent: 35 }) { id } }`,
      {},
      t.officer,
    );
    expect(target.errors).toBeUndefined();
  });

  it('counts statuses at the start and end, the movements between them, support and targets', async () => {
    const { figures, errors } = await area('25222', '2026-Q3');
    expect(errors).toBeUndefined();
    expect(figures).toEqual({
      householdsAtStart: { asOf: '2026-06-30', poor: 1, poorA: 1, nearPoor: 1, escapedPoverty: 0 },
      householdsAtEnd: { asOf: '2026-09-30', poor: 0, poorA: 0, poorB: 0, nearPoor: 1, escapedPoverty: 1 },
      escaped: 1,
      fellBack: 0,
      newlyPoorOrNearPoor: 0,
      // 230,000 on 15 Jul + 230,000 on 30 Sep; the 1 Oct benefit is in Q4.
      benefitsGiven: 2,
      benefitsValue: 460_000,
      benefits: [{ kind: 'ELECTRICITY', benefits: 2, households: 1, value: 460_000 }],
      // One poor household on 31 Dec 2025, none at the end of Q3: a 100 % reduction against a 35 % target.
      targets: [
        { metric: 'POOR_HOUSEHOLD_REDUCTION', baseline: 1, current: 0, achievedPercent: 100, met: true },
      ],
    });
  });

  it('rolls a province up from its communes; a pre-2025 unit holds its successors’ households (hand-worked)', async () => {
    const sum = async (units: string[], period: string) => {
      const all = await Promise.all(units.map((u) => area(u, period)));
      return {
        poor: all.reduce((n, a) => n + a.figures.householdsAtEnd.poor, 0),
        nearPoor: all.reduce((n, a) => n + a.figures.householdsAtEnd.nearPoor, 0),
        benefitsValue: all.reduce((n, a) => n + a.figures.benefitsValue, 0),
      };
    };
    const pick = (f: { householdsAtEnd: { poor: number; nearPoor: number }; benefitsValue: number }) => ({
      poor: f.householdsAtEnd.poor,
      nearPoor: f.householdsAtEnd.nearPoor,
      benefitsValue: f.benefitsValue,
    });
    const province = pick((await area('75', '2026-Q3')).figures);
    expect(province).toEqual(await sum(['25222', '25195', '26005'], '2026-Q3'));
    expect(province).toEqual({ poor: 2, nearPoor: 1, benefitsValue: 460_000 });
    // Before the reform: Bình Phước (70) is 25222 + 25195; Biên Hòa (731) is 26005.
    expect((await area('70', '2025-Q1')).figures.householdsAtEnd).toMatchObject({ poor: 1, nearPoor: 1 });
    expect((await area('731', '2024')).figures.householdsAtEnd).toMatchObject({ poor: 1, poorB: 1 });
  });

  it('refuses unknown units, and shows another organisation aggregates under the threshold rule', async () => {
    expect((await area('99999', '2026')).errors?.[0]).toMatchObject({
      message: expect.stringContaining('"99999"'),
      extensions: { code: 'BAD_USER_INPUT', field: 'unitCode' },
    });
    // A union viewer of the province reads the aggregates under the threshold rule: two households are too few.
    const unionViewer = await testToken({ org: 'labour-union', units: ['75'], roles: ['viewer'] });
    expect((await area('75', '2026-Q3', unionViewer)).figures.householdsAtEnd.poor).toBeNull();
  });
});

describe('report obligations, expected reports and timeliness', () => {
  const EXPECTED = `query($u: String!, $p: PeriodCode!) { areaPeriod(unitCode: $u, period: $p) {
    reportsExpected { section unitCode period dueOn }
    peopleCommitteeReporting { expected submitted onTime late missing notYetDue
      reports { unitCode period timeliness status version } } } }`;

  beforeAll(async () => {
    for (const input of [
      {
        section: 'POVERTY_REDUCTION',
        scopeUnitCode: '75',
        unitLevel: 'COMMUNE',
        schedule: 'QUARTERLY',
        firstYear: 2026,
      },
      {
        section: 'UNION_FUND',
        scopeUnitCode: '75',
        unitLevel: 'PROVINCE',
        schedule: 'YEARLY',
        dueDay: 30,
        dueMonth: 11,
        firstYear: 2026,
      },
    ]) {
      const res = await env.h.query(DEFINE, { input }, env.t.officer);
      expect(res.errors).toBeUndefined();
    }
  });

  it('refuses bad obligations naming the field, and non-officers', async () => {
    const quarterlyWithMonth = await env.h.query(
      DEFINE,
      {
        input: {
          section: 'LENDER_PORTFOLIO',
          scopeUnitCode: '75',
          unitLevel: 'PROVINCE',
          schedule: 'QUARTERLY',
          dueMonth: 3,
          firstYear: 2026,
        },
      },
      env.t.officer,
    );
    expect(quarterlyWithMonth.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.dueMonth',
    });
    const provinceUnderCommune = await env.h.query(
      DEFINE,
      {
        input: {
          section: 'LENDER_PORTFOLIO',
          scopeUnitCode: '25222',
          unitLevel: 'PROVINCE',
          schedule: 'QUARTERLY',
          firstYear: 2026,
        },
      },
      env.t.officer,
    );
    expect(provinceUnderCommune.errors?.[0].extensions).toMatchObject({ field: 'input.unitLevel' });
    const viewer = await env.h.query(
      DEFINE,
      {
        input: {
          section: 'LENDER_PORTFOLIO',
          scopeUnitCode: '75',
          unitLevel: 'PROVINCE',
          schedule: 'QUARTERLY',
          firstYear: 2026,
        },
      },
      env.t.viewer,
    );
    expect(viewer.errors?.[0].extensions!.code).toBe('FORBIDDEN');
    const list = await env.h.query(`{ reportObligations { section } }`, {}, env.t.viewer);
    expect(list.data!.reportObligations.map((o: { section: string }) => o.section).sort()).toEqual([
      'POVERTY_REDUCTION',
      'UNION_FUND',
    ]);
  });

  it('expands obligations into the reports due from the area, with due dates', async () => {
    const res = await env.h.query(EXPECTED, { u: '25222', p: '2026' }, env.t.officer);
    expect(res.data!.areaPeriod.reportsExpected).toEqual(
      ['Q1:2026-04-05', 'Q2:2026-07-05', 'Q3:2026-10-05', 'Q4:2027-01-05'].map((s) => ({
        section: 'POVERTY_REDUCTION',
        unitCode: '25222',
        period: `2026-${s.slice(0, 2)}`,
        dueOn: s.slice(3),
      })),
    );
    const province = await env.h.query(EXPECTED, { u: '75', p: '2026-Q3' }, env.t.officer);
    const expected = province.data!.areaPeriod.reportsExpected;
    // Every commune and ward of the province in force, for Q3; the yearly fund report is not inside Q3.
    expect(expected).toHaveLength(95);
    const year = await env.h.query(EXPECTED, { u: '75', p: '2026' }, env.t.officer);
    expect(year.data!.areaPeriod.reportsExpected).toContainEqual({
      section: 'UNION_FUND',
      unitCode: '75',
      period: '2026',
      dueOn: '2026-11-30',
    });
  });

  it('freezes a submitted report and judges it on time, late or missing (today is after 5 Oct 2026)', async () => {
    const { h, t } = env;
    const prepared = await h.query(
      `mutation { preparePeopleCommitteeAreaReport(section: POVERTY_REDUCTION, unitCode: "25222", period: "2026-Q3") {
        id version status figures { householdsAtEnd { nearPoor } } } }`,
      {},
      t.officer,
    );
    expect(prepared.data!.preparePeopleCommitteeAreaReport).toMatchObject({
      version: 1,
      status: 'DRAFT',
      figures: { householdsAtEnd: { nearPoor: 1 } },
    });
    const id = prepared.data!.preparePeopleCommitteeAreaReport.id;
    await h.query(
      `mutation($id: ID!) { submitPeopleCommitteeAreaReport(id: $id) { status } }`,
      { id },
      t.officer,
    );
    // A near-poor household found in Q3 after the report went in: the live figures move, the report does not.
    await register(h, t.officer, { initialStatus: 'NEAR_POOR', statusSince: '2026-09-01' });
    const live = await area('25222', '2026-Q3');
    expect(live.figures.householdsAtEnd.nearPoor).toBe(2);
    const stored = await h.query(
      `query($id: ID!) { peopleCommitteeAreaReport(id: $id) { status figures { householdsAtEnd { nearPoor } } } }`,
      { id },
      t.viewer,
    );
    expect(stored.data!.peopleCommitteeAreaReport).toEqual({
      status: 'SUBMITTED',
      figures: { householdsAtEnd: { nearPoor: 1 } },
    });
    const reporting = (await h.query(EXPECTED, { u: '25222', p: '2026' }, t.officer)).data!.areaPeriod
      .peopleCommitteeReporting;
    expect(reporting).toMatchObject({
      expected: 4,
      submitted: 1,
      onTime: 0,
      late: 1,
      missing: 2,
      notYetDue: 1,
    });
    expect(
      reporting.reports.map((r: { period: string; timeliness: string }) => `${r.period} ${r.timeliness}`),
    ).toEqual(['2026-Q1 MISSING', '2026-Q2 MISSING', '2026-Q3 LATE', '2026-Q4 NOT_YET_DUE']);
  });
});

/**
 * Finished periods' figures are kept in area_rollup once computed (see area-rollups.test.ts); the tests below count
 * the statements that compute them, so each measured request starts with none kept.
 */
const forgetRollups = () => env.h.dataSource.query('DELETE FROM area_rollup');

const subgraph = { info };
const areaAdapter = {
  harness: () => env.h,
  figures: `householdsAtEnd { poor poorA poorB nearPoor escapedPoverty } escaped fellBack newlyPoorOrNearPoor
    benefitsGiven benefitsValue`,
  unitTable: 'administrative_unit',
};
describeRetiredUnits(subgraph, {
  ...areaAdapter,
  token: () => env.t.officer,
  retired: [
    { unitCode: '70', period: '2025-Q1' },
    { unitCode: '731', period: '2024' },
  ],
  afterEnd: { unitCode: '731', period: '2026-Q1' },
  section: 'POVERTY_REDUCTION',
  officer: () => env.t.officer,
});
describeAreaScope(subgraph, {
  ...areaAdapter,
  inside: { unitCode: '75', period: '2026-Q3' },
  narrow: { units: ['25222'], outside: ['25195', '75'].map((unitCode) => ({ unitCode, period: '2026-Q3' })) },
  section: 'POVERTY_REDUCTION',
});
describeStatementCounts(subgraph, {
  ...areaAdapter,
  figures: 'escaped benefitsValue targets { met }',
  alongside: 'reportsExpected { unitCode }',
  token: () => env.t.officer,
  periods: ['2025-Q2', '2025-Q1'],
  beforeEach: async () => {
    await forgetRollups();
  },
});

describe('SQL statements of a trend and of targets', () => {
  const TREND = `query($unitCode: String!, $periods: [PeriodCode!]!) { areaPeriods(unitCode: $unitCode, periods: $periods) {
    period peopleCommittee { householdsAtStart { poor nearPoor } householdsAtEnd { poor nearPoor escapedPoverty }
      escaped benefitsValue targets { baseline current met } } } }`;
  const trend = async (periods: string[]) => {
    await forgetRollups();
    env.h.queries.reset();
    const res = await env.h.query(TREND, { unitCode: '75', periods }, env.t.officer);
    expect(res.errors).toBeUndefined();
    const history = env.h.queries.statements.filter((q) => q.includes('household_status_change')).length;
    return { areas: res.data!.areaPeriods, statements: env.h.queries.count, history };
  };

  it('reads the statuses of every period of a trend in the same statements, with the figures of each period alone', async () => {
    const two = await trend(['2026-Q2', '2026-Q3']);
    const eight = await trend([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026',
    ]);
    // The status history is read twice for all periods together: counts on every day (period ends and the
    // targets' baselines) and the movements within each period. Per period only the support statement repeats
    // (one per distinct period, as every area loader), and the targets once per year (2025).
    // While the year 2026 runs, its stock day is today: its counts and movements are computed apart from the
    // finished periods' (which are kept), so once more each — still not once per period.
    const running = todayInVietnam() <= '2026-12-31' ? 1 : 0;
    expect([two.history, eight.history]).toEqual([2, 2 + 2 * running]);
    expect(eight.statements - two.statements).toBe(6 + 1 + 2 * running);
    for (const area of eight.areas) {
      const one = await env.h.query(AREA, { unitCode: '75', period: area.period }, env.t.officer);
      const { householdsAtStart, householdsAtEnd, escaped, benefitsValue } =
        one.data!.areaPeriod.peopleCommittee;
      expect(area.peopleCommittee).toMatchObject({
        householdsAtStart: { poor: householdsAtStart.poor, nearPoor: householdsAtStart.nearPoor },
        householdsAtEnd: { poor: householdsAtEnd.poor, escapedPoverty: householdsAtEnd.escapedPoverty },
        escaped,
        benefitsValue,
      });
    }
  });

  it('asks nothing of the status history when only support is wanted', async () => {
    await forgetRollups();
    env.h.queries.reset();
    const res = await env.h.query(
      `{ areaPeriods(unitCode: "75", periods: ["2026-Q2", "2026-Q3"]) { peopleCommittee { benefitsValue } } }`,
      {},
      env.t.officer,
    );
    expect(res.errors).toBeUndefined();
    expect(env.h.queries.statements.filter((s) => s.includes('household_status_change'))).toEqual([]);
    expect(env.h.queries.statements.filter((s) => s.includes('FROM benefit'))).toHaveLength(2);
  });

  it('gives every target of a unit its progress in the same few statements, however many targets', async () => {
    const progress = async () => {
      await forgetRollups();
      env.h.queries.reset();
      const res = await env.h.query(
        `{ targets(unitCode: "26005", year: 2026) { metric progress { baseline current met } } }`,
        {},
        env.t.officer,
      );
      expect(res.errors).toBeUndefined();
      return { targets: res.data!.targets, statements: env.h.queries.count };
    };
    const setTarget = (metric: string) =>
      env.h.query(
        `mutation { setTarget(input: { unitCode: "26005", year: 2026, metric: ${metric}, targetPercent: 10 }) { id } }`,
        {},
        env.t.officer,
      );
    await setTarget('POOR_HOUSEHOLD_REDUCTION');
    const one = await progress();
    await setTarget('POOR_A_HOUSEHOLD_REDUCTION');
    await setTarget('NEAR_POOR_HOUSEHOLD_REDUCTION');
    const three = await progress();
    expect(three.targets).toHaveLength(3);
    expect(three.statements).toBe(one.statements);
    // Hố Nai's poor-B household, registered in 2024, is poor at both ends of 2026.
    expect(
      three.targets.find((t: { metric: string }) => t.metric === 'POOR_HOUSEHOLD_REDUCTION').progress,
    ).toEqual({
      baseline: 1,
      current: 1,
      met: false,
    });
  });
});

describe('a household whose status changed twice on one day', () => {
  it('counts the later change on that day, as the register’s history reads', async () => {
    const household = await register(env.h, env.t.officer, {
      unitCode: '26017',
      initialStatus: 'POOR',
      poorCategory: 'B',
      statusSince: '2026-03-31',
    });
    const review = await env.h.query(
      RECORD,
      {
        input: {
          householdId: household.id,
          reviewKind: 'AD_HOC',
          reviewDate: '2026-03-31',
          incomePerPersonMonth: 2_500_000,
          deprivations: [],
        },
      },
      env.t.officer,
    );
    expect(review.errors).toBeUndefined();
    const history = await env.h.query(
      `query($id: ID!) { household(id: $id) { statusHistory { status effectiveDate } } }`,
      { id: household.id },
      env.t.officer,
    );
    expect(
      history.data!.household.statusHistory.map((c: { effectiveDate: string }) => c.effectiveDate),
    ).toEqual(['2026-03-31', '2026-03-31']);
    const { figures, errors } = await area('26017', '2026-Q1');
    expect(errors).toBeUndefined();
    expect(figures.householdsAtEnd).toMatchObject({ asOf: '2026-03-31', poor: 0, escapedPoverty: 1 });
    expect(figures.newlyPoorOrNearPoor).toBe(0);
  });
});
