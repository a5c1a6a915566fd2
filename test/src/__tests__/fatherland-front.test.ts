import { todayInVietnam } from '@chung-tay/common';
import { startTestHub, type TestHub } from '../hub-client';

// The Fatherland Front through the gateway: a People's Committee household of the register, linked by
// registerMatch, gets a needs-list entry, a pledge, a payment and a gift; one query then reads the household with
// the Front's fields, including the income top-up that needs the register's income and poverty line (@requires).

let hub: TestHub;
let front: string;
let householdId: string;
let personId: string;
let fundId: string;
let pledgeId: string;
const NATIONAL_ID = '075185123456'; // Đồng Nai, a woman born in 1985

const month = (offset: number) => {
  const [y, m] = todayInVietnam().split('-').map(Number) as [number, number];
  const i = y * 12 + m - 1 + offset;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const res = await hub.query(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

beforeAll(async () => {
  hub = await startTestHub();
  const pc = await hub.token({ org: 'people-committee', units: ['75'], roles: ['officer'] });
  front = await hub.token({ org: 'fatherland-front', units: ['75'], roles: ['officer'] });
  const { registerHousehold } = await ok(
    `mutation { registerHousehold(input: { code: "E2E-MTTQ-1", unitCode: "25222", address: "Ấp 4",
        initialStatus: POOR, statusSince: "2023-01-01", socialProtection: true,
        members: [{ fullName: "Đinh Thị Sáu", birthDate: "1985-03-01", sex: FEMALE, relationToHead: HEAD, nationalId: "${NATIONAL_ID}" },
                  { fullName: "Đinh Văn Út", birthDate: "2012-05-05", sex: MALE, relationToHead: CHILD }] }) { id } }`,
    {},
    pc,
  );
  await ok(
    `mutation($id: ID!) { recordAssessment(input: { householdId: $id, reviewKind: PERIODIC, reviewDate: "2025-10-15",
      incomePerPersonMonth: 900000, deprivations: [EMPLOYMENT, HEALTH_INSURANCE, HOUSING_QUALITY] }) { id } }`,
    { id: registerHousehold.id },
    pc,
  );
}, 120_000);
afterAll(() => hub?.close());

describe('the Fatherland Front through the gateway', () => {
  it('links a poor household under social protection and signs, pays and gives through its mutations', async () => {
    const { registerMatch } = await ok(
      `query($n: String!) { registerMatch(nationalId: $n) { person { id } household { id } householdStatus poorCategory } }`,
      { n: NATIONAL_ID },
      front,
    );
    expect(registerMatch).toMatchObject({ householdStatus: 'POOR', poorCategory: 'B' });
    ({ id: personId } = registerMatch.person);
    ({ id: householdId } = registerMatch.household);

    const { openFrontFund: fund } = await ok(
      `mutation { openFrontFund(input: { unitCode: "25222", name: "Quỹ Vì người nghèo xã Bù Gia Mập", openedOn: "2025-01-01" }) { id } }`,
      {},
      front,
    );
    await ok(
      `mutation($f: ID!) { recordFrontDonation(input: { fundId: $f, donorKind: ENTERPRISE, donorName: "Công ty CP Cao su Phú Riềng",
        amount: 10000000, date: "2025-10-20" }) { id } }`,
      { f: fund.id },
      front,
    );
    await ok(
      `mutation($f: ID!, $h: ID!) { recordFrontDisbursement(input: { fundId: $f, purpose: GIFT, householdId: $h,
        amount: 500000, date: "2025-11-10" }) { id } }`,
      { f: fund.id, h: householdId },
      front,
    );
    const { receiveNeedsList } = await ok(
      `mutation($p: ID!, $h: ID!) { receiveNeedsList(input: { unitCode: "25222", listedOn: "2025-11-01",
        sourceDocument: "125/UBND-VX", people: [{ personId: $p, householdId: $h, fullName: "Đinh Thị Sáu", birthYear: 1985 }] }) { id } }`,
      { p: personId, h: householdId },
      front,
    );
    const { registerFrontSponsor: commune } = await ok(
      `mutation { registerFrontSponsor(input: { kind: COMMUNE, unitCode: "25222", name: "UBND và Ủy ban MTTQ xã Bù Gia Mập" }) { id } }`,
      {},
      front,
    );
    const { signSponsorshipPledge: pledge } = await ok(
      `mutation($e: ID!, $s: ID!, $end: PeriodCode!) { signSponsorshipPledge(input: { needsListEntryId: $e,
        sponsors: [{ sponsorId: $s, amountPerMonth: 400000 }], startMonth: "2025-12", endMonth: $end,
        paymentMethod: CASH, signedOn: "2025-11-15" }) { id amountPerMonth } }`,
      { e: receiveNeedsList[0].id, s: commune.id, end: month(12) },
      front,
    );
    expect(pledge.amountPerMonth).toBe(400_000);
    ({ id: fundId } = fund);
    pledgeId = pledge.id;
    await ok(
      `mutation($p: ID!) { recordSponsorshipPayment(input: { pledgeId: $p, months: ["2025-12"], paidOn: "2025-12-05" }) { id } }`,
      { p: pledge.id },
      front,
    );
    const refused = await hub.query(
      `mutation($f: ID!, $h: ID!) { recordFrontDisbursement(input: { fundId: $f, purpose: MEDICAL, householdId: $h,
        amount: 9600000, date: "2025-11-10" }) { id } }`,
      { f: fund.id, h: householdId },
      front,
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining('below zero'),
      extensions: { code: 'BAD_USER_INPUT', field: 'input.amount' },
    });
  });

  it("reads the register's household with the Front's fields and the income top-up in one query", async () => {
    const res = await hub.query(
      `query($id: ID!) { household(id: $id) { code status poorCategory socialProtection
        frontSupport { disbursedTotal disbursements { purpose amount } pledges { amountPerMonth status } }
        members { relationToHead needsListEntry { unitCode fullName birthYear }
          sponsorships { amountPerMonth sponsors { sponsor { name } } payments { month amount } }
          sponsorshipTopUp { incomePerMonth pledgedPerMonth povertyLine totalPerMonth reachesPovertyLine shortfall } } } }`,
      { id: householdId },
      front,
    );
    expect(res.errors).toBeUndefined();
    const household = res.data!.household;
    expect(household).toMatchObject({
      code: 'E2E-MTTQ-1',
      status: 'POOR',
      poorCategory: 'B',
      socialProtection: true,
      frontSupport: {
        disbursedTotal: 500_000,
        disbursements: [{ purpose: 'GIFT', amount: 500_000 }],
        pledges: [{ amountPerMonth: 400_000, status: 'ACTIVE' }],
      },
    });
    const head = household.members.find((m: { relationToHead: string }) => m.relationToHead === 'HEAD');
    expect(head).toMatchObject({
      // The register shows the name to the People's Committee only; the Front reads its copy from the list.
      needsListEntry: { unitCode: '25222', fullName: 'Đinh Thị Sáu', birthYear: 1985 },
      sponsorships: [
        {
          amountPerMonth: 400_000,
          sponsors: [{ sponsor: { name: 'UBND và Ủy ban MTTQ xã Bù Gia Mập' } }],
          payments: [{ month: '2025-12', amount: 400_000 }],
        },
      ],
    });
    // Income from the review, the pledge running this month, the rural line of the standard in force today.
    const topUp = head.sponsorshipTopUp;
    expect(topUp).toMatchObject({
      incomePerMonth: 900_000,
      pledgedPerMonth: 400_000,
      totalPerMonth: 1_300_000,
    });
    expect(topUp.povertyLine).toBeGreaterThanOrEqual(1_500_000);
    expect(topUp.shortfall).toBe(topUp.povertyLine - 1_300_000);
    expect(topUp.reachesPovertyLine).toBe(false);
    const child = household.members.find((m: { relationToHead: string }) => m.relationToHead === 'CHILD');
    expect(child).toMatchObject({
      needsListEntry: null,
      sponsorships: [],
      sponsorshipTopUp: { pledgedPerMonth: 0 },
    });
  });

  it('checks the coverage rules of the commune and keeps income from other organisations', async () => {
    const { sponsorshipCoverage } = await ok(
      `{ sponsorshipCoverage(unitCode: "25222") { peopleInNeed coveredLocally localSharePercent rules { rule passed } } }`,
      {},
      front,
    );
    expect(sponsorshipCoverage).toMatchObject({ peopleInNeed: 1, coveredLocally: 1, localSharePercent: 100 });
    expect(sponsorshipCoverage.rules.every((r: { passed: boolean }) => r.passed)).toBe(true);
    const union = await hub.token({ org: 'labour-union', units: ['75'], roles: ['viewer'] });
    const res = await hub.query(
      `query($id: ID!) { household(id: $id) { status frontSupport { pledges { amountPerMonth } }
        members { sponsorshipTopUp { reachesPovertyLine } } } }`,
      { id: householdId },
      union,
    );
    expect(res.data!.household.frontSupport.pledges).toEqual([{ amountPerMonth: 400_000 }]);
    expect(res.data!.household.members.map((m: { sponsorshipTopUp: unknown }) => m.sponsorshipTopUp)).toEqual(
      [null, null],
    );
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });

  it("moves the commune's and the province's area figures by exactly what is recorded", async () => {
    const today = todayInVietnam();
    const quarter = `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
    const AREA = `query($u: String!, $p: PeriodCode!) { areaPeriod(unitCode: $u, period: $p) { unitCode period
      fatherlandFront { asOf fund { donations donationCount disbursements disbursementCount closingBalance }
        houses { approved inProgress } sponsorship { peopleInNeed activePledges paid paymentCount arrears }
        coverage { coveredLocally localSharePercent seventyPercentRuleMet } } } }`;
    const read = async (u: string) => (await ok(AREA, { u, p: quarter }, front)).areaPeriod.fatherlandFront;
    const [commune, province] = [await read('25222'), await read('75')];
    expect(commune.asOf).toBe(today);
    expect(commune.sponsorship).toMatchObject({ peopleInNeed: 1, activePledges: 1 });
    expect(commune.coverage).toMatchObject({
      coveredLocally: 1,
      localSharePercent: 100,
      seventyPercentRuleMet: true,
    });

    await ok(
      `mutation($f: ID!, $d: LocalDate!) { recordFrontDonation(input: { fundId: $f, donorKind: AGENCY,
        donorName: "Cán bộ, công chức UBND xã Bù Gia Mập", amount: 2000000, date: $d }) { id } }`,
      { f: fundId, d: today },
      front,
    );
    await ok(
      `mutation($f: ID!, $h: ID!, $d: LocalDate!) { recordFrontDisbursement(input: { fundId: $f, purpose: MEDICAL,
        householdId: $h, amount: 300000, date: $d }) { id } }`,
      { f: fundId, h: householdId, d: today },
      front,
    );
    await ok(
      `mutation($h: ID!, $d: LocalDate!) { recordSolidarityHouse(input: { householdId: $h, unitCode: "25222",
        work: REPAIR, amount: 15000000, approvedOn: $d,
        fundingSources: [{ source: STATE_BUDGET, amount: 15000000 }] }) { id } }`,
      { h: householdId, d: today },
      front,
    );
    await ok(
      `mutation($p: ID!, $m: PeriodCode!, $d: LocalDate!) {
        recordSponsorshipPayment(input: { pledgeId: $p, months: [$m], paidOn: $d }) { id } }`,
      { p: pledgeId, m: today.slice(0, 7), d: today },
      front,
    );

    for (const [unit, before] of [
      ['25222', commune],
      ['75', province],
    ] as const) {
      const after = await read(unit);
      expect(after.fund).toEqual({
        donations: before.fund.donations + 2_000_000,
        donationCount: before.fund.donationCount + 1,
        disbursements: before.fund.disbursements + 300_000,
        disbursementCount: before.fund.disbursementCount + 1,
        closingBalance: before.fund.closingBalance + 1_700_000,
      });
      expect(after.houses).toEqual({
        approved: before.houses.approved + 1,
        inProgress: before.houses.inProgress + 1,
      });
      // This month's 400,000 is paid: paid in the quarter up, arrears down by as much.
      expect(after.sponsorship).toEqual({
        ...before.sponsorship,
        paid: before.sponsorship.paid + 400_000,
        paymentCount: before.sponsorship.paymentCount + 1,
        arrears: before.sponsorship.arrears - 400_000,
      });
    }
  });
});
