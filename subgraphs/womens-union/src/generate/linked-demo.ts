import {
  GenerationWave,
  type DemoContext,
  type DemoHousehold,
  type DemoPerson,
  type GraphQLCall,
  type DemoGenerator,
  int,
  mulberry32,
  pick,
  type Rng,
} from '@chung-tay/common/generate';
import { WomensUnionSupportKind as Support } from '../enums';
import { LIVELIHOOD_GIFTS, SUPPORT_NOTES } from './vocabulary';

/**
 * The Đồng Nai Women's Union's demo records, made through the gateway with a union officer's token the way the
 * union's own tools make them: the province union with a chapter on each demo commune and a branch or two under
 * each; members found in the register with registerMatch; each chapter's "5 không 3 sạch" pledge of poor and
 * near-poor households for 2024 and 2025 with a mid-year and a year-end review (the "no hunger or poverty"
 * criterion follows the household's status in the register); the 2025 "Savings day for poor women" with targets
 * and contributions; two or three savings-and-loan groups per commune working for VBSP or CEP; support given; and
 * the chapters' periodic reports sent, mostly on time; then the province's cross-agency section for 3, 6 and 9
 * months of 2026 (sent at every first start that lacks it). Deterministic: a seeded PRNG.
 */

/** `count` distinct items, in a shuffled order. */
function sample<T>(rng: Rng, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return out;
}
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
const dayIn = (rng: Rng, from: string, to: string) =>
  addDays(from, int(rng, 0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)));
const maxDate = (...dates: string[]) => dates.reduce((a, b) => (a > b ? a : b));
/** Amounts in whole steps of `step` đồng. */
const amount = (rng: Rng, min: number, max: number, step = 50_000) => int(rng, min / step, max / step) * step;

const SEED = 752025;
const PLEDGE_YEARS = [2024, 2025] as const;
const REPORT_PERIODS = ['2025-Q1', '2025-6M', '2025-9M', '2025', '2026-Q1', '2026-6M'];
const DUE: Record<string, string> = {
  '2025-Q1': '2025-04-05',
  '2025-6M': '2025-07-05',
  '2025-9M': '2025-10-05',
  '2025': '2026-01-05',
  '2026-Q1': '2026-04-05',
  '2026-6M': '2026-07-05',
};
const ALL_CRITERIA = [
  'noLawBreakingOrSocialEvils',
  'noDomesticViolence',
  'noPopulationPolicyViolation',
  'noMalnourishedOrDropoutChildren',
  'cleanHouse',
  'cleanKitchen',
  'cleanAlley',
] as const;

interface Chapter {
  id: string;
  unitCode: string;
  name: string;
}
interface Commune extends Chapter {
  kind: string;
  branches: Chapter[];
  households: DemoHousehold[];
}
interface Member {
  id: string;
  person: DemoPerson;
  household: DemoHousehold;
  joinedOn: string;
}
type History = { status: string; effectiveDate: string }[];

/** The register's status of a household on a date, from its status history. */
const statusOn = (history: History, date: string) =>
  history.filter((c) => c.effectiveDate <= date).at(-1)?.status ?? 'NOT_POOR';
const PLEDGEABLE = ['POOR', 'NEAR_POOR'];

async function statusHistories(wu: GraphQLCall, province: string): Promise<Map<string, History>> {
  const histories = new Map<string, History>();
  for (let after: string | null = null; ;) {
    const { households } = (await wu(
      `query DemoStatusHistory($unit: String!, $after: String) { households(filter: { unitCode: $unit }, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { id statusHistory { status effectiveDate } } } }`,
      { unit: province, after },
    )) as {
      households: {
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { id: string; statusHistory: History }[];
      };
    };
    for (const h of households.nodes) histories.set(h.id, h.statusHistory);
    if (!households.pageInfo.hasNextPage) return histories;
    after = households.pageInfo.endCursor;
  }
}

