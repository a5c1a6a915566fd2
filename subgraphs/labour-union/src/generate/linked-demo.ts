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
} from '@chung-tay/common/generate';
import {
  CARE_PLAN_GOALS,
  FOR_THE_POOR_VISIT,
  hundredThousands,
  listReference,
  NATIONAL_DAY_GIFT,
  tetOccasion,
} from './vocabulary';
import { CareActivityKind as Care, CareFundingSource as Funding } from '../enums';

/**
 * The Đồng Nai Labour Federation's demo records, made through the gateway with a union officer's token the way
 * the union's own tools make them: its tree (province federation → industrial-zone and sector unions →
 * grassroots unions on the demo communes), members matched to the register by national ID, care plans for the
 * poor and near-poor households on the list counted at 1 January 2024, care around Tết and in the For-the-Poor
 * month of 2024 and 2025, a few union houses and the workers' gifts to the fund. Deterministic: a seeded PRNG.
 */

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
/** A gift value in whole hundreds of thousands of đồng. */

const SEED = 752024;
/** The social-affairs office's list of poor and near-poor households with union members was counted on this day. */
const LIST_DATE = '2024-01-01';
const LIST_NOTE = listReference(LIST_DATE);
const LISTED = new Set(['POOR', 'NEAR_POOR']);

type Level = 'PROVINCE_FEDERATION' | 'SECTOR_UNION' | 'INDUSTRIAL_ZONE_UNION' | 'GRASSROOTS_UNION';
interface Org {
  id: string;
  code: string;
  parentId: string | null;
  /** The workplace of a grassroots union; members' workplace. */
  workplace?: string;
  /** Whether the workplace is an enterprise (which may sponsor its workers' Tết gifts). */
  enterprise?: boolean;
}
interface Member {
  id: string;
  person: DemoPerson;
  household: DemoHousehold;
  org: Org;
  /** The household was on the list (poor or near-poor on LIST_DATE). */
  listed: 'POOR' | 'NEAR_POOR' | null;
}

const ORG = `mutation DemoUnionOrganisation($input: RegisterUnionOrganisationInput!) {
  registerUnionOrganisation(input: $input) { id } }`;
const MATCH = `query DemoRegisterMatch($nationalId: String!) {
  registerMatch(nationalId: $nationalId) { person { id } household { id } } }`;
const MEMBER = `mutation DemoUnionMember($input: RegisterUnionMemberInput!) { registerUnionMember(input: $input) { id } }`;
const PLAN = `mutation DemoCarePlan($input: RecordCarePlanInput!) { recordCarePlan(input: $input) { id } }`;
const CLOSE = `mutation DemoCloseCarePlan($id: ID!, $closedDate: LocalDate!, $reason: String) {
  closeCarePlan(id: $id, closedDate: $closedDate, reason: $reason) { id } }`;
const CARE = `mutation DemoCare($input: RecordCareActivityInput!) { recordCareActivity(input: $input) { id } }`;
const HOUSE = `mutation DemoUnionHouse($input: RecordUnionHouseInput!) { recordUnionHouse(input: $input) { id } }`;
const GIFT = `mutation DemoFundGift($input: RecordFundGiftInput!) { recordFundGift(input: $input) { id } }`;
const STATUS = `mutation DemoMemberStatus($id: ID!, $input: UpdateUnionMemberInput!) {
  updateUnionMember(id: $id, input: $input) { id } }`;
const HISTORY = `query DemoStatusHistory($unit: String!, $after: String) {
  households(filter: { unitCode: $unit }, first: 50, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { id statusHistory { status effectiveDate } } } }`;

/** Grassroots unions on the demo communes: enterprises in wards, schools, clinics and rubber farms in communes. */
function workplaceFor(
  province: string,
  kind: string,
  place: string,
  index: number,
): { workplace: string; parent: string; enterprise: boolean } {
  if (kind === 'WARD') {
    const firms = [
      'Công ty TNHH Giày da',
      'Công ty CP Chế biến gỗ',
      'Công ty TNHH May mặc',
      'Công ty CP Chế biến hạt điều',
    ];
    return {
      workplace: `${firms[index % firms.length]} ${place}`,
      parent: `CDKCN-${province}`,
      enterprise: true,
    };
  }
  const rural = [
    { workplace: `Trường Tiểu học ${place}`, parent: `CDNGD-${province}`, enterprise: false },
    { workplace: `Trạm Y tế xã ${place}`, parent: `CDNYT-${province}`, enterprise: false },
    { workplace: `Trường THCS ${place}`, parent: `CDNGD-${province}`, enterprise: false },
    { workplace: `Nông trường Cao su ${place}`, parent: `LDLD-${province}`, enterprise: true },
  ];
  return rural[index % rural.length]!;
}

