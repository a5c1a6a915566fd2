import { randomUUID } from 'node:crypto';
import { describeIdempotency } from '@chung-tay/common/testing';
import {
  COMMUNE,
  DISBURSE,
  DONATE,
  donate,
  openFund,
  pledge,
  receive,
  registerPerson,
  sponsor,
} from './fixtures';
import { useSubgraph } from './fixtures';

// Money is never recorded twice: each money-recording mutation takes an idempotency key.
const env = useSubgraph();
const officer = () => ({ h: env.h, token: env.t.officer });
let fundId: string;
let pledgeId: string;
let month = 0;

beforeAll(async () => {
  fundId = (await openFund(env, COMMUNE)).id;
  await donate(env, fundId, 1_000_000_000, '2024-02-01');
  const [entry] = await receive(env, COMMUNE, [registerPerson()]);
  const enterprise = await sponsor(env, 'ENTERPRISE', COMMUNE, 'Công ty CP Cao su Phú Riềng');
  pledgeId = (
    await pledge(env, entry!.id, [[enterprise.id, 1_000_000]], { start: '2025-01', end: '2026-12' })
  ).id;
});

describeIdempotency(officer, {
  name: 'recordFrontDonation',
  document: DONATE,
  input: () => ({
    fundId,
    amount: 500_000,
    date: '2024-03-01',
    donorKind: 'INDIVIDUAL',
    donorName: 'Nguyễn Văn Tư',
  }),
  changed: { amount: 600_000 },
  table: 'front_donation',
});

describeIdempotency(officer, {
  name: 'recordFrontDisbursement',
  document: DISBURSE,
  input: () => ({ fundId, amount: 200_000, date: '2024-03-02', purpose: 'GIFT', householdId: randomUUID() }),
  changed: { amount: 300_000 },
  table: 'front_disbursement',
});

// A month is paid once, so each recording pays the next two months.
describeIdempotency(officer, {
  name: 'recordSponsorshipPayment',
  document: `mutation($input: RecordSponsorshipPaymentInput!) { recordSponsorshipPayment(input: $input) { id } }`,
  input: () => {
    const next = () => {
      month += 1;
      return `${2025 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}`;
    };
    return { pledgeId, months: [next(), next()], paidOn: '2025-01-31', fromFundId: fundId };
  },
  changed: { amountPerMonth: 900_000 },
  table: 'sponsorship_payment',
  rowsPerRecording: 2,
});
