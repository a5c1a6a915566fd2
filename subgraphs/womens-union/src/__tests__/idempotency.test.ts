import { describeIdempotency } from '@chung-tay/common/testing';
import { COMMUNE, ok, tree, useSubgraph } from './fixtures';

// A contribution to the savings day is money: a retried one with its key records nothing new.
const env = useSubgraph();
let campaignId: string;
let chapterId: string;

beforeAll(async () => {
  const { province, communes } = await tree(env.h, env.t.officer, [COMMUNE]);
  chapterId = communes[0]!.id;
  campaignId = (
    await ok(
      env.h,
      `mutation($input: LaunchSavingsDayCampaignInput!) { launchSavingsDayCampaign(input: $input) { id } }`,
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
  ).launchSavingsDayCampaign.id;
});

describeIdempotency(() => ({ h: env.h, token: env.t.officer }), {
  name: 'recordSavingsDayContribution',
  document: `mutation($input: RecordSavingsDayContributionInput!) { recordSavingsDayContribution(input: $input) { id } }`,
  input: () => ({ campaignId, chapterId, date: '2025-03-08', amount: 500_000 }),
  changed: { amount: 600_000 },
  table: 'savings_day_contribution',
});
