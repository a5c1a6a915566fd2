import { signToken, type OrganisationId, type Role } from '@chung-tay/common';

/** One member of a demo household, as the People's Committee's admin reads it through the gateway. */
export interface DemoPerson {
  id: string;
  fullName: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string;
  birthYear: number;
  nationalId: string | null;
  relationToHead: string;
}

export interface DemoHousehold {
  id: string;
  code: string;
  unitCode: string;
  status: string;
  poorCategory: 'A' | 'B' | null;
  socialProtection: boolean;
  members: DemoPerson[];
}

export type GraphQLCall = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface DemoContext {
  /** The demo province. */
  province: string;
  /** Every household of the People's Committee's demo register, ordered by code. */
  register: DemoHousehold[];
  /** Calls the gateway as an organisation's user; throws with every GraphQL error's message. */
  as(org: OrganisationId, role?: Role, units?: string[]): GraphQLCall;
}

/**
 * Demo records of the other organisations that point into the register (union members, pledges, borrowers …)
 * are made through the gateway with each organisation's own token, the way its tools would make them, so they
 * are consistent with the People's Committee's demo households by construction. Each seeder must do nothing
 * when its records are already there (the hub restarts on the same data).
 */
export interface LinkedDemoSeeder {
  org: OrganisationId;
  seed(ctx: DemoContext): Promise<void>;
}

const REGISTER = `query DemoRegister($after: String) {
  households(filter: { unitCode: "75" }, first: 50, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id code unit { code } status poorCategory socialProtection
      members { id fullName sex birthDate birthYear nationalId relationToHead } } } }`;

export async function createDemoContext(
  gatewayUrl: string,
  jwtSecret: string,
  province = '75',
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
    const { households } = (await pc(REGISTER, { after })) as {
      households: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: any[] };
    };
    register.push(...households.nodes.map(({ unit, ...h }) => ({ ...h, unitCode: unit.code })));
    if (!households.pageInfo.hasNextPage) break;
    after = households.pageInfo.endCursor;
  }
  return { province, register, as };
}