const age = (p: DemoPerson, on: string) => Number(on.slice(0, 4)) - p.birthYear;

/** Status of each household on `date`, from its history, read through the graph as the union's officers can. */
async function statusesOn(union: GraphQLCall, province: string, date: string): Promise<Map<string, string>> {
  const statuses = new Map<string, string>();
  for (let after: string | null = null; ;) {
    const {
      households,
    }: { households: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: any[] } } = await union(
      HISTORY,
      { unit: province, after },
    );
    for (const h of households.nodes as {
      id: string;
      statusHistory: { status: string; effectiveDate: string }[];
    }[]) {
      const then = h.statusHistory.filter((s) => s.effectiveDate <= date).at(-1);
      if (then) statuses.set(h.id, then.status);
    }
    if (!households.pageInfo.hasNextPage) break;
    after = households.pageInfo.endCursor;
  }
  return statuses;
}

async function seed(ctx: DemoContext) {
  const union = ctx.as('labour-union', 'officer');
  const existing = await union(`query DemoUnionExists { unionOrganisations(first: 1) { totalCount } }`);
  if (existing.unionOrganisations.totalCount === 0) await seedRecords(ctx, union);
  await submitReports(ctx, union);
}

/** The union's sections of the area report the demo sends in: the province's care report of three quarters. */
const DEMO_REPORTS = [
  { section: 'UNION_CARE', period: '2026-Q1' },
  { section: 'UNION_CARE', period: '2026-Q2' },
  { section: 'UNION_CARE', period: '2026-Q3' },
];
const REPORTS = `query DemoUnionReports($unitCode: String!) {
  labourUnionAreaReports(unitCode: $unitCode, first: 500) { section unitCode period } }`;
const PREPARE = `mutation DemoPrepareUnionReport($section: ReportSection!, $unitCode: String!, $period: PeriodCode!) {
  prepareLabourUnionAreaReport(section: $section, unitCode: $unitCode, period: $period) { id } }`;
const SUBMIT = `mutation DemoSubmitUnionReport($id: ID!) { submitLabourUnionAreaReport(id: $id) { id } }`;

/**
 * Prepares and submits the province's sections (they show as late: submitted today); a section already there
 * is left alone, so a restart sends nothing twice.
 */
async function submitReports(ctx: DemoContext, union: GraphQLCall) {
  const { labourUnionAreaReports: sent } = await union(REPORTS, { unitCode: ctx.province });
  for (const { section, period } of DEMO_REPORTS) {
    const there = (sent as { section: string; unitCode: string; period: string }[]).some(
      (r) => r.section === section && r.unitCode === ctx.province && r.period === period,
    );
    if (there) continue;
    const { prepareLabourUnionAreaReport: draft } = await union(PREPARE, {
      section,
      unitCode: ctx.province,
      period,
    });
    await union(SUBMIT, { id: draft.id });
  }
}

