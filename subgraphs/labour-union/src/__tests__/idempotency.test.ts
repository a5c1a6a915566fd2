import { describeIdempotency } from '@chung-tay/common/testing';
import { organisation, useSubgraph } from './fixtures';

// Workers' gifts to the fund are money: a retried recordFundGift with its key records nothing new.
const env = useSubgraph();
let unionOrganisationId: string;

beforeAll(async () => {
  unionOrganisationId = (
    await organisation(env.h, env.t.officer, { level: 'PROVINCE_FEDERATION', unitCode: '75' })
  ).id;
});

describeIdempotency(() => ({ h: env.h, token: env.t.officer }), {
  name: 'recordFundGift',
  document: `mutation($input: RecordFundGiftInput!) { recordFundGift(input: $input) { id } }`,
  input: () => ({ unionOrganisationId, date: '2025-11-01', contributors: 12, amount: 3_600_000 }),
  changed: { amount: 3_700_000 },
  table: 'fund_gift',
});
