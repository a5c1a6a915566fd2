import { randomUUID } from 'node:crypto';
import { COMMUNE, member, ok, tree, useSubgraph, WARD } from './fixtures';

/**
 * A chapter's report under the threshold rule (N = 5): a commune with one scholarship and one member, a ward with
 * two of each, the province with six more scholarships. Another organisation never reads the exact small cells
 * nor gets them back as the province minus the other chapter; the Women's Union reads them exact.
 */
const env = useSubgraph();

const REPORT = `query($id: ID!) { womensUnionReport(chapterId: $id, period: "2025") {
  savingsDay { contributedAmount contributions }
  support { kind activities households value disclosure { exact minRecords suppressed } }
  members { members joined left disclosure { exact minRecords suppressed } } } }`;
const SUPPORT = `mutation($input: RecordWomensUnionSupportInput!) { recordWomensUnionSupport(input: $input) { id } }`;

const ONE_SCHOLARSHIP = 2_345_000;
let chapters: { province: string; commune: string; ward: string };

beforeAll(async () => {
  const t = await tree(env.h, env.t.officer, [COMMUNE, WARD]);
  chapters = { province: t.province.id, commune: t.communes[0]!.id, ward: t.communes[1]!.id };
  const support = (chapterId: string, value: number) =>
    ok(
      env.h,
      SUPPORT,
      { input: { chapterId, kind: 'SCHOLARSHIP', householdId: randomUUID(), date: '2025-02-14', value } },
      env.t.officer,
    );
  await support(chapters.commune, ONE_SCHOLARSHIP);
  await member(env.h, env.t.officer, chapters.commune, { joinedOn: '2025-03-01' });
  for (const value of [1_000_000, 1_500_000]) {
    await support(chapters.ward, value);
    await member(env.h, env.t.officer, chapters.ward, { joinedOn: '2025-03-01' });
  }
  for (let i = 0; i < 6; i += 1) await support(chapters.province, 1_000_000);
});

const report = async (id: string, token: string) =>
  (await ok(env.h, REPORT, { id }, token)).womensUnionReport;
interface Support {
  kind: string;
  activities: number | null;
  households: number | null;
  value: number | null;
}
const scholarships = (r: { support: Support[] }) => r.support.find((s) => s.kind === 'SCHOLARSHIP')!;

describe("the Women's Union report other organisations read", () => {
  it('withholds a one-record commune and a two-record ward from another organisation', async () => {
    for (const id of [chapters.commune, chapters.ward]) {
      const r = await report(id, env.t.labour);
      expect(scholarships(r)).toEqual({
        kind: 'SCHOLARSHIP',
        activities: null,
        households: null,
        value: null,
        disclosure: { exact: false, minRecords: 5, suppressed: ['activities', 'households', 'value'] },
      });
      expect(r.members).toMatchObject({ members: null, joined: null, left: 0 });
    }
  });

  it("gives the Women's Union the exact figures", async () => {
    const r = await report(chapters.commune, env.t.viewer);
    expect(scholarships(r)).toEqual({
      kind: 'SCHOLARSHIP',
      activities: 1,
      households: 1,
      value: ONE_SCHOLARSHIP,
      disclosure: { exact: true, minRecords: 5, suppressed: [] },
    });
    expect(r.members).toMatchObject({ members: 1, joined: 1 });
  });

  it('does not give a withheld chapter back as the province minus the other chapter', async () => {
    const province = scholarships(await report(chapters.province, env.t.labour));
    expect(province.activities).toBe(10); // 9 rounded to base 5
    expect(province.value).not.toBe(ONE_SCHOLARSHIP + 2_500_000 + 6_000_000);
    // Even knowing the ward's and the province's own exact amounts, the commune's does not come out.
    expect(province.value! - 2_500_000 - 6_000_000).not.toBe(ONE_SCHOLARSHIP);
    expect(province.activities! - 2 - 6).not.toBe(1);
  });
});
