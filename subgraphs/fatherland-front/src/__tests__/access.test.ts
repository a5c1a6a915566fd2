import { ORGANISATIONS, ROLES } from '@chung-tay/common';
import { describeAccessMatrix, testToken } from '@chung-tay/common/testing';
import { info } from '../info';
import {
  COMMUNE,
  DONATE,
  HCMC_WARD,
  openFund,
  PROVINCE,
  receive,
  registerPerson,
  useSubgraph,
} from './fixtures';

const env = useSubgraph();

let fundId: string;
let hcmcFundId: string;
let hcmcPerson: string;
beforeAll(async () => {
  fundId = (await openFund(env, PROVINCE)).id;
  for (const [donorKind, donorName] of [
    ['INDIVIDUAL', 'Lê Văn Tám'],
    ['ENTERPRISE', 'Công ty CP Sonadezi'],
  ]) {
    await env.ok(DONATE, {
      input: { fundId, donorKind, donorName, amount: 3_000_000, date: '2025-01-05', note: 'Tiền mặt' },
    });
  }
  for (const [kind, name] of [
    ['INDIVIDUAL', 'Trần Thị Bảy'],
    ['ENTERPRISE', 'Công ty TNHH Changshin'],
  ]) {
    await env.ok(
      `mutation($input: RegisterFrontSponsorInput!) { registerFrontSponsor(input: $input) { id } }`,
      { input: { kind, name, unitCode: PROVINCE, contact: '0913 000 111' } },
    );
  }
  await receive(env, COMMUNE, [{ ...registerPerson(), fullName: 'Điểu Thị Lan', birthYear: 1956 }]);
  const hcmc = await testToken({ org: 'fatherland-front', units: ['79'], roles: ['officer'] });
  hcmcFundId = (await openFund(env, '79', '2024-01-01', hcmc)).id;
  const person = registerPerson();
  hcmcPerson = person.personId;
  await env.ok(
    `mutation($input: ReceiveNeedsListInput!) { receiveNeedsList(input: $input) { id } }`,
    { input: { unitCode: HCMC_WARD, listedOn: '2025-01-10', people: [person] } },
    hcmc,
  );
});

const READ = `{ frontDonations(filter: { unitCode: "75", period: "2025-01" }) { totalCount nodes { donorKind donorName amount note } }
  frontSponsors(filter: { unitCode: "75" }) { nodes { kind name contact } } }`;

describeAccessMatrix(
  { info },
  {
    harness: () => env.h,
    // The names on the needs list; the fund's and sponsors' personal data are checked below.
    read: {
      document: `{ needsList(filter: { unitCode: "${COMMUNE}" }) { totalCount nodes { unitCode fullName birthYear } } }`,
      variables: () => ({}),
      personal: [
        ['needsList', 'nodes', 0, 'fullName'],
        ['needsList', 'nodes', 0, 'birthYear'],
      ],
      check: (data, own, errors) => {
        expect(data.needsList.totalCount).toBe(1);
        const [entry] = data.needsList.nodes;
        expect(entry.unitCode).toBe(COMMUNE);
        if (own) expect(entry).toMatchObject({ fullName: 'Điểu Thị Lan', birthYear: 1956 });
        else {
          expect(errors?.map((e) => e.message)).toEqual([
            'NeedsListEntry.fullName is personal data shown only to the Fatherland Front',
            'NeedsListEntry.birthYear is personal data shown only to the Fatherland Front',
          ]);
        }
      },
    },
    outside: {
      byId: {
        document: `query($id: ID!) { frontFund(id: $id) { name } }`,
        variables: () => ({ id: hcmcFundId }),
        fields: ['frontFund'],
      },
      reference: {
        representation: () => ({ __typename: 'Person', id: hcmcPerson }),
        selection: 'sponsorships { id }',
      },
      list: {
        document: `{ frontFunds(filter: { unitCode: "79" }) { totalCount } needsList(filter: { unitCode: "79" }) { totalCount } }`,
        total: (data) => data.frontFunds.totalCount + data.needsList.totalCount,
      },
    },
    write: {
      document: DONATE,
      variables: () => ({
        input: { fundId, donorKind: 'AGENCY', donorName: 'Sở Y tế', amount: 1_000, date: '2025-02-01' },
      }),
    },
  },
);

describe.each(ORGANISATIONS.flatMap((org) => ROLES.map((role) => [org, role] as const)))(
  '%s %s',
  (org, role) => {
    let token: string;
    beforeAll(async () => {
      token = await testToken({ org, units: [PROVINCE], roles: [role] });
    });
    const front = org === 'fatherland-front';

    it(`reads its province's fund and sponsors${front ? ' in full' : ', without personal data'}`, async () => {
      const res = await env.h.query(READ, {}, token);
      const byKind = (list: { donorKind?: string; kind?: string }[], kind: string) =>
        list.find((x) => (x.donorKind ?? x.kind) === kind) as Record<string, unknown>;
      const donations = res.data!.frontDonations.nodes;
      const sponsors = res.data!.frontSponsors.nodes;
      expect(res.data!.frontDonations.totalCount).toBe(2);
      expect(byKind(donations, 'ENTERPRISE').donorName).toBe('Công ty CP Sonadezi');
      expect(byKind(sponsors, 'ENTERPRISE').name).toBe('Công ty TNHH Changshin');
      if (front) {
        expect(res.errors).toBeUndefined();
        expect(byKind(donations, 'INDIVIDUAL')).toMatchObject({ donorName: 'Lê Văn Tám', note: 'Tiền mặt' });
        expect(byKind(sponsors, 'INDIVIDUAL')).toMatchObject({
          name: 'Trần Thị Bảy',
          contact: '0913 000 111',
        });
      } else {
        expect(byKind(donations, 'INDIVIDUAL')).toMatchObject({
          donorName: null,
          amount: 3_000_000,
          note: null,
        });
        expect(byKind(sponsors, 'INDIVIDUAL')).toMatchObject({ name: null, contact: null });
        // Names of the individual donor and sponsor, both donations' notes, both sponsors' contacts.
        expect(res.errors).toHaveLength(6);
        expect(
          res.errors!.every((e) => e.extensions?.code === 'FORBIDDEN' && /personal data/.test(e.message)),
        ).toBe(true);
      }
    });
  },
);

it('logs each read of personal data and each change in the audit log', async () => {
  await env.h.query(`query ReadNames { frontDonations { nodes { donorName } } }`, {}, env.t.viewer);
  const [read] = await env.h.dataSource.query(`SELECT * FROM audit_entry WHERE operation = 'ReadNames'`);
  expect(read).toMatchObject({ kind: 'READ_SENSITIVE', record_type: 'FrontDonation', fields: ['donorName'] });
  const { needsList } = await env.ok(`query ReadListedNames { needsList { nodes { id fullName } } }`);
  const [names] = await env.h.dataSource.query(
    `SELECT * FROM audit_entry WHERE operation = 'ReadListedNames'`,
  );
  expect(needsList.nodes).toHaveLength(1);
  expect(names).toMatchObject({
    kind: 'READ_SENSITIVE',
    record_type: 'NeedsListEntry',
    record_ids: [needsList.nodes[0].id],
    fields: ['fullName'],
  });
  const writes = await env.h.dataSource.query(
    `SELECT * FROM audit_entry WHERE record_type = 'recordFrontDonation'`,
  );
  expect(writes.length).toBeGreaterThanOrEqual(2);
});