async function createChapters(
  ctx: DemoContext,
  wu: GraphQLCall,
  rng: Rng,
): Promise<{ province: Chapter; communes: Commune[] }> {
  const CREATE = `mutation DemoChapter($input: CreateWomensUnionChapterInput!) {
    createWomensUnionChapter(input: $input) { id unitCode name } }`;
  const { administrativeUnits: units } = (await wu(
    `query DemoUnits($parent: String!) { administrativeUnits(parentCode: $parent) { code name kind } }`,
    { parent: ctx.province },
  )) as { administrativeUnits: { code: string; name: string; kind: string }[] };
  const province = (
    await wu(CREATE, {
      input: { level: 'PROVINCE', unitCode: ctx.province, name: 'Hội Liên hiệp Phụ nữ tỉnh Đồng Nai' },
    })
  ).createWomensUnionChapter as Chapter;
  const codes = [...new Set(ctx.register.map((h) => h.unitCode))].sort();
  const communes: Commune[] = [];
  for (const code of codes) {
    const unit = units.find((u) => u.code === code)!;
    const name = `Hội Liên hiệp Phụ nữ ${unit.name[0]!.toLowerCase()}${unit.name.slice(1)}`;
    const chapter = (
      await wu(CREATE, { input: { level: 'COMMUNE', unitCode: code, parentId: province.id, name } })
    ).createWomensUnionChapter as Chapter;
    const place = unit.kind === 'WARD' ? 'khu phố' : 'ấp';
    const numbers = sample(rng, [1, 2, 3, 4, 5, 6, 7, 8, 9], int(rng, 1, 2)).sort();
    const branches: Chapter[] = [];
    for (const n of numbers) {
      branches.push(
        (
          await wu(CREATE, {
            input: { level: 'BRANCH', parentId: chapter.id, name: `Chi hội ${place} ${n}` },
          })
        ).createWomensUnionChapter as Chapter,
      );
    }
    communes.push({
      ...chapter,
      kind: unit.kind,
      branches,
      households: ctx.register.filter((h) => h.unitCode === code),
    });
  }
  return { province, communes };
}

/** Women of 18 or more (in 2025) with a national ID, matched to the register and registered as members. */
async function registerMembers(
  wu: GraphQLCall,
  rng: Rng,
  commune: Commune,
  count: number,
): Promise<Member[]> {
  const women = commune.households.flatMap((household) =>
    household.members
      .filter((p) => p.sex === 'FEMALE' && p.birthYear <= 2007 && p.nationalId)
      .map((person) => ({ person, household })),
  );
  const members: Member[] = [];
  for (const { person, household } of sample(rng, women, count)) {
    const { registerMatch: match } = (await wu(
      `query DemoMatch($nationalId: String!) { registerMatch(nationalId: $nationalId) { person { id } household { id } } }`,
      { nationalId: person.nationalId },
    )) as { registerMatch: { person: { id: string }; household: { id: string } } };
    const chapter = rng() < 0.7 ? pick(rng, commune.branches) : commune;
    const joinedOn = dayIn(rng, `${Math.max(2005, person.birthYear + 18)}-01-01`, '2023-12-31');
    const { registerWomensUnionMember: m } = (await wu(
      `mutation DemoMember($input: RegisterWomensUnionMemberInput!) { registerWomensUnionMember(input: $input) { id } }`,
      {
        input: {
          chapterId: chapter.id,
          personId: match.person.id,
          householdId: match.household.id,
          fullName: person.fullName,
          joinedOn,
          memberCardNumber: `HV-${commune.unitCode}-${String(members.length + 1).padStart(4, '0')}`,
          phone: rng() < 0.6 ? `09${String(int(rng, 0, 99_999_999)).padStart(8, '0')}` : null,
        },
      },
    )) as { registerWomensUnionMember: { id: string } };
    members.push({ id: m.id, person, household, joinedOn });
  }
  return members;
}

