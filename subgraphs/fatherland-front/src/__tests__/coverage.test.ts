import {
  COMMUNE,
  COMMUNE_B,
  COMMUNE_C,
  pledge,
  PROVINCE,
  receive,
  registerPerson,
  sponsor,
  useSubgraph,
} from './fixtures';

/*
 * The 70 % rule (and the others) on a fixture worked out by hand, as of 2025-06-15 (pledges 2025-01 to 2025-12,
 * signed 2025-01-20, unless noted).
 *
 * Commune A (25222), 5 people in need:
 *   a1 ← commune A 1,000,000                       commune level
 *   a2 ← enterprise mobilised by A 800,000          commune level
 *   a3 ← district unit D1 (province, 12 staff) 1,000,000     district level; D1 +1.0
 *   a4 ← commune A 500,000 + district unit D2 (A, 8 staff) 500,000   commune + district; D2 +0.5
 *   a5 ← province body 1,000,000                    province only
 *   sponsored by the commune: a1, a2, a4 = 3 ≥ 2 ✓; covered locally: a1–a4 = 4 ≥ ceil(0.7 × 5) = 4 ✓ (80 %)
 * Commune B (25225), 4 people:
 *   b1 ← commune B 1,000,000                        commune level
 *   b2 ← district unit D3 (B, 6 staff) 300,000 + provincial enterprise 700,000   district level; D3 +0.3
 *   b3 ← province body 1,000,000                    province only
 *   b4 ← commune B, signed 2025-07-02 for 2025-06 onwards: not yet signed on 2025-06-15, so not covered
 *   sponsored by the commune: 1 < 2 ✗; covered locally: b1, b2 = 2 < ceil(2.8) = 3 ✗ (50 %)
 * Commune C (25231), 3 people (c4 left the list on 2025-05-01 and is not counted):
 *   c1 ← D1 500,000 + provincial enterprise 500,000  district level; D1 +0.5
 *   c2 ← provincial enterprise 1,000,000             province only
 *   c3 ← commune C, 2025-01 to 2025-03: ended, not covered
 *   sponsored by the commune: 0 < 2 ✗; covered locally: c1 = 1 < ceil(2.1) = 3 ✗ (33.3 %)
 * District units: D1 (12 staff) 1.5 ≥ 1 ✓; D4 (province, 15 staff, no pledge) 0 < 1 ✗;
 *   D2 (8 staff) 0.5 ≥ 0.5 ✓; D3 (6 staff) 0.3 < 0.5 ✗.
 * Province 75: 12 people in need; covered locally 4 + 2 + 1 = 7 (7/12 = 58.3 %); province only a5, b3, c2 = 3;
 *   not covered b4, c3 = 2; the province's list 12 − 7 = 5.
 */

const env = useSubgraph();
const ids: Record<string, string> = {};

