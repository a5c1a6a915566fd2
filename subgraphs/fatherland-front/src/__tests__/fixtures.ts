import { randomUUID } from 'node:crypto';
import {
  queryData,
  rowCount,
  testToken,
  useSubgraphHarness,
  type SubgraphHarness,
} from '@chung-tay/common/testing';
import { fatherlandFront } from '../subgraph';

export const PROVINCE = '75'; // Đồng Nai
export const COMMUNE = '25222'; // Xã Bù Gia Mập
export const COMMUNE_B = '25225'; // Xã Đăk Ơ
export const COMMUNE_C = '25231'; // Xã Đa Kia
export const HCMC_WARD = '25747';

export const tokens = () =>
  Promise.all([
    testToken({ org: 'fatherland-front', units: [PROVINCE], roles: ['officer'] }),
    testToken({ org: 'fatherland-front', units: [PROVINCE], roles: ['viewer'] }),
    testToken({ org: 'fatherland-front', units: [COMMUNE], roles: ['officer'] }),
    testToken({ org: 'fatherland-front', units: ['79'], roles: ['officer'] }),
    testToken({ org: 'labour-union', units: [PROVINCE], roles: ['officer'] }),
    testToken({ org: 'people-committee', units: [PROVINCE], roles: ['officer'] }),
  ]).then(([officer, viewer, communeOfficer, hcmcOfficer, union, pc]) => ({
    officer,
    viewer,
    communeOfficer,
    hcmcOfficer,
    union,
    pc,
  }));

export interface Env {
  h: SubgraphHarness;
  t: Awaited<ReturnType<typeof tokens>>;
  /** Runs a query as the province's Front officer (or `token`) and fails the test on any error. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  count(table: string): Promise<number>;
}

/** One Front subgraph over HTTP with its own database for a test file, plus tokens and helpers. */
export function useSubgraph(): Env {
  const harness = useSubgraphHarness(fatherlandFront, tokens);
  const env: Env = {
    get h() {
      return harness.h;
    },
    get t() {
      return harness.t;
    },
    ok: (query, variables = {}, token = harness.t.officer) => queryData(harness.h, query, variables, token),
    count: (table) => rowCount(harness.h, table),
  };
  return env;
}

const NAMES = ['Điểu Thị Lan', 'Nguyễn Văn Hùng', 'Trần Thị Mai', 'Lê Văn Sáu', 'Thị Bích'];
let listed = 0;

/** A member of a household of the register, as registerMatch gives the ids and the list the name. */
export interface ListedPerson {
  personId: string;
  householdId: string;
  fullName: string;
  birthYear?: number | null;
}

export const registerPerson = (): ListedPerson => {
  listed += 1;
  return {
    personId: randomUUID(),
    householdId: randomUUID(),
    fullName: NAMES[listed % NAMES.length],
    birthYear: 1940 + (listed % 60),
  };
};

export async function openFund(env: Env, unitCode: string, openedOn = '2024-01-01', token?: string) {
  const data = await env.ok(
    `mutation($input: OpenFrontFundInput!) { openFrontFund(input: $input) { id unitCode } }`,
    { input: { unitCode, name: `Quỹ Vì người nghèo ${unitCode}`, openedOn } },
    token,
  );
  return data.openFrontFund as { id: string; unitCode: string };
}

export const DONATE = `mutation($input: RecordFrontDonationInput!) {
  recordFrontDonation(input: $input) { id amount date donorKind } }`;
export const DISBURSE = `mutation($input: RecordFrontDisbursementInput!) {
  recordFrontDisbursement(input: $input) { id amount date purpose } }`;

export async function donate(
  env: Env,
  fundId: string,
  amount: number,
  date: string,
  donorKind = 'ENTERPRISE',
) {
  return env.ok(DONATE, {
    input: { fundId, amount, date, donorKind, donorName: 'Công ty TNHH Phước Thành' },
  });
}

export async function receive(env: Env, unitCode: string, people: ListedPerson[], listedOn = '2025-01-10') {
  const data = await env.ok(
    `mutation($input: ReceiveNeedsListInput!) { receiveNeedsList(input: $input) { id personId } }`,
    { input: { unitCode, listedOn, sourceDocument: '15/UBND-VX', people } },
  );
  return data.receiveNeedsList as { id: string; personId: string }[];
}

export async function sponsor(env: Env, kind: string, unitCode: string, name: string, staffCount?: number) {
  const data = await env.ok(
    `mutation($input: RegisterFrontSponsorInput!) { registerFrontSponsor(input: $input) { id level } }`,
    { input: { kind, unitCode, name, staffCount } },
  );
  return data.registerFrontSponsor as { id: string; level: string };
}

export const SIGN = `mutation($input: SignSponsorshipPledgeInput!) {
  signSponsorshipPledge(input: $input) { id amountPerMonth startMonth endMonth coordinator { id } } }`;

export async function pledge(
  env: Env,
  needsListEntryId: string,
  shares: [string, number][],
  options: { start?: string; end?: string; signedOn?: string; coordinator?: string } = {},
) {
  const data = await env.ok(SIGN, {
    input: {
      needsListEntryId,
      sponsors: shares.map(([sponsorId, amountPerMonth]) => ({ sponsorId, amountPerMonth })),
      coordinatorSponsorId: options.coordinator ?? (shares.length > 1 ? shares[0]![0] : undefined),
      startMonth: options.start ?? '2025-01',
      endMonth: options.end ?? '2025-12',
      paymentMethod: 'TRANSFER',
      signedOn: options.signedOn ?? '2025-01-20',
    },
  });
  return data.signSponsorshipPledge as { id: string; amountPerMonth: number };
}

/** The input field an error names: ours carry `field`, input validation lists `fields`. */
export const fieldOf = (res: { errors?: { extensions?: Record<string, any> }[] }) =>
  res.errors?.[0]?.extensions?.field ?? res.errors?.[0]?.extensions?.fields?.[0]?.field;