async function formGroups(wu: GraphQLCall, rng: Rng, commune: Commune, members: Member[]) {
  const transactionDay = int(rng, 8, 20); // the commune's VBSP transaction day
  let next = 0;
  const groups = int(rng, 2, 3);
  for (let g = 0; g < groups && next < members.length; g++) {
    const lender = g === 1 && rng() < 0.6 ? 'CEP' : 'VBSP';
    const size = Math.min(int(rng, 4, 5), members.length - next);
    const team = members.slice(next, (next += size));
    const chapter = rng() < 0.5 ? pick(rng, commune.branches) : commune;
    const formedOn = maxDate(dayIn(rng, '2016-01-01', '2024-06-30'), ...team.map((m) => m.joinedOn));
    await wu(
      `mutation DemoGroup($input: FormSavingsLoanGroupInput!) { formSavingsLoanGroup(input: $input) { id } }`,
      {
        input: {
          chapterId: chapter.id,
          name: lender === 'CEP' ? `Nhóm CEP số ${g + 1}` : `Tổ TK&VV số ${g + 1}`,
          lender,
          leaderMemberId: team[0]!.id,
          memberIds: team.slice(1).map((m) => m.id),
          meetingFrequency: lender === 'CEP' ? 'FORTNIGHTLY' : 'MONTHLY',
          meetingDay: lender === 'CEP' ? int(rng, 1, 5) : transactionDay,
          formedOn,
        },
      },
    );
  }
}

/** A review's 8 criteria: "no hunger or poverty" from the register, the others drawn, better by the year's end. */
function criteria(rng: Rng, poor: boolean, yearEnd: boolean) {
  const chance = yearEnd ? 0.93 : 0.8;
  const drawn = Object.fromEntries(
    ALL_CRITERIA.map((c) => [c, rng() < (c === 'noDomesticViolence' ? Math.max(chance, 0.95) : chance)]),
  );
  return { noHungerOrPoverty: !poor, ...drawn };
}

async function pledgeAndReview(wu: GraphQLCall, rng: Rng, commune: Commune, histories: Map<string, History>) {
  let previous: string[] = [];
  const pledged = new Set<string>();
  for (const year of PLEDGE_YEARS) {
    const pledgedOn = `${year}-01-${String(int(rng, 10, 25))}`;
    const eligible = commune.households.filter((h) =>
      PLEDGEABLE.includes(statusOn(histories.get(h.id) ?? [], pledgedOn)),
    );
    // Households still poor or near-poor stay on; the rest of the ten are new.
    const kept = eligible.filter((h) => previous.includes(h.id)).slice(0, 10);
    const chosen = [
      ...kept,
      ...sample(
        rng,
        eligible.filter((h) => !kept.includes(h)),
        10 - kept.length,
      ),
    ];
    if (!chosen.length) continue;
    const { pledgeFiveNoThreeClean: pledge } = (await wu(
      `mutation DemoPledge($input: PledgeFiveNoThreeCleanInput!) { pledgeFiveNoThreeClean(input: $input) { id } }`,
      {
        input: {
          chapterId: commune.id,
          year,
          pledgedOn,
          targetHouseholds: Math.min(10, chosen.length),
          households: chosen.map((h) => ({
            householdId: h.id,
            statusWhenPledged: statusOn(histories.get(h.id) ?? [], pledgedOn),
          })),
        },
      },
    )) as { pledgeFiveNoThreeClean: { id: string } };
    for (const [reviewDate, yearEnd] of [
      [`${year}-06-${String(int(rng, 10, 28))}`, false],
      [`${year}-12-${String(int(rng, 10, 20))}`, true],
    ] as const) {
      await wu(
        `mutation DemoReviews($input: RecordFiveNoThreeCleanReviewsInput!) { recordFiveNoThreeCleanReviews(input: $input) { id } }`,
        {
          input: {
            pledgeId: pledge.id,
            reviews: chosen.map((h) => ({
              householdId: h.id,
              reviewDate,
              ...criteria(rng, statusOn(histories.get(h.id) ?? [], reviewDate) === 'POOR', yearEnd),
            })),
          },
        },
      );
    }
    previous = chosen.map((h) => h.id);
    chosen.forEach((h) => pledged.add(h.id));
  }
  return commune.households.filter((h) => pledged.has(h.id));
}

