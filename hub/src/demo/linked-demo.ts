import { signToken, type OrganisationId, type Role } from '@chung-tay/common';
import type { DemoContext, DemoHousehold, GraphQLCall } from '@chung-tay/common/generate';

const REGISTER = `query DemoRegister($province: String!, $after: String) {
  households(filter: { unitCode: $province }, first: 50, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id code unit { code } status poorCategory socialProtection
      members { id fullName sex birthDate birthYear nationalId relationToHead } } } }`;

/**
 * What every demo generator gets: the province, the People's Committee's demo register in it (read through the
 * gateway as its admin), and calls to the gateway as any organisation's user, with development tokens.
 */
export async function createDemoContext(
  gatewayUrl: string,
  jwtSecret: string,
  province: string,
): Promise<DemoContext> {
  const settings = { JWT_SECRET: jwtSecret, JWT_ISSUER: 'chung-tay', JWT_AUDIENCE: 'chung-tay-hub' };
  const tokens = new Map<string, Promise<string>>();
  const as =
    (org: OrganisationId, role: Role = 'officer', units = [province]): GraphQLCall =>
    async (query, variables = {}) => {
      const key = `${org} ${role} ${units.join(',')}`;
      if (!tokens.has(key)) {
        tokens.set(key, signToken({ org, units, roles: [role], subject: `demo-${org}-${role}` }, settings));
      }
      const token = await tokens.get(key)!;
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
      if (body.errors?.length) {
        throw new Error(`demo data (${org}): ${body.errors.map((e) => e.message).join('; ')}`);
      }
      return body.data;
    };
  const pc = as('people-committee', 'admin');
  const register: DemoHousehold[] = [];
  for (let after: string | null = null; ;) {
    const { households } = (await pc(REGISTER, { province, after })) as {
      households: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: any[] };
    };
    register.push(...households.nodes.map(({ unit, ...h }) => ({ ...h, unitCode: unit.code })));
    if (!households.pageInfo.hasNextPage) break;
    after = households.pageInfo.endCursor;
  }
  return { province, register, as };
}
