import { randomUUID } from 'node:crypto';
import { startSubgraphHarness, testToken, type SubgraphHarness } from '@chung-tay/common/testing';
import { subgraph } from '../subgraph';

export const WARD = '25195'; // Phường Bình Phước, Đồng Nai (province 75)
export const COMMUNE = '25222'; // Xã Bù Gia Mập, Đồng Nai: with the ward, a successor of province 70 (retired 2025)
export const HCMC_WARD = '25747'; // a ward of Hồ Chí Minh City (province 79)

export const tokens = () =>
  Promise.all([
    testToken({ org: '{{id}}', units: ['75'], roles: ['officer'] }),
    testToken({ org: '{{id}}', units: ['75'], roles: ['viewer'] }),
    testToken({ org: 'people-committee', units: ['75'], roles: ['officer'] }),
  ]).then(([officer, viewer, pc]) => ({ officer, viewer, pc }));

/** One harness (real HTTP, own database) for a test file. */
export function useSubgraph() {
  const env = {} as { h: SubgraphHarness; t: Awaited<ReturnType<typeof tokens>> };
  beforeAll(async () => {
    env.h = await startSubgraphHarness(subgraph);
    env.t = await tokens();
  });
  afterAll(() => env.h?.close());
  return env;
}

export const REGISTER = `mutation($input: Register{{Pascal}}MemberInput!) {
  register{{Pascal}}Member(input: $input) { id fullName unitCode householdId joinedDate } }`;

/** Registers a member as the organisation's officer, failing with the errors if any. */
export async function register(h: SubgraphHarness, token: string, overrides: Record<string, unknown> = {}) {
  const res = await h.query(REGISTER, { input: memberInput(overrides) }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.register{{Pascal}}Member as { id: string; householdId: string | null };
}

export const memberInput = (overrides: Record<string, unknown> = {}) => ({
  fullName: 'Nguyễn Văn An',
  unitCode: WARD,
  householdId: randomUUID(),
  joinedDate: '2024-03-01',
  ...overrides,
});