async function savingsDay(
  wu: GraphQLCall,
  rng: Rng,
  province: Chapter,
  communes: Commune[],
  members: Map<string, Member[]>,
) {
  const targets = communes.map(() => amount(rng, 8_000_000, 20_000_000, 500_000));
  const { launchSavingsDayCampaign: campaign } = (await wu(
    `mutation DemoCampaign($input: LaunchSavingsDayCampaignInput!) { launchSavingsDayCampaign(input: $input) { id } }`,
    {
      input: {
        chapterId: province.id,
        year: 2025,
        edition: 30,
        name: 'Ngày tiết kiệm vì phụ nữ nghèo lần thứ 30 (năm 2025)',
        startsOn: '2025-03-01',
        endsOn: '2025-10-20',
        targetAmount: Math.round((targets.reduce((a, b) => a + b, 0) * 1.1) / 1_000_000) * 1_000_000,
      },
    },
  )) as { launchSavingsDayCampaign: { id: string } };
  const GIVE = `mutation DemoGift($input: RecordSavingsDayContributionInput!) { recordSavingsDayContribution(input: $input) { id } }`;
  for (const [i, commune] of communes.entries()) {
    await wu(
      `mutation DemoTarget($input: SetSavingsDayTargetInput!) { setSavingsDayTarget(input: $input) { id } }`,
      { input: { campaignId: campaign.id, chapterId: commune.id, amount: targets[i] } },
    );
    // Members give around 8 March; branches and the chapter collect for 20 October, Vietnamese Women's Day.
    for (const m of sample(rng, members.get(commune.id) ?? [], int(rng, 1, 2))) {
      const date = dayIn(rng, '2025-03-01', '2025-03-15');
      await wu(GIVE, {
        input: { campaignId: campaign.id, memberId: m.id, date, amount: amount(rng, 100_000, 1_000_000) },
      });
    }
    for (const branch of commune.branches) {
      const date = dayIn(rng, '2025-09-15', '2025-10-18');
      await wu(GIVE, {
        input: {
          campaignId: campaign.id,
          chapterId: branch.id,
          date,
          amount: amount(rng, 1_000_000, 5_000_000),
        },
      });
    }
    const date = dayIn(rng, '2025-10-10', '2025-10-20');
    await wu(GIVE, {
      input: {
        campaignId: campaign.id,
        chapterId: commune.id,
        date,
        amount: amount(rng, 2_000_000, 9_000_000),
      },
    });
  }
}

async function support(
  wu: GraphQLCall,
  rng: Rng,
  commune: Commune,
  pledged: DemoHousehold[],
  members: Member[],
) {
  const SUPPORT = `mutation DemoSupport($input: RecordWomensUnionSupportInput!) { recordWomensUnionSupport(input: $input) { id } }`;
  const give = (input: Record<string, unknown>) =>
    wu(SUPPORT, {
      input: { chapterId: rng() < 0.6 ? commune.id : pick(rng, commune.branches).id, ...input },
    });
  for (const household of sample(rng, pledged, int(rng, 2, 3))) {
    const pupil = household.members.find(
      (p) =>
        (p.relationToHead === 'CHILD' || p.relationToHead === 'GRANDCHILD') &&
        p.birthYear >= 2008 &&
        p.birthYear <= 2018,
    );
    const date = dayIn(rng, '2024-02-01', '2025-11-30');
    if (pupil && rng() < 0.6) {
      await give({
        kind: Support.SCHOLARSHIP,
        householdId: household.id,
        personId: pupil.id,
        date,
        value: amount(rng, 1_000_000, 2_000_000, 500_000),
        note: SUPPORT_NOTES.SCHOLARSHIP,
      });
    } else if (rng() < 0.15) {
      await give({
        kind: Support.HOUSE,
        householdId: household.id,
        date,
        value: amount(rng, 50_000_000, 70_000_000, 5_000_000),
        note: SUPPORT_NOTES.HOUSE,
      });
    } else {
      await give({
        kind: Support.LIVELIHOOD_GIFT,
        householdId: household.id,
        date,
        value: amount(rng, 5_000_000, 15_000_000, 500_000),
        note: pick(rng, LIVELIHOOD_GIFTS),
      });
    }
  }
  for (const m of sample(rng, members, int(rng, 1, 2))) {
    const kind = rng() < 0.5 ? Support.VOCATIONAL_TRAINING : Support.STARTUP_TRAINING;
    await give({
      kind,
      householdId: m.household.id,
      personId: m.person.id,
      date: dayIn(rng, '2024-03-01', '2025-11-30'),
      value:
        kind === Support.VOCATIONAL_TRAINING
          ? amount(rng, 1_500_000, 3_000_000, 100_000)
          : amount(rng, 500_000, 1_200_000, 100_000),
      note: SUPPORT_NOTES[kind],
    });
  }
}

