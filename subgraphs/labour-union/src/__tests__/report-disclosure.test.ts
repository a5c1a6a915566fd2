import { testToken } from '@chung-tay/common/testing';
import { COMMUNE, dongNaiTree, member, ok, useSubgraph, WARD } from './fixtures';

/**
 * The union's own reports under the threshold rule (N = 5): a commune union with one member cared for and a ward
 * union with two. Another organisation never reads the exact small cells, nor the notes that spell them out, nor
 * recovers them by subtracting the other rows from a total; the Labour Union reads them exact.
 */
const env = useSubgraph();
let tree: Awaited<ReturnType<typeof dongNaiTree>>;
let women: string;

const CARE = `mutation($input: RecordCareActivityInput!) { recordCareActivity(input: $input) { id } }`;
const HOUSE = `mutation($input: RecordUnionHouseInput!) { recordUnionHouse(input: $input) { id } }`;
const FUND = `query($unit: String, $org: ID) { unionFundReport(unitCode: $unit, unionOrganisationId: $org, period: "2024") {
  rows { line number valueVnd valueMillionVnd note } disclosure { exact minRecords suppressed } } }`;
const CARE_REPORT = `query($unit: String, $org: ID) { unionCareReport(unitCode: $unit, unionOrganisationId: $org, period: "2024") {
  householdsReached membersReached care { number valueVnd valueMillionVnd }
  careByKind { kind number valueVnd } housesApproved { number valueVnd }
  disclosure { exact minRecords suppressed } } }`;

const ONE_GIFT = 1_234_500; // the one commune member's Tết gift
const TWO_GRANTS = [60_000_000, 25_000_000]; // the ward's two house grants

beforeAll(async () => {
  women = await testToken({ org: 'womens-union', units: ['75'], roles: ['officer'] });
  tree = await dongNaiTree(env.h, env.t.officer);
  const care = async (org: string, kind: string, value: number, memberOrg = org) => {
    const who = await member(env.h, env.t.officer, memberOrg);
    const input = { memberId: who.id, unionOrganisationId: org, kind, date: '2024-10-20', value };
    await ok(env.h, CARE, { input: { ...input, fundingSource: 'FOR_THE_POOR_FUND' } }, env.t.officer);
    return who;
  };
  await care(tree.commune.id, 'TET_GIFT', ONE_GIFT);
  for (const grantAmount of TWO_GRANTS) {
    const who = await care(tree.ward.id, 'VISIT', 200_000);
    const input = { memberId: who.id, unionOrganisationId: tree.ward.id, kind: 'BUILD', grantAmount };
    await ok(
      env.h,
      HOUSE,
      {
        input: {
          ...input,
          fundingSource: 'FOR_THE_POOR_FUND',
          status: 'APPROVED',
          approvedDate: '2024-10-25',
        },
      },
      env.t.officer,
    );
  }
  // Six more visits by the province federation (to commune members) make the province's care total a publishable cell.
  for (let i = 0; i < 6; i += 1) await care(tree.province.id, 'VISIT', 300_000, tree.commune.id);
});

const fund = async (vars: Record<string, unknown>, token: string) =>
  (await ok(env.h, FUND, vars, token)).unionFundReport;
const careReport = async (vars: Record<string, unknown>, token: string) =>
  (await ok(env.h, CARE_REPORT, vars, token)).unionCareReport;

describe('the Labour Union reports other organisations read', () => {
  it('withhold a one-record commune and a two-record ward from another organisation, with no notes', async () => {
    for (const vars of [{ unit: COMMUNE }, { unit: WARD }, { org: tree.ward.id }]) {
      const report = await fund(vars, women);
      expect(report.disclosure).toMatchObject({ exact: false, minRecords: 5 });
      const support = report.rows.filter((r: { line: string }) => r.line !== '1');
      for (const row of support) {
        expect(row).toMatchObject({ note: null });
        if (row.number !== 0)
          expect(row).toMatchObject({ number: null, valueVnd: null, valueMillionVnd: null });
      }
      expect(report.disclosure.suppressed).toContain('rows.2.2.valueVnd');
    }
    const commune = await careReport({ unit: COMMUNE }, women);
    expect(commune).toMatchObject({
      householdsReached: null,
      membersReached: null,
      care: { number: null, valueVnd: null, valueMillionVnd: null },
    });
    expect(commune.careByKind.find((k: { kind: string }) => k.kind === 'TET_GIFT')).toEqual({
      kind: 'TET_GIFT',
      number: null,
      valueVnd: null,
    });
    const ward = await careReport({ unit: WARD }, women);
    expect(ward.housesApproved).toEqual({ number: null, valueVnd: null });
    expect(ward.disclosure.suppressed).toEqual(
      expect.arrayContaining(['care.number', 'care.valueVnd', 'housesApproved.valueVnd']),
    );
  });

  it('give the Labour Union the exact figures and notes', async () => {
    const commune = await fund({ unit: COMMUNE }, env.t.viewer);
    expect(commune.disclosure).toEqual({ exact: true, minRecords: 5, suppressed: [] });
    expect(commune.rows[3]).toEqual({
      line: '2.2',
      number: 1,
      valueVnd: ONE_GIFT,
      valueMillionVnd: 1.235,
      note: '0 lượt thăm, 1 suất quà',
    });
    const ward = await careReport({ unit: WARD }, env.t.viewer);
    expect(ward.housesApproved).toEqual({ number: 2, valueVnd: 85_000_000 });
    expect(ward.care).toEqual({ number: 2, valueVnd: 400_000, valueMillionVnd: 0.4 });
  });

  it('do not give a withheld cell back as a published total minus the other rows', async () => {
    // The province holds 9 care records: the commune's gift, the ward's 2 visits and the federation's 6.
    const province = await careReport({ unit: '75' }, women);
    expect(province.care.number).toBe(10); // 9 rounded to base 5
    expect(province.care.valueVnd).not.toBe(ONE_GIFT + 400_000 + 1_800_000);
    const visits = province.careByKind.find((k: { kind: string }) => k.kind === 'VISIT');
    expect(visits.number).toBe(10); // 8 rounded
    expect(visits.valueVnd).not.toBe(2_200_000);
    // Total − visits − the other kinds is not the one gift, in number or value.
    const others = province.careByKind
      .filter((k: { kind: string }) => !['VISIT', 'TET_GIFT'].includes(k.kind))
      .reduce((t: number, k: { valueVnd: number | null }) => t + (k.valueVnd ?? 0), 0);
    expect(province.care.number - visits.number).not.toBe(1);
    expect(province.care.valueVnd - visits.valueVnd - others).not.toBe(ONE_GIFT);
    // The fund report's row 2 minus row 2.1 does not give row 2.2 either.
    const rows = (await fund({ unit: '75' }, women)).rows;
    expect(rows[1].valueVnd - (rows[2].valueVnd ?? 0)).not.toBe(ONE_GIFT + 2_200_000);
  });
});
