import { parsePeriod, todayInVietnam } from '@chung-tay/common';
import { register, useSubgraph } from './fixtures';

/**
 * Area figures of finished days are kept in area_rollup (area-figures.loaders.ts) and forgotten by triggers on
 * every table they read (migration AreaRollupTriggers1763900008000). Each write below is followed by two checks:
 * which rollups it forgot, and that the figures served afterwards equal the figures computed from scratch.
 */
const env = useSubgraph();

const FINISHED = '2025-Q3';
const AREA = `query($unitCode: String!, $period: PeriodCode!) { areaPeriod(unitCode: $unitCode, period: $period) {
  peopleCommittee { householdsAtStart { asOf poor nearPoor } householdsAtEnd { asOf poor nearPoor escapedPoverty }
    escaped fellBack newlyPoorOrNearPoor benefitsGiven benefitsValue benefits { kind value }
    targets { metric baseline current achievedPercent } } } }`;
const RECORD = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { resultingStatus } }`;
const BENEFIT = `mutation($input: RecordBenefitInput!) { recordBenefit(input: $input) { id } }`;

/** The register's tables: a statement naming one computed a figure rather than reading area_rollup. */
const REGISTER = /\b(household_status_change|benefit|person|household)\b/;

async function read(period = FINISHED) {
  env.h.queries.reset();
  const res = await env.h.query(AREA, { unitCode: '75', period }, env.t.officer);
  expect(res.errors).toBeUndefined();
  return {
    figures: res.data!.areaPeriod.peopleCommittee,
    computed: env.h.queries.statements.filter((s) => REGISTER.test(s)).length,
  };
}

interface Rollup {
  figure: string;
  key: string;
  lastDay: string;
  computedAt: string;
}
const rollups = (): Promise<Rollup[]> =>
  env.h.dataSource.query(
    `SELECT figure, key, to_char(last_day, 'YYYY-MM-DD') AS "lastDay", computed_at::text AS "computedAt"
     FROM area_rollup ORDER BY figure COLLATE "C", key COLLATE "C"`,
  );
const names = (rs: Rollup[]) => rs.map((r) => `${r.figure} ${r.key}`);

/** Every rollup of the finished period's view, as the first read keeps them. */
const ALL = [
  'pc.areaBenefits 75|2025-Q3',
  'pc.healthInsurance 75|2025-09-30|2025|2025-12-31',
  'pc.householdMoves 75|2025-06-30|2025-09-30',
  'pc.householdsOn 75|2024-12-31', // the baseline of the reduction target
  'pc.householdsOn 75|2025-06-30',
  'pc.householdsOn 75|2025-09-30',
];

/** Reads the finished period once (keeping what is missing); all its rollups are then kept. */
async function readAndKeep() {
  const first = await read();
  expect(names(await rollups())).toEqual(ALL);
  return first;
}

/**
 * Fills the rollups of the finished period, runs a write, and returns the rollups it left and the figures served
 * next — checked against the figures computed with no rollup at all (a stale rollup would differ).
 */
async function afterWrite(write: () => Promise<unknown>) {
  await readAndKeep();
  const before = await rollups();
  await write();
  const left = await rollups();
  // What is left is untouched (not recomputed).
  for (const r of left) expect(before).toContainEqual(r);
  const served = (await read()).figures;
  await env.h.dataSource.query('DELETE FROM area_rollup');
  expect(served).toEqual((await read()).figures);
  return { left: names(left), figures: served };
}

const ids = {} as { poorA: string; nearPoor: string; poorB: string; programme: string };

beforeAll(async () => {
  const { h, t } = env;
  // Bù Gia Mập (25222): poor since January 2025; Bình Phước ward (25195): near-poor since January 2025; Hố Nai
  // (26005): poor since June 2024. Two members each.
  ids.poorA = (
    await register(h, t.officer, { initialStatus: 'POOR', poorCategory: 'A', statusSince: '2025-01-01' })
  ).id;
  ids.nearPoor = (
    await register(h, t.officer, { unitCode: '25195', initialStatus: 'NEAR_POOR', statusSince: '2025-01-01' })
  ).id;
  ids.poorB = (
    await register(h, t.officer, {
      unitCode: '26005',
      initialStatus: 'POOR',
      poorCategory: 'B',
      statusSince: '2024-06-01',
    })
  ).id;
  const programme = await h.query(
    `mutation { registerProgramme(input: { code: "BHYT-2025", name: "Thẻ bảo hiểm y tế", kind: HEALTH_INSURANCE,
      startYear: 2025, endYear: 2030, budget: 100000000 }) { id } }`,
    {},
    t.officer,
  );
  ids.programme = programme.data!.registerProgramme.id;
  // Cards for the whole household: the poor one in Q1, the near-poor one in Q3.
  for (const [householdId, date, amount] of [
    [ids.poorA, '2025-03-01', 1_000_000],
    [ids.nearPoor, '2025-08-01', 500_000],
  ] as const) {
    const res = await h.query(
      BENEFIT,
      { input: { programmeId: ids.programme, householdId, date, amount } },
      t.officer,
    );
    expect(res.errors).toBeUndefined();
  }
  for (const metric of ['HEALTH_INSURANCE_COVERAGE', 'POOR_HOUSEHOLD_REDUCTION']) {
    const res = await h.query(
      `mutation { setTarget(input: { unitCode: "75", year: 2025, metric: ${metric}, targetPercent: 50 }) { id } }`,
      {},
      t.officer,
    );
    expect(res.errors).toBeUndefined();
  }
});

describe('area figures of a finished period', () => {
  it('are computed once, kept with their last day, and read back from area_rollup', async () => {
    expect(await rollups()).toEqual([]);
    const first = await readAndKeep();
    expect(first.figures).toEqual({
      householdsAtStart: { asOf: '2025-06-30', poor: 2, nearPoor: 1 },
      householdsAtEnd: { asOf: '2025-09-30', poor: 2, nearPoor: 1, escapedPoverty: 0 },
      escaped: 0,
      fellBack: 0,
      newlyPoorOrNearPoor: 0,
      benefitsGiven: 1,
      benefitsValue: 500_000,
      benefits: [{ kind: 'HEALTH_INSURANCE', value: 500_000 }],
      targets: [
        // Six people in poor or near-poor households on 30 Sep, four of them with a card dated in 2025.
        { metric: 'HEALTH_INSURANCE_COVERAGE', baseline: 6, current: 4, achievedPercent: 66.67 },
        // One poor household on 31 Dec 2024, two at the end of Q3.
        { metric: 'POOR_HOUSEHOLD_REDUCTION', baseline: 1, current: 2, achievedPercent: -100 },
      ],
    });
    expect(first.computed).toBeGreaterThan(0);
    const kept = await rollups();
    expect(names(kept)).toEqual(ALL);
    expect(kept.map((r) => r.lastDay)).toEqual([
      '2025-09-30',
      '2025-12-31', // cards bought any time in 2025 count
      '2025-09-30',
      '2024-12-31',
      '2025-06-30',
      '2025-09-30',
    ]);

    const second = await read();
    expect(second.figures).toEqual(first.figures);
    expect(second.computed).toBe(0);
    expect(await rollups()).toEqual(kept);
  });

  it('forgets what a back-dated status change changes, and only that', async () => {
    const { left, figures } = await afterWrite(async () => {
      const res = await env.h.query(
        RECORD,
        {
          input: {
            householdId: ids.poorA,
            reviewKind: 'AD_HOC',
            reviewDate: '2025-08-15',
            incomePerPersonMonth: 2_500_000,
            deprivations: [],
          },
        },
        env.t.officer,
      );
      expect(res.data?.recordAssessment.resultingStatus).toBe('ESCAPED_POVERTY');
    });
    // Days before 15 Aug stand; support is not read from the status history.
    expect(left).toEqual([
      'pc.areaBenefits 75|2025-Q3',
      'pc.householdsOn 75|2024-12-31',
      'pc.householdsOn 75|2025-06-30',
    ]);
    expect(figures).toMatchObject({
      householdsAtStart: { poor: 2 },
      householdsAtEnd: { poor: 1, escapedPoverty: 1 },
      escaped: 1,
      targets: [
        { metric: 'HEALTH_INSURANCE_COVERAGE', baseline: 4, current: 2 },
        { metric: 'POOR_HOUSEHOLD_REDUCTION', baseline: 1, current: 1 },
      ],
    });
  });

  it('forgets support and health insurance from a back-dated benefit’s date', async () => {
    const benefit = (date: string) => () =>
      env.h.query(
        BENEFIT,
        { input: { programmeId: ids.programme, householdId: ids.poorB, date, amount: 700_000 } },
        env.t.officer,
      );
    // A card bought after the quarter but in its year counts for the quarter's coverage; the quarter's support
    // and the status counts stand.
    const afterQuarter = await afterWrite(benefit('2025-11-10'));
    expect(afterQuarter.left).toEqual(ALL.filter((r) => !r.startsWith('pc.healthInsurance')));
    expect(afterQuarter.figures).toMatchObject({
      benefitsValue: 500_000,
      targets: [{ metric: 'HEALTH_INSURANCE_COVERAGE', baseline: 4, current: 4 }, {}],
    });
    const inQuarter = await afterWrite(benefit('2025-07-20'));
    expect(inQuarter.left).toEqual(
      ALL.filter((r) => r.startsWith('pc.householdsOn') || r.startsWith('pc.householdMoves')),
    );
    expect(inQuarter.figures).toMatchObject({
      benefitsValue: 1_200_000,
      targets: [{ metric: 'HEALTH_INSURANCE_COVERAGE', baseline: 4, current: 4 }, {}],
    });
  });

  it('keeps everything on writes dated today', async () => {
    const today = todayInVietnam();
    const { left } = await afterWrite(async () => {
      const review = await env.h.query(
        RECORD,
        {
          input: {
            householdId: ids.nearPoor,
            reviewKind: 'AD_HOC',
            reviewDate: today,
            incomePerPersonMonth: 5_000_000,
            deprivations: [],
          },
        },
        env.t.officer,
      );
      // Out of near-poverty: a status change dated today, and the household's own status columns updated.
      expect(review.data?.recordAssessment.resultingStatus).toBe('ESCAPED_NEAR_POVERTY');
      const benefit = await env.h.query(
        BENEFIT,
        { input: { programmeId: ids.programme, householdId: ids.poorB, date: today, amount: 700_000 } },
        env.t.officer,
      );
      expect(benefit.errors).toBeUndefined();
    });
    // The household's own status columns changed too: the figures read the status history instead.
    expect(left).toEqual(ALL);
  });

  it('forgets health insurance when a household gains a member (members count as they are now)', async () => {
    const { left, figures } = await afterWrite(() =>
      env.h.query(
        `mutation($id: ID!) { addHouseholdMember(householdId: $id, input: { fullName: "Lê Văn Bình",
          birthDate: "2015-05-05", sex: MALE, relationToHead: CHILD }) { id } }`,
        { id: ids.poorB },
        env.t.officer,
      ),
    );
    expect(left).toEqual(ALL.filter((r) => !r.startsWith('pc.healthInsurance')));
    expect(figures.targets[0]).toMatchObject({ baseline: 5, current: 5 });
  });

  it('forgets support and health insurance when a programme changes kind, not when it is renamed', async () => {
    const renamed = await afterWrite(() =>
      env.h.dataSource.query(`UPDATE programme SET name = 'Thẻ BHYT' WHERE id = $1`, [ids.programme]),
    );
    expect(renamed.left).toEqual(ALL);
    const { left, figures } = await afterWrite(() =>
      env.h.dataSource.query(`UPDATE programme SET kind = 'TUITION' WHERE id = $1`, [ids.programme]),
    );
    expect(left).toEqual(
      ALL.filter((r) => r.startsWith('pc.householdsOn') || r.startsWith('pc.householdMoves')),
    );
    expect(figures).toMatchObject({
      benefits: [{ kind: 'TUITION' }],
      targets: [{ metric: 'HEALTH_INSURANCE_COVERAGE', current: 0 }, {}],
    });
    await env.h.dataSource.query(`UPDATE programme SET kind = 'HEALTH_INSURANCE' WHERE id = $1`, [
      ids.programme,
    ]);
  });

  it('forgets everything when a household moves to another unit, nothing when only its status columns change', async () => {
    const statusOnly = await afterWrite(() =>
      env.h.dataSource.query(
        `UPDATE household SET status = status, status_since = status_since WHERE id = $1`,
        [ids.poorB],
      ),
    );
    expect(statusOnly.left).toEqual(ALL);
    // Hố Nai's household moves to a ward of Hồ Chí Minh City: it leaves province 75 on every day.
    const { left, figures } = await afterWrite(() =>
      env.h.dataSource.query(`UPDATE household SET unit_code = '25747' WHERE id = $1`, [ids.poorB]),
    );
    expect(left).toEqual([]);
    expect(figures).toMatchObject({
      householdsAtStart: { poor: 1 },
      benefitsValue: 500_000,
      targets: [{}, { metric: 'POOR_HOUSEHOLD_REDUCTION', baseline: 0 }],
    });
  });

  it('forgets everything when the unit tree changes', async () => {
    const { left } = await afterWrite(() =>
      env.h.dataSource.query(
        `UPDATE administrative_unit SET successor_codes = successor_codes WHERE code = '25222'`,
      ),
    );
    expect(left).toEqual([]);
  });
});

describe('area figures of a running period', () => {
  it('are computed on every read and never kept', async () => {
    const today = todayInVietnam();
    const quarter = `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
    await env.h.dataSource.query('DELETE FROM area_rollup');
    const first = await read(quarter);
    expect(first.figures.householdsAtEnd.asOf).toBe(today);
    const second = await read(quarter);
    expect(second.figures).toEqual(first.figures);
    // The counts on today, the movements up to today and the quarter's support, each time.
    expect(first.computed).toBeGreaterThanOrEqual(3);
    expect(second.computed).toBeGreaterThanOrEqual(3);
    // Only the day before the quarter began is over: its counts are kept, nothing that reaches today.
    const dayBefore = new Date(Date.parse(`${parsePeriod(quarter).start}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(names(await rollups())).toEqual([`pc.householdsOn 75|${dayBefore}`]);
  });
});

describe('health insurance of a finished period while its year runs', () => {
  const today = todayInVietnam();
  const year = today.slice(0, 4);
  const month = Number(today.slice(5, 7));
  // The month before this one: over, but cards bought until the year's end still count for it.
  const period = `${year}-${String(month - 1).padStart(2, '0')}`;
  const UNIT = '26017'; // Hố Nai's neighbour, untouched by the tests above
  const coverage = async () => {
    env.h.queries.reset();
    const res = await env.h.query(
      `query($u: String!, $p: PeriodCode!) { areaPeriod(unitCode: $u, period: $p) { peopleCommittee {
        targets { metric baseline current } } } }`,
      { u: UNIT, p: period },
      env.t.officer,
    );
    expect(res.errors).toBeUndefined();
    return {
      ...res.data!.areaPeriod.peopleCommittee.targets[0],
      // The statement over every person of the area, as against the one from today's cards.
      overEveryone: env.h.queries.statements.filter((s) => s.includes('FROM person p\n')).length,
    };
  };
  const card = (householdId: string, date: string) =>
    env.h.query(
      BENEFIT,
      { input: { programmeId: ids.programme, householdId, date, amount: 800_000 } },
      env.t.officer,
    );

  // In January no period of the year is over yet.
  (month > 1 ? it : it.skip)(
    'keeps the cards up to yesterday and adds those dated today, each person once',
    async () => {
      const { h, t } = env;
      const since = `${year}-01-01`;
      const poor = await register(h, t.officer, {
        unitCode: UNIT,
        initialStatus: 'POOR',
        poorCategory: 'B',
        statusSince: since,
      });
      const nearPoor = await register(h, t.officer, {
        unitCode: UNIT,
        initialStatus: 'NEAR_POOR',
        statusSince: since,
      });
      const target = await h.query(
        `mutation { setTarget(input: { unitCode: "${UNIT}", year: ${year}, metric: HEALTH_INSURANCE_COVERAGE, targetPercent: 90 }) { id } }`,
        {},
        t.officer,
      );
      expect(target.errors).toBeUndefined();
      expect((await card(poor.id, since)).errors).toBeUndefined();

      const first = await coverage();
      expect(first).toMatchObject({
        metric: 'HEALTH_INSURANCE_COVERAGE',
        baseline: 4,
        current: 2,
        overEveryone: 1,
      });
      const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      const periodEnd = parsePeriod(period).end;
      const key = `${UNIT}|${periodEnd}|${year}|${yesterday}`;
      const kept = (await rollups()).filter((r) => r.figure === 'pc.healthInsurance');
      expect(kept).toEqual([expect.objectContaining({ key, lastDay: yesterday })]);
      expect(await coverage()).toEqual({ ...first, overEveryone: 0 });

      // A card dated today for the near-poor household: counted live, the kept figure stands.
      expect((await card(nearPoor.id, today)).errors).toBeUndefined();
      expect(await coverage()).toMatchObject({ baseline: 4, current: 4, overEveryone: 0 });
      // A second card this year for the poor household: its people are counted once.
      expect((await card(poor.id, today)).errors).toBeUndefined();
      expect(await coverage()).toMatchObject({ baseline: 4, current: 4, overEveryone: 0 });
      expect((await rollups()).filter((r) => r.figure === 'pc.healthInsurance')).toEqual(kept);

      // The same figures computed for the whole year at once, with nothing kept.
      await env.h.dataSource.query('DELETE FROM area_rollup');
      const whole = await env.h.dataSource.query(
        `SELECT count(*)::int AS covered FROM person p JOIN household h ON h.id = p.household_id
         WHERE h.unit_code = $1 AND EXISTS (SELECT 1 FROM benefit b JOIN programme g ON g.id = b.programme_id
           WHERE g.kind = 'HEALTH_INSURANCE' AND b.household_id = p.household_id
             AND (b.person_id IS NULL OR b.person_id = p.id) AND b.date BETWEEN $2 AND $3)`,
        [UNIT, since, `${year}-12-31`],
      );
      expect(whole).toEqual([{ covered: 4 }]);
      expect(await coverage()).toMatchObject({ baseline: 4, current: 4, overEveryone: 1 });
    },
  );
});