/** Most chapters send their reports by the 5th; a few are late, and a few 2026 reports have not come in. */
async function reports(wu: GraphQLCall, rng: Rng, communes: Commune[]) {
  for (const commune of communes) {
    for (const period of REPORT_PERIODS) {
      if (period.startsWith('2026') && rng() < 0.25) continue;
      const due = DUE[period]!;
      const submittedOn = rng() < 0.8 ? addDays(due, -int(rng, 0, 4)) : addDays(due, int(rng, 1, 12));
      await wu(
        `mutation DemoReport($chapterId: ID!, $period: PeriodCode!, $submittedOn: LocalDate) {
          submitWomensUnionReport(chapterId: $chapterId, period: $period, submittedOn: $submittedOn) { id } }`,
        { chapterId: commune.id, period, submittedOn },
      );
    }
  }
}

/** The province's cross-agency report section for 3, 6 and 9 months of 2026, sent today (so, late). */
const AREA_REPORT_PERIODS = ['2026-Q1', '2026-6M', '2026-9M'];

async function areaReports(wu: GraphQLCall, province: string) {
  const { womensUnionAreaReports: existing } = (await wu(
    `query DemoAreaReports($unit: String!) {
      womensUnionAreaReports(unitCode: $unit, period: "2026", section: WOMENS_UNION_PROGRESS) { unitCode period status } }`,
    { unit: province },
  )) as { womensUnionAreaReports: { unitCode: string; period: string; status: string }[] };
  for (const period of AREA_REPORT_PERIODS) {
    // Already sent at an earlier start; a draft left by an interrupted one is refreshed and sent.
    if (existing.some((r) => r.unitCode === province && r.period === period && r.status !== 'DRAFT'))
      continue;
    const { prepareWomensUnionAreaReport: draft } = (await wu(
      `mutation DemoAreaReport($unit: String!, $period: PeriodCode!) {
        prepareWomensUnionAreaReport(section: WOMENS_UNION_PROGRESS, unitCode: $unit, period: $period) { id } }`,
      { unit: province, period },
    )) as { prepareWomensUnionAreaReport: { id: string } };
    await wu(`mutation DemoSubmitAreaReport($id: ID!) { submitWomensUnionAreaReport(id: $id) { id } }`, {
      id: draft.id,
    });
  }
}

async function seedRecords(ctx: DemoContext, wu: GraphQLCall) {
  const { womensUnionChapters } = (await wu(
    `query DemoExists($unit: String!) { womensUnionChapters(filter: { unitCode: $unit, level: PROVINCE }) { totalCount } }`,
    { unit: ctx.province },
  )) as { womensUnionChapters: { totalCount: number } };
  if (womensUnionChapters.totalCount > 0) return;

  const rng = mulberry32(SEED);
  const histories = await statusHistories(wu, ctx.province);
  const { province, communes } = await createChapters(ctx, wu, rng);
  const members = new Map<string, Member[]>();
  for (const commune of communes) {
    const own = await registerMembers(wu, rng, commune, int(rng, 10, 13));
    members.set(commune.id, own);
    await formGroups(wu, rng, commune, own);
    const pledged = await pledgeAndReview(wu, rng, commune, histories);
    await support(wu, rng, commune, pledged, own);
  }
  await savingsDay(wu, rng, province, communes, members);
  await reports(wu, rng, communes);
}

export const demo: DemoGenerator = {
  wave: GenerationWave.LINKED,
  async seed(ctx) {
    const wu = ctx.as('womens-union', 'officer');
    await seedRecords(ctx, wu);
    await areaReports(wu, ctx.province);
  },
};
