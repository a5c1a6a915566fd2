import { randomUUID } from 'node:crypto';
import { COMMUNE, counts, FORM_GROUP, member, ok, tree, useSubgraph, WARD } from './fixtures';

const env = useSubgraph();

const LAUNCH = `mutation($input: LaunchSavingsDayCampaignInput!) { launchSavingsDayCampaign(input: $input) { id name year } }`;
const TARGET = `mutation($input: SetSavingsDayTargetInput!) { setSavingsDayTarget(input: $input) { id amount } }`;
const CONTRIBUTE = `mutation($input: RecordSavingsDayContributionInput!) {
  recordSavingsDayContribution(input: $input) { id contributorKind amount unitCode } }`;

describe('the "Savings day for poor women" campaign', () => {
  it('sets targets for chapters below the organiser and adds up what their chapters and members gave', async () => {
    const { province, communes } = await tree(env.h, env.t.officer, [COMMUNE, WARD]);
    const [commune, ward] = communes as [(typeof communes)[0], (typeof communes)[0]];
    const campaign = (
      await ok(
        env.h,
        LAUNCH,
        {
          input: {
            chapterId: province.id,
            year: 2025,
            edition: 30,
            name: 'Ngày tiết kiệm vì phụ nữ nghèo lần thứ 30',
            startsOn: '2025-03-01',
            endsOn: '2025-10-20',
            targetAmount: 50_000_000,
          },
        },
        env.t.officer,
      )
    ).launchSavingsDayCampaign;
    await ok(
      env.h,
      TARGET,
      { input: { campaignId: campaign.id, chapterId: commune.id, amount: 10_000_000 } },
      env.t.officer,
    );
    await ok(
      env.h,
      TARGET,
      { input: { campaignId: campaign.id, chapterId: ward.id, amount: 8_000_000 } },
      env.t.officer,
    );
    // Setting a target again replaces it.
    await ok(
      env.h,
      TARGET,
      { input: { campaignId: campaign.id, chapterId: commune.id, amount: 12_000_000 } },
      env.t.communeOfficer,
    );
    const lan = await member(env.h, env.t.officer, commune.branch.id);
    const gifts = [
      { memberId: lan.id, date: '2025-03-08', amount: 500_000 },
      { chapterId: commune.branch.id, date: '2025-10-15', amount: 3_000_000 },
      { chapterId: commune.id, date: '2025-10-18', amount: 5_500_000 },
      { chapterId: ward.id, date: '2025-10-20', amount: 2_000_000 },
    ];
    for (const gift of gifts) {
      await ok(env.h, CONTRIBUTE, { input: { campaignId: campaign.id, ...gift } }, env.t.officer);
    }
    const res = await ok(
      env.h,
      `query($id: ID!) { savingsDayCampaign(id: $id) { name contributedAmount contributionCount achievedPercent
        targets { chapter { unitCode } amount contributedAmount achievedPercent } } }`,
      { id: campaign.id },
      env.t.viewer,
    );
    expect(res.savingsDayCampaign).toEqual({
      name: 'Ngày tiết kiệm vì phụ nữ nghèo lần thứ 30',
      contributedAmount: 11_000_000,
      contributionCount: 4,
      achievedPercent: 22,
      targets: [
        { chapter: { unitCode: WARD }, amount: 8_000_000, contributedAmount: 2_000_000, achievedPercent: 25 },
        {
          chapter: { unitCode: COMMUNE },
          amount: 12_000_000,
          contributedAmount: 9_000_000,
          achievedPercent: 75,
        },
      ],
    });
    // A commune officer sees the province's campaign, and only her commune's target and contributions.
    const own = await ok(
      env.h,
      `query($id: ID!) { savingsDayCampaign(id: $id) { targets { chapter { unitCode } } } savingsDayContributions(first: 10) {
        totalCount nodes { contributorKind member { id } } } }`,
      { id: campaign.id },
      env.t.communeOfficer,
    );
    expect(own.savingsDayCampaign.targets).toEqual([{ chapter: { unitCode: COMMUNE } }]);
    expect(own.savingsDayContributions.totalCount).toBe(3);
    const byPeriod = await ok(
      env.h,
      `{ savingsDayContributions(filter: { period: "2025-Q1", contributorKind: MEMBER }) { totalCount nodes { amount } } }`,
      {},
      env.t.viewer,
    );
    expect(byPeriod.savingsDayContributions).toEqual({ totalCount: 1, nodes: [{ amount: 500_000 }] });
  });

  it('refuses gifts outside the campaign’s dates or tree, from both or neither, and non-positive amounts', async () => {
    const { province, communes } = await tree(env.h, env.t.officer, [COMMUNE]);
    const campaign = (
      await ok(env.h, `{ savingsDayCampaigns(filter: { year: 2025 }) { nodes { id } } }`, {}, env.t.viewer)
    ).savingsDayCampaigns.nodes[0];
    const before = await counts(env.h);
    const cases: [Record<string, unknown>, string][] = [
      [{ chapterId: communes[0]!.id, date: '2025-02-01', amount: 1000 }, 'input.date'],
      [{ chapterId: communes[0]!.id, date: '2025-10-21', amount: 1000 }, 'input.date'],
      [{ date: '2025-05-01', amount: 1000 }, 'input.memberId'],
      [
        { chapterId: communes[0]!.id, memberId: randomUUID(), date: '2025-05-01', amount: 1000 },
        'input.memberId',
      ],
      [{ chapterId: communes[0]!.id, date: '2025-05-01', amount: 0 }, 'input.amount'],
    ];
    for (const [input, field] of cases) {
      const res = await env.h.query(
        CONTRIBUTE,
        { input: { campaignId: campaign.id, ...input } },
        env.t.officer,
      );
      const ext = res.errors?.[0]?.extensions;
      expect([field, ext?.code, ext?.field ?? ext?.fields?.[0]?.field]).toEqual([
        field,
        'BAD_USER_INPUT',
        field,
      ]);
    }
    const self = await env.h.query(
      TARGET,
      { input: { campaignId: campaign.id, chapterId: province.id, amount: 5 } },
      env.t.officer,
    );
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.chapterId' });
    const again = await env.h.query(
      LAUNCH,
      {
        input: {
          chapterId: province.id,
          year: 2025,
          name: 'Lần hai',
          startsOn: '2025-03-01',
          endsOn: '2025-05-01',
        },
      },
      env.t.officer,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.year' });
    const backwards = await env.h.query(
      LAUNCH,
      {
        input: {
          chapterId: province.id,
          year: 2026,
          name: 'Ngược',
          startsOn: '2026-05-01',
          endsOn: '2026-03-01',
        },
      },
      env.t.officer,
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.endsOn',
    });
    expect(await counts(env.h)).toEqual(before);
  });
});

