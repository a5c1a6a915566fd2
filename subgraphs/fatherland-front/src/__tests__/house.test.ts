import { randomUUID } from 'node:crypto';
import { COMMUNE, COMMUNE_B, donate, fieldOf, openFund, PROVINCE, useSubgraph } from './fixtures';

const env = useSubgraph();
const RECORD = `mutation($input: RecordSolidarityHouseInput!) { recordSolidarityHouse(input: $input) {
  id status amount startedOn fundingSources { source amount disbursementId fund { unitCode } } } }`;
const ADVANCE = `mutation($id: ID!, $input: AdvanceSolidarityHouseInput!) { advanceSolidarityHouse(id: $id, input: $input) {
  status startedOn completedOn fundingSources { source disbursementId } } }`;
const BALANCE = `query($id: ID!) { frontFund(id: $id) { balance(on: "2025-12-31") } }`;

let communeFund: { id: string };
let provinceFund: { id: string };
beforeAll(async () => {
  communeFund = await openFund(env, COMMUNE);
  provinceFund = await openFund(env, PROVINCE);
  await donate(env, communeFund.id, 40_000_000, '2025-01-15');
  await donate(env, provinceFund.id, 30_000_000, '2025-01-15');
});

const house = (overrides: Record<string, unknown> = {}) => ({
  householdId: randomUUID(),
  unitCode: COMMUNE,
  work: 'BUILD',
  amount: 60_000_000,
  approvedOn: '2025-03-01',
  fundingSources: [
    { source: 'FRONT_FUND', amount: 40_000_000, fundId: communeFund.id },
    { source: 'FRONT_FUND', amount: 10_000_000, fundId: provinceFund.id },
    { source: 'HOUSEHOLD', amount: 10_000_000 },
  ],
  ...overrides,
});

describe('solidarity houses', () => {
  it('records a planned house and pays the Front shares only when building begins', async () => {
    const input = house();
    const planned = (await env.ok(RECORD, { input })).recordSolidarityHouse;
    expect(planned).toMatchObject({ status: 'PLANNED', amount: 60_000_000, startedOn: null });
    expect(planned.fundingSources.map((f: { disbursementId: string | null }) => f.disbursementId)).toEqual([
      null,
      null,
      null,
    ]);
    const second = await env.h.query(
      RECORD,
      { input: house({ householdId: input.householdId }) },
      env.t.officer,
    );
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.householdId' });

    const started = (await env.ok(ADVANCE, { id: planned.id, input: { startedOn: '2025-04-01' } }))
      .advanceSolidarityHouse;
    expect(started.status).toBe('UNDER_CONSTRUCTION');
    expect(
      started.fundingSources.filter((f: { disbursementId: string | null }) => f.disbursementId),
    ).toHaveLength(2);
    expect((await env.ok(BALANCE, communeFund)).frontFund.balance).toBe(0);
    expect((await env.ok(BALANCE, provinceFund)).frontFund.balance).toBe(20_000_000);
    const again = await env.h.query(
      ADVANCE,
      { id: planned.id, input: { startedOn: '2025-04-02' } },
      env.t.officer,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const done = (await env.ok(ADVANCE, { id: planned.id, input: { completedOn: '2025-07-15' } }))
      .advanceSolidarityHouse;
    expect(done).toMatchObject({ status: 'COMPLETED', completedOn: '2025-07-15' });
    const cancel = await env.h.query(
      `mutation($id: ID!) { cancelSolidarityHouse(id: $id, cancelledOn: "2025-08-01") { id } }`,
      { id: planned.id },
      env.t.officer,
    );
    expect(cancel.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const { frontDisbursements } =
      await env.ok(`{ frontDisbursements(filter: { purpose: [HOUSE] }) { totalCount
      nodes { amount solidarityHouse { id } household { id } } } }`);
    expect(frontDisbursements.totalCount).toBe(2);
    expect(frontDisbursements.nodes[0]).toMatchObject({
      solidarityHouse: { id: planned.id },
      household: { id: input.householdId },
    });
  });

  it('refuses funding that does not add up, a fund outside the area, or money the fund lacks, writing nothing', async () => {
    const before = [
      await env.count('solidarity_house'),
      await env.count('solidarity_house_funding'),
      await env.count('front_disbursement'),
    ];
    const short = await env.h.query(RECORD, { input: house({ amount: 65_000_000 }) }, env.t.officer);
    expect(short.errors?.[0]?.extensions?.field).toBe('input.fundingSources');
    const otherFund = await openFund(env, COMMUNE_B);
    const elsewhere = await env.h.query(
      RECORD,
      {
        input: house({
          amount: 1_000_000,
          fundingSources: [{ source: 'FRONT_FUND', amount: 1_000_000, fundId: otherFund.id }],
        }),
      },
      env.t.officer,
    );
    expect(elsewhere.errors?.[0]?.extensions?.field).toBe('input.fundingSources[0].fundId');
    const noFund = await env.h.query(
      RECORD,
      {
        input: house({ amount: 1_000_000, fundingSources: [{ source: 'FRONT_FUND', amount: 1_000_000 }] }),
      },
      env.t.officer,
    );
    expect(noFund.errors?.[0]?.extensions?.field).toBe('input.fundingSources[0].fundId');
    // The commune fund is empty since the first house began: the whole house is refused.
    const broke = await env.h.query(RECORD, { input: house({ startedOn: '2025-05-01' }) }, env.t.officer);
    expect(broke.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startedOn' });
    const backwards = await env.h.query(RECORD, { input: house({ startedOn: '2025-02-01' }) }, env.t.officer);
    expect(fieldOf(backwards)).toBe('input.startedOn');
    expect([
      await env.count('solidarity_house'),
      await env.count('solidarity_house_funding'),
      await env.count('front_disbursement'),
    ]).toEqual(before);
  });

  it('lists houses by unit, status and hand-over period', async () => {
    const done = await env.ok(
      `{ solidarityHouses(filter: { unitCode: "75", status: [COMPLETED], completedIn: "2025-Q3" }) { totalCount } }`,
    );
    expect(done.solidarityHouses.totalCount).toBe(1);
    const none = await env.ok(`{ solidarityHouses(filter: { completedIn: "2024" }) { totalCount } }`);
    expect(none.solidarityHouses.totalCount).toBe(0);
  });
});
