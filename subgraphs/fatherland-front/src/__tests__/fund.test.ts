import { randomUUID } from 'node:crypto';
import { FrontDisbursementPurpose } from '../enums';
import { disburse } from '../fund/disburse';
import {
  COMMUNE,
  COMMUNE_B,
  DISBURSE,
  DONATE,
  donate,
  fieldOf,
  openFund,
  PROVINCE,
  useSubgraph,
} from './fixtures';

const env = useSubgraph();
const household = randomUUID();
const BALANCE = `query($id: ID!, $on: LocalDate) { frontFund(id: $id) { balance(on: $on) } }`;
const balanceOn = async (id: string, on: string) => (await env.ok(BALANCE, { id, on })).frontFund.balance;

const payOut = (fundId: string, amount: number, date: string, token = env.t.officer) =>
  env.h.query(DISBURSE, { input: { fundId, amount, date, purpose: 'GIFT', householdId: household } }, token);

describe('funds', () => {
  it('opens one fund per Front committee, in the caller’s units only', async () => {
    const fund = await openFund(env, PROVINCE);
    expect(fund.unitCode).toBe(PROVINCE);
    const again = await env.h.query(
      `mutation { openFrontFund(input: { unitCode: "75", name: "Quỹ khác", openedOn: "2024-01-01" }) { id } }`,
      {},
      env.t.officer,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.unitCode' });
    const unknown = await env.h.query(
      `mutation { openFrontFund(input: { unitCode: "99", name: "Quỹ", openedOn: "2024-01-01" }) { id } }`,
      {},
      env.t.officer,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.unitCode',
    });
    const outside = await env.h.query(
      `mutation { openFrontFund(input: { unitCode: "25225", name: "Quỹ xã Đăk Ơ", openedOn: "2024-01-01" }) { id } }`,
      {},
      env.t.communeOfficer,
    );
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the balance rule', () => {
  let fundId: string;
  beforeAll(async () => {
    fundId = (await openFund(env, COMMUNE)).id;
    await donate(env, fundId, 10_000_000, '2024-03-01');
    await donate(env, fundId, 5_000_000, '2024-06-01');
  });

  it('derives the balance on any day from donations and disbursements', async () => {
    expect((await payOut(fundId, 8_000_000, '2024-05-01')).errors).toBeUndefined();
    expect(await balanceOn(fundId, '2024-02-28')).toBe(0);
    expect(await balanceOn(fundId, '2024-04-30')).toBe(10_000_000);
    expect(await balanceOn(fundId, '2024-05-01')).toBe(2_000_000);
    expect(await balanceOn(fundId, '2024-06-01')).toBe(7_000_000);
    const { frontFund } = await env.ok(
      `query($id: ID!) { frontFund(id: $id) { summary(period: "2024-Q2") { period openingBalance donations
        donationCount disbursements disbursementCount closingBalance } } }`,
      { id: fundId },
    );
    expect(frontFund.summary).toEqual({
      period: '2024-Q2',
      openingBalance: 10_000_000,
      donations: 5_000_000,
      donationCount: 1,
      disbursements: 8_000_000,
      disbursementCount: 1,
      closingBalance: 7_000_000,
    });
  });

  it('refuses a back-dated payment that the later entries could no longer bear', async () => {
    // On 2024-04-01 the balance is 10,000,000, but 2024-05-01 would fall to 10 − 3 − 8 = −1,000,000.
    const res = await payOut(fundId, 3_000_000, '2024-04-01');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/below zero on 2024-05-01 \(-1,000,000 đồng\)/);
    expect(await balanceOn(fundId, '2024-04-01')).toBe(10_000_000);
    expect((await payOut(fundId, 2_000_000, '2024-04-01')).errors).toBeUndefined();
  });

  it('refuses a payment that takes the balance below zero on its day', async () => {
    const res = await payOut(fundId, 5_000_001, '2024-07-01');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect(res.errors![0]!.message).toMatch(/balance on 2024-07-01 is 5,000,000 đồng/);
    expect((await payOut(fundId, 5_000_000, '2024-07-01')).errors).toBeUndefined();
    expect(await balanceOn(fundId, '2024-07-01')).toBe(0);
  });

  it('lets only one of two simultaneous payments through when the money covers one', async () => {
    const fund = await openFund(env, COMMUNE_B);
    await donate(env, fund.id, 1_000_000, '2024-09-01');
    const results = await Promise.all([
      payOut(fund.id, 700_000, '2024-10-01'),
      payOut(fund.id, 700_000, '2024-10-02'),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)!.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(await balanceOn(fund.id, '2024-12-31')).toBe(300_000);
  });

  it('makes a second payment wait for the first to commit, then judges it on the new balance', async () => {
    const fund = (
      await env.ok(`{ frontFunds(filter: { unitCode: "25225" }) { nodes { id unitCode openedOn } } }`)
    ).frontFunds.nodes[0];
    const row = (date: string) => ({
      purpose: FrontDisbursementPurpose.GIFT,
      householdId: household,
      personId: null,
      solidarityHouseId: null,
      amount: 200_000,
      date,
      note: null,
    });
    // Balance 300,000: each payment fits alone, not both.
    const first = env.h.dataSource.createQueryRunner();
    await first.connect();
    await first.startTransaction();
    await disburse(first.manager, fund, row('2024-11-01'), 'input.amount');
    const second = env.h.dataSource.transaction((em) =>
      disburse(em, fund, row('2024-11-02'), 'input.amount'),
    );
    second.catch(() => undefined);
    let waiting = 0;
    for (let i = 0; i < 200 && !waiting; i++) {
      [{ waiting }] = await env.h.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE%'`,
      );
      if (!waiting) await new Promise((r) => setTimeout(r, 10));
    }
    expect(waiting).toBe(1); // the second payment is blocked on the fund row
    await first.commitTransaction();
    await first.release();
    await expect(second).rejects.toThrow(/balance on 2024-11-02 is 100,000 đồng/);
  });

  it('writes nothing for bad input', async () => {
    const before = [await env.count('front_donation'), await env.count('front_disbursement')];
    const bad = [
      await env.h.query(
        DONATE,
        {
          input: { fundId, amount: -5, date: '2024-03-01', donorKind: 'INDIVIDUAL', donorName: 'Lê Văn Tám' },
        },
        env.t.officer,
      ),
      await env.h.query(
        DONATE,
        {
          input: { fundId, amount: 5, date: '2999-03-01', donorKind: 'INDIVIDUAL', donorName: 'Lê Văn Tám' },
        },
        env.t.officer,
      ),
      await env.h.query(
        DONATE,
        {
          input: {
            fundId: randomUUID(),
            amount: 5,
            date: '2024-03-01',
            donorKind: 'AGENCY',
            donorName: 'Sở Tài chính',
          },
        },
        env.t.officer,
      ),
      await payOut(fundId, 100, '2023-12-31'),
      await payOut(fundId, 0, '2024-08-01'),
    ];
    expect(bad.map((r) => fieldOf(r))).toEqual([
      'input.amount',
      'input.date',
      'input.fundId',
      'input.date',
      'input.amount',
    ]);
    expect([await env.count('front_donation'), await env.count('front_disbursement')]).toEqual(before);
  });

  it('lets Front officers only write, and only in their units', async () => {
    for (const token of [env.t.viewer, env.t.union, env.t.pc, env.t.hcmcOfficer]) {
      expect((await payOut(fundId, 1, '2024-08-01', token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const gift = {
        fundId,
        amount: 1,
        date: '2024-08-01',
        donorKind: 'INDIVIDUAL',
        donorName: 'Lê Văn Tám',
      };
      expect((await env.h.query(DONATE, { input: gift }, token)).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
    }
    expect((await payOut(fundId, 1, '2024-08-01', env.t.communeOfficer)).errors?.[0]?.extensions?.field).toBe(
      'input.amount', // allowed to try, refused only by the balance (0 on that day)
    );
  });
});

describe('campaigns and lists', () => {
  it('ties donations to a campaign of the fund’s committee or one above it, on its dates', async () => {
    const { createFrontCampaign: campaign } = await env.ok(
      `mutation { createFrontCampaign(input: { code: "VNN-2024", name: "Vì người nghèo 2024", unitCode: "75",
        startDate: "2024-10-17", endDate: "2025-10-16" }) { id } }`,
    );
    const { frontFunds } = await env.ok(`{ frontFunds(filter: { unitCode: "25222" }) { nodes { id } } }`);
    const fundId = frontFunds.nodes[0].id;
    const input = { fundId, amount: 2_000_000, donorKind: 'UNION_ORGANISATION', donorName: 'LĐLĐ tỉnh' };
    expect(
      (
        await env.h.query(
          DONATE,
          { input: { ...input, date: '2024-11-05', campaignId: campaign.id } },
          env.t.officer,
        )
      ).errors,
    ).toBeUndefined();
    const early = await env.h.query(
      DONATE,
      { input: { ...input, date: '2024-10-01', campaignId: campaign.id } },
      env.t.officer,
    );
    expect(early.errors?.[0]?.extensions?.field).toBe('input.date');
    const { frontCampaigns } = await env.ok(
      `{ frontCampaigns(filter: { period: "2024" }) { nodes { code totalDonated donationCount } } }`,
    );
    expect(frontCampaigns.nodes).toEqual([{ code: 'VNN-2024', totalDonated: 2_000_000, donationCount: 1 }]);
  });

  it('filters donations by unit, period and kind, and pages by cursor', async () => {
    const LIST = `query($filter: FrontDonationFilter, $after: String) { frontDonations(filter: $filter, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { date amount } } }`;
    const first = (await env.ok(LIST, { filter: { unitCode: PROVINCE } })).frontDonations;
    expect(first.totalCount).toBe(4);
    expect(first.nodes.map((n: { date: string }) => n.date)).toEqual(['2024-11-05', '2024-09-01']);
    const next = (await env.ok(LIST, { filter: { unitCode: PROVINCE }, after: first.pageInfo.endCursor }))
      .frontDonations;
    expect(next.nodes.map((n: { date: string }) => n.date)).toEqual(['2024-06-01', '2024-03-01']);
    expect(next.pageInfo.hasNextPage).toBe(false);
    const q2 = (
      await env.ok(LIST, { filter: { unitCode: COMMUNE, period: '2024-6M', donorKind: 'ENTERPRISE' } })
    ).frontDonations;
    expect(q2.totalCount).toBe(2);
    const bad = await env.h.query(LIST, { filter: { period: '2024-13' } }, env.t.officer);
    expect(bad.errors?.[0]?.message).toMatch(/period code/);
  });
});