async function seedRecords(ctx: DemoContext, union: GraphQLCall) {
  const rng = mulberry32(SEED);

  // The tree.
  const orgs = new Map<string, Org>();
  const addOrg = async (
    code: string,
    name: string,
    level: Level,
    unitCode: string,
    parentCode: string | null,
    extra = {},
  ) => {
    const parentId = parentCode ? orgs.get(parentCode)!.id : null;
    const { registerUnionOrganisation } = await union(ORG, {
      input: { code, name, level, unitCode, parentId },
    });
    const org = { id: registerUnionOrganisation.id, code, parentId, ...extra };
    orgs.set(code, org);
    return org;
  };
  await addOrg(
    `LDLD-${ctx.province}`,
    'Liên đoàn Lao động tỉnh Đồng Nai',
    'PROVINCE_FEDERATION',
    ctx.province,
    null,
  );
  await addOrg(
    `CDKCN-${ctx.province}`,
    'Công đoàn các Khu công nghiệp Đồng Nai',
    'INDUSTRIAL_ZONE_UNION',
    ctx.province,
    `LDLD-${ctx.province}`,
  );
  await addOrg(
    `CDNGD-${ctx.province}`,
    'Công đoàn ngành Giáo dục tỉnh Đồng Nai',
    'SECTOR_UNION',
    ctx.province,
    `LDLD-${ctx.province}`,
  );
  await addOrg(
    `CDNYT-${ctx.province}`,
    'Công đoàn ngành Y tế tỉnh Đồng Nai',
    'SECTOR_UNION',
    ctx.province,
    `LDLD-${ctx.province}`,
  );
  const { administrativeUnits } = await union(
    `query DemoUnits($parent: String!) { administrativeUnits(parentCode: $parent) { code name kind } }`,
    { parent: ctx.province },
  );
  const units = new Map<string, { name: string; kind: string }>(
    (administrativeUnits as { code: string; name: string; kind: string }[]).map((u) => [u.code, u]),
  );
  const communes = [...new Set(ctx.register.map((h) => h.unitCode))].sort();
  const grassroots = new Map<string, Org>();
  for (const [i, code] of communes.entries()) {
    const unit = units.get(code)!;
    const place = unit.name.replace(/^(Phường|Xã|Đặc khu) /, '');
    const { workplace, parent, enterprise } = workplaceFor(ctx.province, unit.kind, place, i);
    const org = await addOrg(
      `CDCS-${code}`,
      `Công đoàn cơ sở ${workplace}`,
      'GRASSROOTS_UNION',
      code,
      parent,
      {
        workplace,
        enterprise,
      },
    );
    grassroots.set(code, org);
  }

  // Members: about one in five listed households has a working-age union member, a few other households too.
  const listedStatus = await statusesOn(union, ctx.province, LIST_DATE);
  const members: Member[] = [];
  let serial = 0;
  for (const household of ctx.register) {
    const statusThen = listedStatus.get(household.id) ?? 'NOT_POOR';
    const listed = LISTED.has(statusThen) ? (statusThen as 'POOR' | 'NEAR_POOR') : null;
    if (rng() >= (listed ? 0.2 : 0.06)) continue;
    const adults = household.members.filter(
      (p) => p.nationalId && age(p, LIST_DATE) >= 18 && age(p, LIST_DATE) <= 58,
    );
    if (!adults.length) continue;
    const person = pick(rng, adults);
    const match = (await union(MATCH, { nationalId: person.nationalId }))?.registerMatch;
    if (!match) continue;
    const org = grassroots.get(household.unitCode)!;
    const joinedYear = int(rng, Math.max(person.birthYear + 18, 2005), 2023);
    const { registerUnionMember } = await union(MEMBER, {
      input: {
        memberNumber: `DV${ctx.province}-${household.unitCode}-${String((serial += 1)).padStart(4, '0')}`,
        fullName: person.fullName,
        unionOrganisationId: org.id,
        workplace: org.workplace,
        joinedDate: `${joinedYear}-${String(int(rng, 1, 12)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')}`,
        personId: match.person.id,
        householdId: match.household.id,
      },
    });
    members.push({ id: registerUnionMember.id, person, household, org, listed });
  }

  // Care plans for the listed households, made by the union above the member's grassroots union.
  const listedMembers = members.filter((m) => m.listed);
  const planned = new Map<string, string>();
  for (const m of listedMembers) {
    if (planned.has(m.household.id)) continue;
    const { recordCarePlan } = await union(PLAN, {
      input: {
        householdId: m.household.id,
        unionOrganisationId: m.org.parentId,
        listedStatus: m.listed,
        listedDate: LIST_DATE,
        listReference: LIST_NOTE,
        goals: CARE_PLAN_GOALS,
      },
    });
    planned.set(m.household.id, recordCarePlan.id);
  }

  // Care around Tết (Giáp Thìn 10 Feb 2024, Ất Tỵ 29 Jan 2025) and in the For-the-Poor month of each year.
  const care = (m: Member, input: Record<string, unknown>) =>
    union(CARE, { input: { memberId: m.id, unionOrganisationId: m.org.id, ...input } });
  for (const m of listedMembers) {
    const upper = m.org.parentId;
    if (rng() < 0.8) {
      const date = addDays('2024-01-25', int(rng, 0, 14));
      await care(m, {
        kind: Care.TET_GIFT,
        date,
        value: hundredThousands(rng, 5, 15),
        fundingSource: Funding.UNION_FUND,
        occasion: tetOccasion(2024),
      });
    }
    for (const year of [2024, 2025]) {
      if (rng() < 0.6) {
        await care(m, {
          kind: FOR_THE_POOR_VISIT.kind,
          unionOrganisationId: upper,
          date: addDays(`${year}-10-17`, int(rng, 0, 32)),
          value: hundredThousands(rng, 5, 10),
          fundingSource: FOR_THE_POOR_VISIT.fundingSource,
          occasion: FOR_THE_POOR_VISIT.occasion(year),
        });
      }
    }
    if (rng() < 0.8) {
      const sponsored = m.org.enterprise && rng() < 0.35;
      await care(m, {
        kind: Care.TET_GIFT,
        date: addDays('2025-01-10', int(rng, 0, 17)),
        value: hundredThousands(rng, 5, 15),
        fundingSource: sponsored ? Funding.SPONSOR : Funding.UNION_FUND,
        sponsorName: sponsored ? m.org.workplace : null,
        occasion: tetOccasion(2025),
      });
    }
    if (rng() < 0.15) {
      await care(m, {
        kind: NATIONAL_DAY_GIFT.kind,
        date: NATIONAL_DAY_GIFT.date(2025),
        value: NATIONAL_DAY_GIFT.value,
        fundingSource: NATIONAL_DAY_GIFT.fundingSource,
        occasion: NATIONAL_DAY_GIFT.occasion(2025),
      });
    }
  }

  // Union houses granted by the province federation.
  const province = orgs.get(`LDLD-${ctx.province}`)!;
  const houses = [
    {
      kind: 'BUILD',
      grantAmount: 60_000_000,
      fundingSource: 'FOR_THE_POOR_FUND',
      status: 'COMPLETED',
      approvedDate: '2024-10-28',
      completedDate: '2025-01-20',
    },
    {
      kind: 'BUILD',
      grantAmount: 50_000_000,
      fundingSource: 'UNION_FUND',
      status: 'COMPLETED',
      approvedDate: '2025-03-10',
      completedDate: '2025-06-30',
    },
    {
      kind: 'REPAIR',
      grantAmount: 25_000_000,
      fundingSource: 'FOR_THE_POOR_FUND',
      status: 'APPROVED',
      approvedDate: '2025-10-24',
    },
  ];
  const poorest = listedMembers.filter((m) => m.listed === 'POOR');
  for (const [i, house] of houses.entries()) {
    const m = poorest[Math.floor(((i + 0.5) * poorest.length) / houses.length)];
    if (m) await union(HOUSE, { input: { memberId: m.id, unionOrganisationId: province.id, ...house } });
  }

  // Plans end when the household has left poverty by the end of 2025.
  for (const [householdId, planId] of planned) {
    const now = ctx.register.find((h) => h.id === householdId)!.status;
    if (!LISTED.has(now)) {
      await union(CLOSE, {
        id: planId,
        closedDate: '2025-12-31',
        reason: 'Hộ đã thoát nghèo, cận nghèo theo kết quả rà soát năm 2025',
      });
    }
  }

  // Workers' gifts to the For-the-Poor fund in each campaign: every grassroots union and the unions above them.
  for (const year of [2024, 2025]) {
    for (const org of orgs.values()) {
      const contributors = org.workplace ? int(rng, 60, 400) : int(rng, 15, 40);
      await union(GIFT, {
        input: {
          unionOrganisationId: org.id,
          campaignYear: year,
          date: addDays(`${year}-10-17`, int(rng, 3, 30)),
          contributors,
          amount: contributors * int(rng, 5, 15) * 10_000,
        },
      });
    }
  }

  // One member who is not in a listed household moved away in 2025.
  const leaver = members.find((m) => !m.listed);
  if (leaver) await union(STATUS, { id: leaver.id, input: { status: 'LEFT', statusDate: '2025-08-01' } });
}

export const demo: DemoGenerator = { wave: GenerationWave.LINKED, seed };
