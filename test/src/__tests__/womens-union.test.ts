import { startTestHub, type TestHub } from '../hub-client';

// The Women's Union through the gateway: linking to the register with registerMatch, then one query that reads a
// People's Committee household together with the union's pledge, review, member and group.

let hub: TestHub;
let pc: string;
let wu: string;
let labour: string;
let household: { id: string; members: { id: string; nationalId: string; fullName: string }[] };

const call = async (query: string, variables: Record<string, unknown>, token: string) => {
  const res = await hub.query(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
};

beforeAll(async () => {
  hub = await startTestHub();
  pc = await hub.token({ org: 'people-committee', units: ['75'], roles: ['officer'] });
  wu = await hub.token({ org: 'womens-union', units: ['75'], roles: ['officer'] });
  labour = await hub.token({ org: 'labour-union', units: ['75'], roles: ['officer'] });
  household = (
    await call(
      `mutation { registerHousehold(input: { code: "WU-E2E-0001", unitCode: "25222", address: "Ấp 4",
        initialStatus: POOR, statusSince: "2023-01-01", members: [
          { fullName: "Trần Thị Mai", birthDate: "1985-06-12", sex: FEMALE, relationToHead: HEAD, nationalId: "075185654321" },
          { fullName: "Lê Văn Bình", birthDate: "1982-02-02", sex: MALE, relationToHead: SPOUSE, nationalId: "075082111222" }] })
        { id members { id nationalId fullName } } }`,
      {},
      pc,
    )
  ).registerHousehold;
});
afterAll(() => hub?.close());

describe("the Women's Union through the gateway", () => {
  let member: { id: string };
  let group: { id: string };
  let province: { id: string };
  let commune: { id: string };

  it('links a member and a pledged household to the register, then writes through its own mutations', async () => {
    const mai = household.members.find((m) => m.fullName === 'Trần Thị Mai')!;
    const { registerMatch: match } = await call(
      `query($n: String!) { registerMatch(nationalId: $n) { person { id } household { id } householdStatus } }`,
      { n: mai.nationalId },
      wu,
    );
    expect(match).toEqual({
      person: { id: mai.id },
      household: { id: household.id },
      householdStatus: 'POOR',
    });

    province = (
      await call(
        `mutation { createWomensUnionChapter(input: { level: PROVINCE, unitCode: "75", name: "Hội Liên hiệp Phụ nữ tỉnh Đồng Nai" }) { id } }`,
        {},
        wu,
      )
    ).createWomensUnionChapter;
    commune = (
      await call(
        `mutation($p: ID!) { createWomensUnionChapter(input: { level: COMMUNE, unitCode: "25222", parentId: $p,
          name: "Hội Liên hiệp Phụ nữ xã Bù Gia Mập" }) { id } }`,
        { p: province.id },
        wu,
      )
    ).createWomensUnionChapter;
    member = (
      await call(
        `mutation($input: RegisterWomensUnionMemberInput!) { registerWomensUnionMember(input: $input) { id } }`,
        {
          input: {
            chapterId: commune.id,
            personId: match.person.id,
            householdId: match.household.id,
            fullName: 'Trần Thị Mai',
            joinedOn: '2021-10-20',
          },
        },
        wu,
      )
    ).registerWomensUnionMember;
    const pledge = (
      await call(
        `mutation($input: PledgeFiveNoThreeCleanInput!) { pledgeFiveNoThreeClean(input: $input) { id } }`,
        {
          input: {
            chapterId: commune.id,
            year: 2025,
            pledgedOn: '2025-01-15',
            households: [{ householdId: match.household.id, statusWhenPledged: match.householdStatus }],
          },
        },
        wu,
      )
    ).pledgeFiveNoThreeClean;
    await call(
      `mutation($input: RecordFiveNoThreeCleanReviewsInput!) { recordFiveNoThreeCleanReviews(input: $input) { id } }`,
      {
        input: {
          pledgeId: pledge.id,
          reviews: [
            {
              householdId: household.id,
              reviewDate: '2025-11-20',
              noHungerOrPoverty: false,
              noLawBreakingOrSocialEvils: true,
              noDomesticViolence: true,
              noPopulationPolicyViolation: true,
              noMalnourishedOrDropoutChildren: true,
              cleanHouse: true,
              cleanKitchen: true,
              cleanAlley: true,
            },
          ],
        },
      },
      wu,
    );
    group = (
      await call(
        `mutation($input: FormSavingsLoanGroupInput!) { formSavingsLoanGroup(input: $input) { id } }`,
        {
          input: {
            chapterId: commune.id,
            name: 'Tổ TK&VV ấp 4',
            lender: 'VBSP',
            leaderMemberId: member.id,
            meetingFrequency: 'MONTHLY',
            meetingDay: 10,
            formedOn: '2024-03-01',
          },
        },
        wu,
      )
    ).formSavingsLoanGroup;
  });

  it("moves the area's figures by exactly the records created, in the commune and in the province", async () => {
    const AREA = `query($u: String!) { areaPeriod(unitCode: $u, period: "2025") { unitCode womensUnion {
      savingsDay { collectedAmount contributions contributingMembers targetAmount }
      savingsLoanGroups { groups groupsFormed members byLender { lender groups members } }
      support { activities households value }
      fiveNoThreeClean { pledges householdsPledged householdsReviewed householdsMeetingAllCriteria }
      membership { members } } } }`;
    const figures = async (u: string) => (await call(AREA, { u }, wu)).areaPeriod.womensUnion;
    const before = { commune: await figures('25222'), province: await figures('75') };
    // What the first test wrote: a member, a pledged household reviewed once (7 of 8 criteria), a VBSP group.
    expect(before.commune.fiveNoThreeClean).toEqual({
      pledges: 1,
      householdsPledged: 1,
      householdsReviewed: 1,
      householdsMeetingAllCriteria: 0,
    });

    const { launchSavingsDayCampaign: campaign } = await call(
      `mutation($input: LaunchSavingsDayCampaignInput!) { launchSavingsDayCampaign(input: $input) { id } }`,
      {
        input: {
          chapterId: province.id,
          year: 2025,
          name: 'Ngày tiết kiệm vì phụ nữ nghèo 2025',
          startsOn: '2025-03-01',
          endsOn: '2025-10-20',
          targetAmount: 50_000_000,
        },
      },
      wu,
    );
    await call(
      `mutation($input: RecordSavingsDayContributionInput!) { recordSavingsDayContribution(input: $input) { id } }`,
      { input: { campaignId: campaign.id, memberId: member.id, date: '2025-03-08', amount: 350_000 } },
      wu,
    );
    await call(
      `mutation($input: RecordWomensUnionSupportInput!) { recordWomensUnionSupport(input: $input) { id } }`,
      {
        input: {
          chapterId: commune.id,
          kind: 'LIVELIHOOD_GIFT',
          householdId: household.id,
          date: '2025-06-01',
          value: 7_500_000,
        },
      },
      wu,
    );
    await call(
      `mutation($input: FormSavingsLoanGroupInput!) { formSavingsLoanGroup(input: $input) { id } }`,
      {
        input: {
          chapterId: commune.id,
          name: 'Nhóm CEP ấp 4',
          lender: 'CEP',
          leaderMemberId: member.id,
          meetingFrequency: 'FORTNIGHTLY',
          meetingDay: 3,
          formedOn: '2025-04-01',
        },
      },
      wu,
    );

    for (const area of ['commune', 'province'] as const) {
      const was = before[area];
      const now = await figures(area === 'commune' ? '25222' : '75');
      expect(now.savingsDay).toMatchObject({
        collectedAmount: was.savingsDay.collectedAmount + 350_000,
        contributions: was.savingsDay.contributions + 1,
        contributingMembers: was.savingsDay.contributingMembers + 1,
      });
      expect(now.support).toEqual({
        activities: was.support.activities + 1,
        households: was.support.households + 1,
        value: was.support.value + 7_500_000,
      });
      // She leads both groups: one more group, the same woman.
      expect(now.savingsLoanGroups).toMatchObject({
        groups: was.savingsLoanGroups.groups + 1,
        groupsFormed: was.savingsLoanGroups.groupsFormed + 1,
        members: was.savingsLoanGroups.members,
      });
      expect(now.savingsLoanGroups.byLender).toContainEqual({ lender: 'CEP', groups: 1, members: 1 });
      expect(now.fiveNoThreeClean).toEqual(was.fiveNoThreeClean);
    }
    // The province union's campaign target is the province's, not the commune's.
    expect((await figures('75')).savingsDay.targetAmount).toBe(50_000_000);
    expect((await figures('25222')).savingsDay.targetAmount).toBeNull();
  });

  it("reads a register household with the union's fields in one query", async () => {
    const res = await hub.query(
      `query($id: ID!) { household(id: $id) { code status
        members { fullName womensUnionMembership { fullName current chapter { name } savingsLoanGroups { name lender } } }
        fiveNoThreeClean { year statusWhenPledged latestReview { criteriaMet meetsAllCriteria noHungerOrPoverty }
          pledge { targetHouseholds progress { pledged reviewed meetingNoHungerOrPoverty }
            chapter { name unit { name parent { name } } } } } } }`,
      { id: household.id },
      wu,
    );
    expect(res.data!.household).toEqual({
      code: 'WU-E2E-0001',
      status: 'POOR',
      members: expect.arrayContaining([
        {
          fullName: null, // the register's names are the People's Committee's
          womensUnionMembership: {
            fullName: 'Trần Thị Mai',
            current: true,
            chapter: { name: 'Hội Liên hiệp Phụ nữ xã Bù Gia Mập' },
            savingsLoanGroups: [
              { name: 'Nhóm CEP ấp 4', lender: 'CEP' },
              { name: 'Tổ TK&VV ấp 4', lender: 'VBSP' },
            ],
          },
        },
        { fullName: null, womensUnionMembership: null },
      ]),
      fiveNoThreeClean: [
        {
          year: 2025,
          statusWhenPledged: 'POOR',
          latestReview: { criteriaMet: 7, meetsAllCriteria: false, noHungerOrPoverty: false },
          pledge: {
            targetHouseholds: 10,
            progress: { pledged: 1, reviewed: 1, meetingNoHungerOrPoverty: 0 },
            chapter: {
              name: 'Hội Liên hiệp Phụ nữ xã Bù Gia Mập',
              unit: { name: 'Xã Bù Gia Mập', parent: { name: 'Đồng Nai' } },
            },
          },
        },
      ],
    });
    expect(res.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });

  it('resolves a savings-and-loan group and its leader in the register for another organisation, without her name', async () => {
    const res = await hub.query(
      `query($id: ID!) { savingsLoanGroup(id: $id) { name lender memberCount
        leader { fullName person { birthYear sex household { code status } } } } }`,
      { id: group.id },
      labour,
    );
    expect(res.data!.savingsLoanGroup).toEqual({
      name: 'Tổ TK&VV ấp 4',
      lender: 'VBSP',
      memberCount: 1,
      leader: {
        fullName: null,
        person: { birthYear: 1985, sex: 'FEMALE', household: { code: 'WU-E2E-0001', status: 'POOR' } },
      },
    });
    expect(res.errors?.map((e) => (e as { path?: unknown[] }).path)).toEqual([
      ['savingsLoanGroup', 'leader', 'fullName'],
    ]);
  });

  it('refuses bad input with its field and writes by other organisations', async () => {
    const bad = await hub.query(
      `mutation($input: PledgeFiveNoThreeCleanInput!) { pledgeFiveNoThreeClean(input: $input) { id } }`,
      {
        input: {
          chapterId: '00000000-0000-4000-8000-000000000000',
          year: 2026,
          pledgedOn: '2026-01-15',
          households: [],
        },
      },
      wu,
    );
    expect(bad.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.chapterId' },
    });
    const other = await hub.query(
      `mutation($id: ID!) { endWomensUnionMembership(id: $id, leftOn: "2025-12-31") { id } }`,
      { id: member.id },
      labour,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
