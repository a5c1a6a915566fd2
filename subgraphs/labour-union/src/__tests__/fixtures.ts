import { randomUUID } from 'node:crypto';
import {
  testToken,
  type SubgraphHarness,
  queryData,
  rowCount,
  useSubgraphHarness,
} from '@chung-tay/common/testing';
import { labourUnion } from '../subgraph';

export const WARD = '25195'; // Phường Bình Phước, Đồng Nai
export const COMMUNE = '25222'; // Xã Bù Gia Mập, Đồng Nai
export const HCMC_WARD = '25747';

export const tokens = () =>
  Promise.all([
    testToken({ org: 'labour-union', units: ['75'], roles: ['officer'] }),
    testToken({ org: 'labour-union', units: ['75'], roles: ['viewer'] }),
    testToken({ org: 'labour-union', units: [WARD], roles: ['officer'] }),
    testToken({ org: 'labour-union', units: ['79'], roles: ['officer'] }),
    testToken({ org: 'people-committee', units: ['75'], roles: ['officer'] }),
  ]).then(([officer, viewer, wardOfficer, hcmcOfficer, pc]) => ({
    officer,
    viewer,
    wardOfficer,
    hcmcOfficer,
    pc,
  }));

/** Runs a query that must succeed and returns its data. */
export const ok = queryData;

export const ORG = `mutation Org($input: RegisterUnionOrganisationInput!) {
  registerUnionOrganisation(input: $input) { id code level unitCode parentId } }`;

export const MEMBER = `mutation Member($input: RegisterUnionMemberInput!) {
  registerUnionMember(input: $input) { id memberNumber fullName unionOrganisationId unitCode status personId householdId } }`;

let serial = 0;
const next = () => (serial += 1);

export async function organisation(
  h: SubgraphHarness,
  token: string,
  input: { level: string; unitCode: string; parentId?: string | null; name?: string },
) {
  const n = next();
  const data = await ok(
    h,
    ORG,
    { input: { code: `ORG-${n}`, name: input.name ?? `Công đoàn ${n}`, ...input } },
    token,
  );
  return data.registerUnionOrganisation as { id: string; code: string; unitCode: string };
}

/** A province federation of Đồng Nai with the industrial-zone union and grassroots unions on a ward and a commune. */
export async function dongNaiTree(h: SubgraphHarness, token: string) {
  const province = await organisation(h, token, { level: 'PROVINCE_FEDERATION', unitCode: '75' });
  const zone = await organisation(h, token, {
    level: 'INDUSTRIAL_ZONE_UNION',
    unitCode: '75',
    parentId: province.id,
  });
  const ward = await organisation(h, token, { level: 'GRASSROOTS_UNION', unitCode: WARD, parentId: zone.id });
  const commune = await organisation(h, token, {
    level: 'GRASSROOTS_UNION',
    unitCode: COMMUNE,
    parentId: province.id,
  });
  return { province, zone, ward, commune };
}

export function memberInput(unionOrganisationId: string, overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    memberNumber: `DV-${String(n).padStart(6, '0')}`,
    fullName: 'Nguyễn Văn Hùng',
    unionOrganisationId,
    workplace: 'Công ty TNHH May Đồng Nai',
    joinedDate: '2015-03-01',
    ...overrides,
  };
}

export interface TestMember {
  id: string;
  personId: string | null;
  householdId: string | null;
}

/** A member linked to a (made-up) person and household of the register, unless `linked` is false. */
export async function member(
  h: SubgraphHarness,
  token: string,
  orgId: string,
  overrides: Record<string, unknown> = {},
  linked = true,
): Promise<TestMember> {
  const link = linked ? { personId: randomUUID(), householdId: randomUUID() } : {};
  const data = await ok(h, MEMBER, { input: memberInput(orgId, { ...link, ...overrides }) }, token);
  return data.registerUnionMember;
}

export const count = rowCount;

/** One labour-union subgraph over HTTP with its own database for a test file, plus tokens. */
export const useSubgraph = () => useSubgraphHarness(labourUnion, tokens);