beforeAll(async () => {
  const people = (n: number) => Array.from({ length: n }, registerPerson);
  const [a, b, c] = [people(5), people(4), people(4)];
  const [ea, eb, ec] = [
    await receive(env, COMMUNE, a),
    await receive(env, COMMUNE_B, b),
    await receive(env, COMMUNE_C, c),
  ];
  const s = {
    communeA: await sponsor(env, 'COMMUNE', COMMUNE, 'UBND và Ủy ban MTTQ xã Bù Gia Mập'),
    communeB: await sponsor(env, 'COMMUNE', COMMUNE_B, 'UBND và Ủy ban MTTQ xã Đăk Ơ'),
    communeC: await sponsor(env, 'COMMUNE', COMMUNE_C, 'UBND và Ủy ban MTTQ xã Đa Kia'),
    enterpriseA: await sponsor(env, 'ENTERPRISE', COMMUNE, 'Công ty TNHH Hạt điều Bù Gia Mập'),
    d1: await sponsor(env, 'DISTRICT_UNIT', PROVINCE, 'Phòng Văn hóa – Xã hội', 12),
    d2: await sponsor(env, 'DISTRICT_UNIT', COMMUNE, 'Trạm Y tế xã Bù Gia Mập', 8),
    d3: await sponsor(env, 'DISTRICT_UNIT', COMMUNE_B, 'Trường Tiểu học Đăk Ơ', 6),
    d4: await sponsor(env, 'DISTRICT_UNIT', PROVINCE, 'Phòng Kinh tế', 15),
    body: await sponsor(env, 'PROVINCE_BODY', PROVINCE, 'Sở Tài chính'),
    enterpriseP: await sponsor(env, 'ENTERPRISE', PROVINCE, 'Tổng Công ty Tín Nghĩa'),
  };
  Object.assign(ids, { d1: s.d1.id, d2: s.d2.id, d3: s.d3.id, d4: s.d4.id });
  await pledge(env, ea[0]!.id, [[s.communeA.id, 1_000_000]]);
  await pledge(env, ea[1]!.id, [[s.enterpriseA.id, 800_000]]);
  await pledge(env, ea[2]!.id, [[s.d1.id, 1_000_000]]);
  await pledge(env, ea[3]!.id, [
    [s.communeA.id, 500_000],
    [s.d2.id, 500_000],
  ]);
  await pledge(env, ea[4]!.id, [[s.body.id, 1_000_000]]);
  await pledge(env, eb[0]!.id, [[s.communeB.id, 1_000_000]]);
  await pledge(env, eb[1]!.id, [
    [s.enterpriseP.id, 700_000],
    [s.d3.id, 300_000],
  ]);
  await pledge(env, eb[2]!.id, [[s.body.id, 1_000_000]]);
  await pledge(env, eb[3]!.id, [[s.communeB.id, 1_000_000]], { start: '2025-06', signedOn: '2025-07-02' });
  await pledge(env, ec[0]!.id, [
    [s.d1.id, 500_000],
    [s.enterpriseP.id, 500_000],
  ]);
  await pledge(env, ec[1]!.id, [[s.enterpriseP.id, 1_000_000]]);
  await pledge(env, ec[2]!.id, [[s.communeC.id, 1_000_000]], { end: '2025-03' });
  await env.ok(
    `mutation($id: ID!) { removeFromNeedsList(id: $id, input: { removedOn: "2025-05-01", reason: DIED }) { id } }`,
    {
      id: ec[3]!.id,
    },
  );
});

const REPORT = `query($unit: String!) { sponsorshipCoverage(unitCode: $unit, asOf: "2025-06-15") {
  unitCode asOf peopleInNeed coveredLocally coveredByProvinceOnly notCovered localShare provinceList passed
  rules { rule passed checked offenders { unitCode sponsorId staffCount peopleInNeed sponsored required localShare } }
  communes { unitCode peopleInNeed sponsoredByCommune coveredLocally }
  districtUnits { sponsorId sponsored required passed sponsor { name } } } }`;

const finding = (f: Record<string, unknown>) => ({
  sponsorId: null,
  staffCount: null,
  peopleInNeed: null,
  localShare: null,
  ...f,
});

