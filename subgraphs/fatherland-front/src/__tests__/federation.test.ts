import { todayInVietnam } from '@chung-tay/common';
import { testToken } from '@chung-tay/common/testing';
import { addMonths, monthOfDate } from '../months';
import {
  COMMUNE,
  donate,
  HCMC_WARD,
  openFund,
  pledge,
  receive,
  registerPerson,
  sponsor,
  useSubgraph,
  type ListedPerson,
} from './fixtures';

const env = useSubgraph();
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Person { id sponsorships { amountPerMonth status } needsListEntry { unitCode }
    sponsorshipTopUp { incomePerMonth pledgedPerMonth povertyLine totalPerMonth reachesPovertyLine shortfall } }
  ... on Household { id solidarityHouse { status } frontSupport { disbursedTotal disbursements { purpose }
    solidarityHouses { work } pledges { beneficiary { id } } } } } }`;

let member: ListedPerson;
let stranger: ListedPerson;
beforeAll(async () => {
  member = registerPerson();
  const [entry] = await receive(env, COMMUNE, [member]);
  const commune = await sponsor(env, 'COMMUNE', COMMUNE, 'UBND và Ủy ban MTTQ xã Bù Gia Mập');
  // Runs this month whenever the test runs, so it counts toward the top-up.
  const now = monthOfDate(todayInVietnam());
  await pledge(env, entry!.id, [[commune.id, 400_000]], { start: now, end: addMonths(now, 11) });
  const fund = await openFund(env, COMMUNE);
  await donate(env, fund.id, 5_000_000, '2025-01-02');
  await env.ok(
    `mutation($input: RecordFrontDisbursementInput!) { recordFrontDisbursement(input: $input) { id } }`,
    {
      input: {
        fundId: fund.id,
        purpose: 'MEDICAL',
        householdId: member.householdId,
        personId: member.personId,
        amount: 1_200_000,
        date: '2025-02-02',
      },
    },
  );
  await env.ok(
    `mutation($input: RecordSolidarityHouseInput!) { recordSolidarityHouse(input: $input) { id } }`,
    {
      input: {
        householdId: member.householdId,
        unitCode: COMMUNE,
        work: 'REPAIR',
        amount: 20_000_000,
        approvedOn: '2025-03-01',
        fundingSources: [{ source: 'STATE_BUDGET', amount: 20_000_000 }],
      },
    },
  );
  const hcmc = await testToken({ org: 'fatherland-front', units: ['79'], roles: ['officer'] });
  stranger = registerPerson();
  await env.ok(
    `mutation($input: ReceiveNeedsListInput!) { receiveNeedsList(input: $input) { id } }`,
    { input: { unitCode: HCMC_WARD, listedOn: '2025-01-10', people: [stranger] } },
    hcmc,
  );
});

describe('the register entities this subgraph extends', () => {
  it('tops up a person’s income from the register’s figures handed over by the gateway (@requires)', async () => {
    const res = await env.ok(ENTITIES, {
      reps: [
        { __typename: 'Person', id: member.personId, incomePerMonth: 1_000_000, povertyLine: 1_500_000 },
      ],
    });
    expect(res._entities[0]).toEqual({
      id: member.personId,
      sponsorships: [{ amountPerMonth: 400_000, status: 'ACTIVE' }],
      needsListEntry: { unitCode: COMMUNE },
      sponsorshipTopUp: {
        incomePerMonth: 1_000_000,
        pledgedPerMonth: 400_000,
        povertyLine: 1_500_000,
        totalPerMonth: 1_400_000,
        reachesPovertyLine: false,
        shortfall: 100_000,
      },
    });
    const unassessed = await env.ok(ENTITIES, {
      reps: [{ __typename: 'Person', id: member.personId, incomePerMonth: null, povertyLine: 1_500_000 }],
    });
    expect(unassessed._entities[0].sponsorshipTopUp).toMatchObject({
      pledgedPerMonth: 400_000,
      reachesPovertyLine: null,
    });
  });

  it('shows the top-up (built on income) to the Front and the People’s Committee only', async () => {
    const reps = [
      { __typename: 'Person', id: member.personId, incomePerMonth: 1_000_000, povertyLine: 1_500_000 },
    ];
    const pc = await env.h.query(ENTITIES, { reps }, env.t.pc);
    expect(pc.errors).toBeUndefined();
    const union = await env.h.query(ENTITIES, { reps }, env.t.union);
    expect(union.data!._entities[0].sponsorshipTopUp).toBeNull();
    expect(union.errors?.[0]).toMatchObject({
      path: ['_entities', 0, 'sponsorshipTopUp'],
      extensions: { code: 'FORBIDDEN' },
    });
    expect(union.data!._entities[0].sponsorships).toHaveLength(1);
  });

  it('gives a household its disbursements, houses and members’ pledges', async () => {
    const res = await env.ok(ENTITIES, { reps: [{ __typename: 'Household', id: member.householdId }] });
    expect(res._entities[0]).toEqual({
      id: member.householdId,
      solidarityHouse: { status: 'PLANNED' },
      frontSupport: {
        disbursedTotal: 1_200_000,
        disbursements: [{ purpose: 'MEDICAL' }],
        solidarityHouses: [{ work: 'REPAIR' }],
        pledges: [{ beneficiary: { id: member.personId } }],
      },
    });
  });

  it('refuses references whose Front records all lie outside the caller’s units, and answers empty for others', async () => {
    const res = await env.h.query(
      ENTITIES,
      {
        reps: [
          { __typename: 'Person', id: stranger.personId },
          { __typename: 'Household', id: stranger.householdId },
        ],
      },
      env.t.viewer,
    );
    expect(res.data!._entities).toEqual([null, null]);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const unknown = registerPerson();
    const empty = await env.ok(ENTITIES, { reps: [{ __typename: 'Household', id: unknown.householdId }] });
    expect(empty._entities[0]).toEqual({
      id: unknown.householdId,
      solidarityHouse: null,
      frontSupport: { disbursedTotal: 0, disbursements: [], solidarityHouses: [], pledges: [] },
    });
  });
});
