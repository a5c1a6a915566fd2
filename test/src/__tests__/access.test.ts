import { ORGANISATIONS, ROLES } from '@chung-tay/common';
import { startTestHub, type TestHub } from '../hub-client';

// The access matrix through the gateway: every organisation and role, reads and writes, own and other province.

let hub: TestHub;
let dongNaiId: string;
let hcmcId: string;
beforeAll(async () => {
  hub = await startTestHub({ demoData: true });
  const viewer = await hub.token({ org: 'people-committee', units: ['75'], roles: ['viewer'] });
  const list = await hub.query(
    `{ households(filter: { unitCode: "75", status: [POOR] }, first: 1) { nodes { id } } }`,
    {},
    viewer,
  );
  dongNaiId = list.data!.households.nodes[0].id;
  const hcmcOfficer = await hub.token({ org: 'people-committee', units: ['79'], roles: ['officer'] });
  const reg = await hub.query(
    `mutation { registerHousehold(input: { code: "HCM-E2E-1", unitCode: "25747", address: "Số 9",
      members: [{ fullName: "Lý Văn Tài", birthDate: "1979-09-09", sex: MALE, relationToHead: HEAD }] }) { id } }`,
    {},
    hcmcOfficer,
  );
  hcmcId = reg.data!.registerHousehold.id;
});
afterAll(() => hub?.close());

const READ = `query($id: ID!) { household(id: $id) { status address members { fullName nationalId birthDate }
  latestAssessment { classification deprivations } } }`;
const WRITE = `mutation($id: ID!) { addHouseholdMember(householdId: $id, input: { fullName: "Ngô Thị Yến",
  birthDate: "2016-02-02", sex: FEMALE, relationToHead: GRANDCHILD }) { id } }`;

describe.each(ORGANISATIONS.flatMap((org) => ROLES.map((role) => [org, role] as const)))(
  '%s %s',
  (org, role) => {
    const pc = org === 'people-committee';
    const writer = pc && role !== 'viewer';
    let token: string;
    beforeAll(async () => {
      token = await hub.token({ org, units: ['75'], roles: [role] });
    });

    it(`reads its province's household ${pc ? 'in full' : 'with personal data withheld'}`, async () => {
      const res = await hub.query(READ, { id: dongNaiId }, token);
      expect(res.data!.household.status).toBe('POOR');
      const [member] = res.data!.household.members;
      if (pc) {
        expect(res.errors).toBeUndefined();
        expect(member.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(res.data!.household.latestAssessment.deprivations.length).toBeGreaterThanOrEqual(3);
      } else {
        expect([res.data!.household.address, member.nationalId, member.birthDate]).toEqual([
          null,
          null,
          null,
        ]);
        expect(res.data!.household.latestAssessment.deprivations).toBeNull();
        expect(res.errors!.length).toBeGreaterThanOrEqual(4);
        expect(res.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
      }
    });

    it("is refused another province's household", async () => {
      const res = await hub.query(`query($id: ID!) { household(id: $id) { status } }`, { id: hcmcId }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it(`${writer ? 'may' : 'may not'} write the register`, async () => {
      const res = await hub.query(WRITE, { id: dongNaiId }, token);
      if (writer) expect(res.errors).toBeUndefined();
      else expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  },
);

describe('around the gateway', () => {
  it('a subgraph refuses a direct request, even with a valid token', async () => {
    const token = await hub.token({ org: 'people-committee', units: ['75'], roles: ['admin'] });
    for (const query of [
      '{ _service { sdl } }',
      `{ _entities(representations: [{ __typename: "Household", id: "${dongNaiId}" }]) { __typename } }`,
    ]) {
      const res = await fetch(hub.subgraphUrls['people-committee']!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      expect(res.status).toBe(401);
    }
  });

  it("People's Committee admins see the personal-data reads in the audit log", async () => {
    const admin = await hub.token({
      org: 'people-committee',
      units: ['75'],
      roles: ['admin'],
      subject: 'auditor',
    });
    const log = await hub.query(
      `{ peopleCommitteeAuditLog(first: 200) { kind organisation recordType recordIds fields } }`,
      {},
      admin,
    );
    const reads = log.data!.peopleCommitteeAuditLog.filter(
      (e: { kind: string }) => e.kind === 'READ_SENSITIVE',
    );
    expect(
      reads.some(
        (e: { recordIds: string[]; fields: string[] }) =>
          e.recordIds.includes(dongNaiId) && e.fields.includes('address'),
      ),
    ).toBe(true);
    // Other organisations' reads here are their national-ID matches (their demo data links members that way).
    expect(
      reads.every(
        (e: { organisation: string; recordType: string }) =>
          e.organisation === 'people-committee' || e.recordType === 'RegisterMatch',
      ),
    ).toBe(true);
  });
});
