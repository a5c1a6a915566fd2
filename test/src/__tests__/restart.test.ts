import { startTestHub } from '../hub-client';

const OTHERS = `{ unionOrganisations { totalCount } unionMembers { totalCount } womensUnionChapters { totalCount }
  savingsLoanGroups { totalCount } frontFunds { totalCount } sponsorshipPledges { totalCount }
  loans { totalCount } }`;

describe('npm start, twice', () => {
  // Two whole starts, the first seeding every organisation's demo data through the gateway: each may take the
  // launcher's full start limit (300 s) on a loaded 2-core machine.
  it('finds the data of the first run in the second, without seeding it again', async () => {
    const first = await startTestHub({ demoData: true, freshDemo: true });
    const officer = await first.token({ org: 'people-committee', units: ['75'], roles: ['officer'] });
    const COUNT = `{ households(filter: { unitCode: "75" }) { totalCount } }`;
    await first.query(
      `mutation { registerHousehold(input: { code: "KEEP-0001", unitCode: "25195", address: "Số 1",
        members: [{ fullName: "Đỗ Thị Lan", birthDate: "1990-01-01", sex: FEMALE, relationToHead: HEAD }] }) { id } }`,
      {},
      officer,
    );
    const before = (await first.query(COUNT, {}, officer)).data!.households.totalCount;
    const othersBefore = await first.query(OTHERS, {}, officer);
    expect(othersBefore.errors).toBeUndefined();
    await first.close(true);

    const second = await startTestHub({ dataDir: first.dataDir, demoData: true });
    try {
      const token = await second.token({ org: 'people-committee', units: ['75'], roles: ['viewer'] });
      expect((await second.query(COUNT, {}, token)).data!.households.totalCount).toBe(before);
      const kept = await second.query(
        `{ households(filter: { search: "KEEP-0001" }) { nodes { head { fullName } } } }`,
        {},
        token,
      );
      expect(kept.data!.households.nodes).toEqual([{ head: { fullName: 'Đỗ Thị Lan' } }]);
      // Every organisation's demo seeder saw its records and did not seed them again.
      expect((await second.query(OTHERS, {}, token)).data).toEqual(othersBefore.data);
    } finally {
      await second.close();
    }
  }, 600_000);
});