describe('savings-and-loan groups', () => {
  it('forms a group of members of the commune with a leader, and changes it', async () => {
    const { communes } = await tree(env.h, env.t.officer, [COMMUNE]);
    const women = [];
    for (let i = 0; i < 5; i++) women.push(await member(env.h, env.t.officer, communes[0]!.branch.id));
    const group = (
      await ok(
        env.h,
        FORM_GROUP,
        {
          input: {
            chapterId: communes[0]!.branch.id,
            name: 'Tổ TK&VV ấp 3',
            lender: 'VBSP',
            leaderMemberId: women[0]!.id,
            memberIds: women.slice(1, 4).map((w) => w.id),
            meetingFrequency: 'MONTHLY',
            meetingDay: 15,
            formedOn: '2024-05-01',
          },
        },
        env.t.officer,
      )
    ).formSavingsLoanGroup;
    expect(group).toMatchObject({ lender: 'VBSP', unitCode: COMMUNE, memberCount: 4, status: 'ACTIVE' });

    await ok(
      env.h,
      `mutation($input: AddSavingsLoanGroupMembersInput!) { addSavingsLoanGroupMembers(input: $input) { memberCount } }`,
      { input: { groupId: group.id, memberIds: [women[4]!.id], joinedOn: '2024-09-01' } },
      env.t.communeOfficer,
    );
    const REMOVE = `mutation($input: RemoveSavingsLoanGroupMemberInput!) { removeSavingsLoanGroupMember(input: $input) { memberCount } }`;
    const leader = await env.h.query(
      REMOVE,
      { input: { groupId: group.id, memberId: women[0]!.id, leftOn: '2025-01-01' } },
      env.t.officer,
    );
    expect(leader.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.memberId' });
    await ok(
      env.h,
      REMOVE,
      { input: { groupId: group.id, memberId: women[1]!.id, leftOn: '2025-01-01' } },
      env.t.officer,
    );
    const updated = await ok(
      env.h,
      `mutation($id: ID!, $input: UpdateSavingsLoanGroupInput!) { updateSavingsLoanGroup(id: $id, input: $input) {
        leader { id } meetingFrequency meetingDay members { id savingsLoanGroups { id } } } }`,
      { id: group.id, input: { leaderMemberId: women[2]!.id, meetingFrequency: 'WEEKLY', meetingDay: 3 } },
      env.t.officer,
    );
    expect(updated.updateSavingsLoanGroup).toMatchObject({
      leader: { id: women[2]!.id },
      meetingFrequency: 'WEEKLY',
      meetingDay: 3,
    });
    expect(updated.updateSavingsLoanGroup.members.map((m: { id: string }) => m.id).sort()).toEqual(
      [women[0]!.id, women[2]!.id, women[3]!.id, women[4]!.id].sort(),
    );
    expect(updated.updateSavingsLoanGroup.members[0].savingsLoanGroups).toEqual([{ id: group.id }]);

    // The lender's subgraph resolves the group by its key.
    const ref = await ok(
      env.h,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on SavingsLoanGroup { name lender unit { code } memberCount } } }`,
      { reps: [{ __typename: 'SavingsLoanGroup', id: group.id }] },
      env.t.labour,
    );
    expect(ref._entities).toEqual([
      { name: 'Tổ TK&VV ấp 3', lender: 'VBSP', unit: { code: COMMUNE }, memberCount: 4 },
    ]);
    const list = await ok(
      env.h,
      `{ savingsLoanGroups(filter: { unitCode: "75", lender: VBSP, status: [ACTIVE] }) { totalCount } }`,
      {},
      env.t.viewer,
    );
    expect(list.savingsLoanGroups.totalCount).toBe(1);

    const dissolved = await ok(
      env.h,
      `mutation($id: ID!) { updateSavingsLoanGroup(id: $id, input: { status: DISSOLVED, statusSince: "2025-12-31" }) { status statusSince memberCount } }`,
      { id: group.id },
      env.t.officer,
    );
    expect(dissolved.updateSavingsLoanGroup).toEqual({
      status: 'DISSOLVED',
      statusSince: '2025-12-31',
      memberCount: 0,
    });
  });

  it('keeps a woman to one group per lender, in her own commune, and checks meeting days', async () => {
    const { communes } = await tree(env.h, env.t.officer, [COMMUNE, WARD]);
    const [here, there] = communes as [(typeof communes)[0], (typeof communes)[0]];
    const a = await member(env.h, env.t.officer, here.id);
    const b = await member(env.h, env.t.officer, here.id);
    const far = await member(env.h, env.t.officer, there.id);
    const input = {
      chapterId: here.id,
      name: 'Tổ CEP 1',
      lender: 'CEP',
      leaderMemberId: a.id,
      memberIds: [b.id],
      meetingFrequency: 'WEEKLY',
      meetingDay: 2,
      formedOn: '2024-02-01',
    };
    await ok(env.h, FORM_GROUP, { input }, env.t.officer);
    const before = await counts(env.h);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: 'Tổ CEP 2' }, 'CONFLICT', 'input.leaderMemberId'],
      [{ name: 'tổ cep 1', lender: 'VBSP' }, 'CONFLICT', 'input.name'],
      [{ name: 'Tổ CEP 3', leaderMemberId: far.id, memberIds: [] }, 'BAD_USER_INPUT', 'input.leaderMemberId'],
      [{ name: 'Tổ CEP 4', lender: 'VBSP', meetingDay: 9 }, 'BAD_USER_INPUT', 'input.meetingDay'],
      [{ name: 'Tổ CEP 5', lender: 'VBSP', memberIds: [b.id, b.id] }, 'BAD_USER_INPUT', 'input.memberIds[1]'],
      [
        { name: 'Tổ CEP 6', lender: 'VBSP', formedOn: '2019-01-01' },
        'BAD_USER_INPUT',
        'input.leaderMemberId',
      ],
    ];
    for (const [overrides, code, field] of cases) {
      const res = await env.h.query(FORM_GROUP, { input: { ...input, ...overrides } }, env.t.officer);
      expect([overrides, res.errors?.[0]?.extensions]).toEqual([
        overrides,
        expect.objectContaining({ code, field }),
      ]);
    }
    const forbidden = await env.h.query(
      FORM_GROUP,
      { input: { ...input, name: 'Tổ khác', lender: 'VBSP' } },
      env.t.hcmcOfficer,
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts(env.h)).toEqual(before);
  });
});