describe('coverage rules on the hand-worked fixture', () => {
  it('checks the province: figures, and each rule with the units that fall short', async () => {
    const report = (await env.ok(REPORT, { unit: PROVINCE })).sponsorshipCoverage;
    expect(report).toMatchObject({
      unitCode: '75',
      asOf: '2025-06-15',
      peopleInNeed: 12,
      coveredLocally: 7,
      coveredByProvinceOnly: 3,
      notCovered: 2,
      provinceList: 5,
      passed: false,
    });
    expect(report.localShare).toBeCloseTo(7 / 12, 10);
    expect(report.communes).toEqual([
      { unitCode: COMMUNE, peopleInNeed: 5, sponsoredByCommune: 3, coveredLocally: 4 },
      { unitCode: COMMUNE_B, peopleInNeed: 4, sponsoredByCommune: 1, coveredLocally: 2 },
      { unitCode: COMMUNE_C, peopleInNeed: 3, sponsoredByCommune: 0, coveredLocally: 1 },
    ]);
    const [communes, big, small, seventy] = report.rules;
    expect(communes).toEqual({
      rule: 'COMMUNE_SPONSORS_TWO',
      passed: false,
      checked: 3,
      offenders: [
        finding({ unitCode: COMMUNE_B, peopleInNeed: 4, sponsored: 1, required: 2 }),
        finding({ unitCode: COMMUNE_C, peopleInNeed: 3, sponsored: 0, required: 2 }),
      ],
    });
    expect(big).toEqual({
      rule: 'DISTRICT_UNIT_SPONSORS_ONE',
      passed: false,
      checked: 2,
      offenders: [
        finding({ unitCode: PROVINCE, sponsorId: ids.d4, staffCount: 15, sponsored: 0, required: 1 }),
      ],
    });
    expect(small).toEqual({
      rule: 'SMALL_DISTRICT_UNITS_SHARE_ONE',
      passed: false,
      checked: 2,
      offenders: [
        finding({ unitCode: COMMUNE_B, sponsorId: ids.d3, staffCount: 6, sponsored: 0.3, required: 0.5 }),
      ],
    });
    expect(seventy.rule).toBe('LOCAL_LEVELS_COVER_SEVENTY_PERCENT');
    expect(seventy.checked).toBe(3);
    expect(
      seventy.offenders.map((o: { unitCode: string; sponsored: number; required: number }) => [
        o.unitCode,
        o.sponsored,
        o.required,
      ]),
    ).toEqual([
      [COMMUNE_B, 2, 3],
      [COMMUNE_C, 1, 3],
    ]);
    expect(seventy.offenders[1].localShare).toBeCloseTo(1 / 3, 10);
    const d1 = report.districtUnits.find((d: { sponsorId: string }) => d.sponsorId === ids.d1);
    expect(d1).toEqual({
      sponsorId: ids.d1,
      sponsored: 1.5,
      required: 1,
      passed: true,
      sponsor: { name: 'Phòng Văn hóa – Xã hội' },
    });
  });

  it('checks one commune, which meets every rule', async () => {
    const report = (await env.ok(REPORT, { unit: COMMUNE })).sponsorshipCoverage;
    expect(report).toMatchObject({
      peopleInNeed: 5,
      coveredLocally: 4,
      localShare: 0.8,
      provinceList: 1,
      passed: true,
    });
    expect(report.rules.map((r: { checked: number }) => r.checked)).toEqual([1, 0, 1, 1]);
    expect(report.districtUnits.map((d: { sponsorId: string }) => d.sponsorId)).toEqual([ids.d2]);
  });

  it('counts a pledge from the day it is signed and while the person is listed', async () => {
    const july = await env.ok(
      `{ sponsorshipCoverage(unitCode: "25225", asOf: "2025-07-15") { coveredLocally communes { sponsoredByCommune } } }`,
    );
    expect(july.sponsorshipCoverage).toEqual({ coveredLocally: 3, communes: [{ sponsoredByCommune: 2 }] });
    // In March c3's pledge still runs and c4 is still listed (uncovered): 4 people, 1 not covered.
    const march = await env.ok(
      `{ sponsorshipCoverage(unitCode: "25231", asOf: "2025-03-15") { peopleInNeed notCovered } }`,
    );
    expect(march.sponsorshipCoverage).toEqual({ peopleInNeed: 4, notCovered: 1 });
  });

  it('is read within the caller’s units only', async () => {
    const res = await env.h.query(`{ sponsorshipCoverage(unitCode: "79") { passed } }`, {}, env.t.union);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const union = await env.h.query(
      `{ sponsorshipCoverage(unitCode: "75", asOf: "2025-06-15") { provinceList } }`,
      {},
      env.t.union,
    );
    expect(union.data!.sponsorshipCoverage.provinceList).toBe(5);
  });
});
