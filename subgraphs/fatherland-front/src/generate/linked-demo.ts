import {
  GenerationWave,
  type DemoContext,
  type DemoHousehold,
  type GraphQLCall,
  type DemoGenerator,
  int,
  mulberry32,
  pick,
  type Rng,
} from '@chung-tay/common/generate';
import { COMMUNE_DONORS, LOCAL_SPONSORS } from './vocabulary';
import { todayInVietnam } from '@chung-tay/common';

/**
 * The Đồng Nai Fatherland Front's demo records, made through the gateway with a Front officer's token the way
 * its own tools make them: a For-the-Poor fund for the province committee and each demo commune, donations in
 * the 2024 and 2025 "Vì người nghèo" campaigns, Tết gifts and medical and school help paid out, a few solidarity
 * houses, the needs list (members of poor households under social protection, category B, in the register),
 * sponsors of every kind, pledges covering most of the list, and monthly payments with a few months missed; then
 * the Front's section of the cross-agency report for the province, submitted for 2026-Q1 to Q3.
 * Deterministic: a seeded PRNG; only "today" moves (payments run up to the current month).
 */

const millions = (rng: Rng, min: number, max: number) => int(rng, min, max) * 1_000_000;
const pad = (n: number) => String(n).padStart(2, '0');
const addMonths = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + m - 1 + n;
  return `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
};

const SEED = 752179; // province 75, Resolution 179
const LISTED_ON = '2025-01-10';
const PLEDGE_END = '2026-12';

const CAMPAIGNS = [
  {
    code: 'VNN-2024',
    year: 2024,
    name: 'Năm cao điểm "Vì người nghèo" 2024 (Tháng cao điểm 17/10 – 18/11/2024)',
  },
  {
    code: 'VNN-2025',
    year: 2025,
    name: 'Năm cao điểm "Vì người nghèo" 2025 (Tháng cao điểm 17/10 – 18/11/2025)',
  },
];
const PROVINCE_DONORS: [string, string, number, number][] = [
  ['ENTERPRISE', 'Tổng Công ty Công nghiệp Sài Gòn – Tín Nghĩa', 50, 150],
  ['ENTERPRISE', 'Công ty CP Sonadezi Long Thành', 30, 100],
  ['AGENCY', 'Cán bộ, công chức Văn phòng UBND tỉnh', 20, 40],
  ['UNION_ORGANISATION', 'Liên đoàn Lao động tỉnh Đồng Nai', 20, 60],
];
/** Regional agencies that took over from the district level in 2025 (the "district units" of the rules). */
const DISTRICT_UNITS: [string, number][] = [
  ['Bảo hiểm xã hội khu vực', 14],
  ['Trung tâm Y tế khu vực', 12],
  ['Chi cục Thuế khu vực', 8],
  ['Hạt Kiểm lâm khu vực', 6],
];
const PROVINCE_SPONSORS: [string, string][] = [
  ['DISTRICT_UNIT', 'Kho bạc Nhà nước khu vực XVII'],
  ['PROVINCE_BODY', 'Sở Y tế tỉnh Đồng Nai'],
  ['PROVINCE_BODY', 'Sở Tài chính tỉnh Đồng Nai'],
  ['PROVINCE_BODY', 'Ban Dân vận Tỉnh ủy Đồng Nai'],
  ['ENTERPRISE', 'Công ty CP Cao su Đồng Nai'],
];

interface Sponsor {
  id: string;
  kind: string;
  staffCount: number | null;
}
type Share = [Sponsor, number];
interface Need {
  entryId: string;
  unitCode: string;
}

const M = {
  fund: `mutation DemoFund($input: OpenFrontFundInput!) { openFrontFund(input: $input) { id } }`,
  campaign: `mutation DemoCampaign($input: CreateFrontCampaignInput!) { createFrontCampaign(input: $input) { id } }`,
  donation: `mutation DemoDonation($input: RecordFrontDonationInput!) { recordFrontDonation(input: $input) { id } }`,
  disbursement: `mutation DemoDisbursement($input: RecordFrontDisbursementInput!) {
    recordFrontDisbursement(input: $input) { id } }`,
  house: `mutation DemoHouse($input: RecordSolidarityHouseInput!) { recordSolidarityHouse(input: $input) { id } }`,
  needs: `mutation DemoNeeds($input: ReceiveNeedsListInput!) { receiveNeedsList(input: $input) { id personId } }`,
  sponsor: `mutation DemoSponsor($input: RegisterFrontSponsorInput!) { registerFrontSponsor(input: $input) { id kind staffCount } }`,
  pledge: `mutation DemoPledge($input: SignSponsorshipPledgeInput!) { signSponsorshipPledge(input: $input) { id } }`,
  payment: `mutation DemoPayment($input: RecordSponsorshipPaymentInput!) { recordSponsorshipPayment(input: $input) { id } }`,
};

async function fundsAndCampaigns(front: GraphQLCall, rng: Rng, province: string, units: Map<string, string>) {
  const funds = new Map<string, string>();
  for (const code of [province, ...units.keys()]) {
    const name = `Quỹ "Vì người nghèo" ${code === province ? 'tỉnh Đồng Nai' : units.get(code)}`;
    const { openFrontFund } = await front(M.fund, {
      input: { unitCode: code, name, openedOn: '2024-01-01' },
    });
    funds.set(code, openFrontFund.id);
  }
  for (const c of CAMPAIGNS) {
    const { createFrontCampaign } = await front(M.campaign, {
      input: {
        code: c.code,
        name: c.name,
        unitCode: province,
        startDate: `${c.year}-10-17`,
        endDate: `${c.year + 1}-10-16`,
      },
    });
    // Most money comes in the peak month, 17 October – 18 November.
    const peakDay = () =>
      rng() < 0.5 ? `${c.year}-10-${int(rng, 17, 31)}` : `${c.year}-11-${pad(int(rng, 1, 18))}`;
    for (const [donorKind, donorName, min, max] of PROVINCE_DONORS) {
      const input = { fundId: funds.get(province), donorKind, donorName, amount: millions(rng, min, max) };
      await front(M.donation, { input: { ...input, date: peakDay(), campaignId: createFrontCampaign.id } });
    }
    for (const [code, name] of units) {
      for (let i = 0; i < 2; i++) {
        const [donorKind, donor] = pick(rng, COMMUNE_DONORS);
        const donorName = donorKind === 'AGENCY' ? `${donor} ${name}` : donor;
        const input = { fundId: funds.get(code), donorKind, donorName, amount: millions(rng, 8, 25) };
        await front(M.donation, { input: { ...input, date: peakDay(), campaignId: createFrontCampaign.id } });
      }
    }
  }
  return funds;
}

/** Tết gifts, medical and school help to poor households, and a few houses, paid from the funds. */
async function support(
  front: GraphQLCall,
  rng: Rng,
  province: string,
  funds: Map<string, string>,
  poor: DemoHousehold[],
) {
  for (const h of poor.filter(() => rng() < 0.3).slice(0, 14)) {
    const input = {
      fundId: funds.get(h.unitCode),
      householdId: h.id,
      purpose: 'GIFT',
      amount: int(rng, 5, 10) * 100_000,
    };
    await front(M.disbursement, {
      input: { ...input, date: pick(rng, ['2025-01-20', '2026-02-05']), note: 'Quà Tết' },
    });
  }
  for (const [purpose, h] of [
    ['MEDICAL', poor[1]],
    ['MEDICAL', poor[5]],
    ['EDUCATION', poor[3]],
    ['EDUCATION', poor[8]],
  ] as const) {
    if (!h) continue;
    const person = h.members.find((m) =>
      purpose === 'EDUCATION' ? m.birthYear >= 2008 : m.birthYear < 1970,
    );
    await front(M.disbursement, {
      input: {
        fundId: funds.get(h.unitCode),
        householdId: h.id,
        personId: person?.id,
        purpose,
        amount: millions(rng, 2, 5),
        date: purpose === 'EDUCATION' ? '2025-09-05' : `2025-0${int(rng, 3, 8)}-12`,
      },
    });
  }
  // Houses: the province fund and the commune's fund pay the Front's part; the rest is state and family money.
  const houses = [
    {
      work: 'BUILD',
      amount: 60,
      approvedOn: '2025-02-10',
      startedOn: '2025-03-01',
      completedOn: '2025-06-20',
    },
    {
      work: 'REPAIR',
      amount: 30,
      approvedOn: '2025-05-05',
      startedOn: '2025-06-01',
      completedOn: '2025-08-15',
    },
    { work: 'BUILD', amount: 60, approvedOn: '2026-03-02', startedOn: '2026-04-01', completedOn: null },
    { work: 'BUILD', amount: 70, approvedOn: '2026-09-15', startedOn: null, completedOn: null },
  ];
  const candidates = poor.filter((h, i, all) => all.findIndex((x) => x.unitCode === h.unitCode) === i);
  for (const [i, house] of houses.entries()) {
    const h = candidates[(i * 2) % candidates.length];
    if (!h) continue;
    const total = house.amount * 1_000_000;
    const fromProvince = Math.round(total * 0.5);
    const fromCommune = house.work === 'BUILD' ? 10_000_000 : 5_000_000;
    await front(M.house, {
      input: {
        householdId: h.id,
        unitCode: h.unitCode,
        work: house.work,
        amount: total,
        approvedOn: house.approvedOn,
        startedOn: house.startedOn,
        completedOn: house.completedOn,
        fundingSources: [
          { source: 'FRONT_FUND', amount: fromProvince, fundId: funds.get(province) },
          { source: 'FRONT_FUND', amount: fromCommune, fundId: funds.get(h.unitCode) },
          {
            source: 'COMMUNITY',
            amount: total - fromProvince - fromCommune - 5_000_000,
            contributor: 'Bà con lối xóm, dòng họ',
          },
          { source: 'HOUSEHOLD', amount: 5_000_000 },
        ],
      },
    });
  }
}

/**
 * Sponsors: each commune itself; one to three enterprises, hometown associations or families it mobilised (more
 * where more people need help); the regional agencies that replaced district departments, in the two communes
 * with the longest lists; and province bodies, a provincial enterprise and a provincial agency.
 */
async function sponsors(
  front: GraphQLCall,
  rng: Rng,
  province: string,
  units: Map<string, string>,
  needed: Map<string, number>,
) {
  const local = new Map<string, { commune: Sponsor; others: Sponsor[]; districtUnits: Sponsor[] }>();
  const register = async (kind: string, unitCode: string, name: string, staffCount?: number) =>
    (await front(M.sponsor, { input: { kind, unitCode, name, staffCount } })).registerFrontSponsor as Sponsor;
  const busiest = [...needed].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2);
  for (const [code, name] of units) {
    const commune = await register('COMMUNE', code, `UBND và Ủy ban MTTQ ${name}`);
    const others: Sponsor[] = [];
    const count = Math.min(3, Math.max(1, Math.ceil((needed.get(code) ?? 0) * 0.3)));
    for (const [kind, label] of LOCAL_SPONSORS.slice(0, count)) {
      others.push(await register(kind, code, `${label} ${name}`));
    }
    const rank = busiest.findIndex(([c]) => c === code);
    const districtUnits: Sponsor[] = [];
    for (const [unit, staff] of rank < 0 ? [] : DISTRICT_UNITS.slice(rank * 2, rank * 2 + 2)) {
      const place = name.replace(/^(Xã|Phường) /, '');
      districtUnits.push(await register('DISTRICT_UNIT', code, `${unit} ${place}`, staff + int(rng, 0, 1)));
    }
    local.set(code, { commune, others, districtUnits });
  }
  const provincial: Sponsor[] = [];
  for (const [kind, name] of PROVINCE_SPONSORS) {
    provincial.push(await register(kind, province, name, kind === 'DISTRICT_UNIT' ? 18 : undefined));
  }
  return { local, provincial };
}

/** Monthly payments up to this month, handed over by quarter (cash) or half-year (transfer); a few months missed. */
async function payments(front: GraphQLCall, rng: Rng, pledgeId: string, start: string, method: string) {
  const today = todayInVietnam();
  const now = today.slice(0, 7);
  const step = method === 'CASH' ? 3 : 6;
  for (let from = start; from <= now && from <= PLEDGE_END; from = addMonths(from, step)) {
    const months = Array.from({ length: step }, (_, i) => addMonths(from, i)).filter(
      (m) => m <= now && m <= PLEDGE_END,
    );
    if (rng() < 0.15 && months.length > 1) months.splice(int(rng, 0, months.length - 1), 1);
    const last = months.at(-1)!;
    const paidOn = last === now ? `${now}-01` : `${last}-10`;
    await front(M.payment, { input: { pledgeId, months, paidOn: paidOn > today ? today : paidOn } });
  }
}

async function pledges(
  front: GraphQLCall,
  rng: Rng,
  needs: Need[],
  all: Awaited<ReturnType<typeof sponsors>>,
) {
  let provincialTurn = 0;
  const byCommune = new Map<string, Need[]>();
  for (const n of needs) byCommune.set(n.unitCode, [...(byCommune.get(n.unitCode) ?? []), n]);
  for (const [code, people] of byCommune) {
    const { commune, others, districtUnits } = all.local.get(code)!;
    const [u0, u1] = districtUnits;
    // Who takes whom, in the order of the plan: the commune first (2–3 people), then its district units, then
    // whoever else the commune mobilised; the province takes most of the rest, a few wait for a sponsor.
    const plan: Share[][] = [
      ...Array.from({ length: Math.min(people.length, int(rng, 2, 3)) }, (): Share[] => [[commune, 1]]),
      // A unit of 10 or more staff takes a person (one of them only half, which the check will show); two
      // small ones share one.
      ...(u0 && u1
        ? u0.staffCount! >= 10
          ? [
              [[u0, 1]] as Share[],
              [
                [u1, 0.5],
                [commune, 0.5],
              ] as Share[],
            ]
          : [
              [
                [u0, 0.5],
                [u1, 0.5],
              ] as Share[],
            ]
        : []),
      ...others.map((o): Share[] => [
        [commune, 0.4],
        [o, 0.6],
      ]),
    ];
    for (const [i, person] of people.entries()) {
      let shares = plan[i];
      if (!shares) {
        if (rng() < 0.25) continue;
        shares = [[all.provincial[provincialTurn++ % all.provincial.length]!, 1]];
      }
      const amount = int(rng, 6, 12) * 50_000;
      const start = `2025-${pad(int(rng, 2, 5))}`;
      const method = shares.length > 1 || rng() < 0.5 ? 'TRANSFER' : 'CASH';
      const { signSponsorshipPledge } = await front(M.pledge, {
        input: {
          needsListEntryId: person.entryId,
          sponsors: shares.map(([s, part]) => ({
            sponsorId: s.id,
            amountPerMonth: Math.round((amount * part) / 10_000) * 10_000,
          })),
          coordinatorSponsorId: shares[0]![0].id,
          startMonth: start,
          endMonth: PLEDGE_END,
          paymentMethod: method,
          signedOn: `${addMonths(start, -1)}-25`,
        },
      });
      await payments(front, rng, signSponsorshipPledge.id, start, method);
    }
  }
}

/** The quarters of the cross-agency report the demo submits for the province (late, as they come in today). */
const REPORTED_QUARTERS = ['2026-Q1', '2026-Q2', '2026-Q3'];
const SECTION = 'FRONT_FUND_AND_SPONSORSHIP';

/**
 * The Front's section of the cross-agency report for the province, prepared (figures frozen) and submitted for
 * each quarter that has no version yet, or whose latest version is still a draft (a start that stopped midway).
 */
async function reports(front: GraphQLCall, province: string) {
  const { fatherlandFrontAreaReports: existing } = await front(
    `query DemoFrontReports($u: String!) {
      fatherlandFrontAreaReports(unitCode: $u, section: FRONT_FUND_AND_SPONSORSHIP) { id unitCode period status } }`,
    { u: province },
  );
  for (const period of REPORTED_QUARTERS) {
    // The list gives a period's newest version first.
    const latest = (existing as { unitCode: string; period: string; status: string }[]).find(
      (r) => r.unitCode === province && r.period === period,
    );
    if (latest && latest.status !== 'DRAFT') continue;
    const { prepareFatherlandFrontAreaReport: draft } = await front(
      `mutation DemoFrontPrepare($s: ReportSection!, $u: String!, $p: PeriodCode!) {
        prepareFatherlandFrontAreaReport(section: $s, unitCode: $u, period: $p) { id } }`,
      { s: SECTION, u: province, p: period },
    );
    await front(`mutation DemoFrontSubmit($id: ID!) { submitFatherlandFrontAreaReport(id: $id) { id } }`, {
      id: draft.id,
    });
  }
}

async function records(ctx: DemoContext, front: GraphQLCall) {
  const rng = mulberry32(SEED);
  const codes = [...new Set(ctx.register.map((h) => h.unitCode))].sort();
  const { administrativeUnits } = await front(
    `query DemoUnits($p: String!) { administrativeUnits(parentCode: $p) { code name } }`,
    { p: ctx.province },
  );
  const units = new Map<string, string>(
    codes.map((c) => [c, administrativeUnits.find((u: { code: string }) => u.code === c)?.name ?? c]),
  );
  const funds = await fundsAndCampaigns(front, rng, ctx.province, units);
  const poor = ctx.register.filter((h) => h.status === 'POOR');
  await support(front, rng, ctx.province, funds, poor);

  // The needs list: every member of a poor household under social protection (category B), per commune.
  const needs: Need[] = [];
  for (const code of codes) {
    const households = poor.filter(
      (h) => h.unitCode === code && h.socialProtection && h.poorCategory === 'B',
    );
    // The People's Committee's list names each person; the Front keeps that copy of the name.
    const people = households.flatMap((h) =>
      h.members.map((m) => ({
        personId: m.id,
        householdId: h.id,
        fullName: m.fullName,
        birthYear: m.birthYear,
      })),
    );
    if (!people.length) continue;
    const { receiveNeedsList } = await front(M.needs, {
      input: { unitCode: code, listedOn: LISTED_ON, sourceDocument: `${int(rng, 10, 99)}/UBND-VX`, people },
    });
    needs.push(...receiveNeedsList.map((e: { id: string }) => ({ entryId: e.id, unitCode: code })));
  }
  const needed = new Map<string, number>();
  for (const n of needs) needed.set(n.unitCode, (needed.get(n.unitCode) ?? 0) + 1);
  const all = await sponsors(front, rng, ctx.province, units, needed);
  await pledges(front, rng, needs, all);
}

export const demo: DemoGenerator = {
  wave: GenerationWave.LINKED,
  async seed(ctx: DemoContext) {
    const front = ctx.as('fatherland-front', 'officer');
    const { frontFunds } = await front(`query DemoFrontSeeded { frontFunds(first: 1) { totalCount } }`);
    if (frontFunds.totalCount === 0) await records(ctx, front);
    await reports(front, ctx.province);
  },
};
