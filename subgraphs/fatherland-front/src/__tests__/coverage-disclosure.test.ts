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
 * The coverage report under the threshold rule (N = 5), as of 2025-06-15: commune A has one person in need,
 * covered only by a province body (so A fails both commune rules); commune B two, one covered by the commune;
 * commune C six, all covered by the commune. Province 75: 9 in need, 7 covered locally.
 */
const env = useSubgraph();

const COVERAGE = `query($unit: String!) { sponsorshipCoverage(unitCode: $unit, asOf: "2025-06-15") {
  peopleInNeed coveredLocally coveredByProvinceOnly notCovered localShare provinceList passed
  rules { rule passed offenders { unitCode peopleInNeed sponsored required localShare } }
  communes { unitCode peopleInNeed sponsoredByCommune coveredLocally localShare }
  disclosure { exact minRecords suppressed } } }`;

beforeAll(async () => {
  const [a, b, c] = [
    await receive(env, COMMUNE, [registerPerson()]),
    await receive(env, COMMUNE_B, [registerPerson(), registerPerson()]),
    await receive(env, COMMUNE_C, Array.from({ length: 6 }, registerPerson)),
  ];
  const body = await sponsor(env, 'PROVINCE_BODY', PROVINCE, 'Sở Tài chính');
  const communeB = await sponsor(env, 'COMMUNE', COMMUNE_B, 'UBND và Ủy ban MTTQ xã Đăk Ơ');
  const communeC = await sponsor(env, 'COMMUNE', COMMUNE_C, 'UBND và Ủy ban MTTQ xã Đa Kia');
  await pledge(env, a[0]!.id, [[body.id, 1_000_000]]);
  await pledge(env, b[0]!.id, [[communeB.id, 1_000_000]]);
  for (const entry of c) await pledge(env, entry.id, [[communeC.id, 1_000_000]]);
});

const coverage = async (unit: string, token: string) => {
  const res = await env.h.query<{ sponsorshipCoverage: any }>(COVERAGE, { unit }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.sponsorshipCoverage;
};

describe('the coverage report other organisations read', () => {
  it('withholds the one- and two-person communes, their verdicts and what the rules asked of them', async () => {
    const r = await coverage(PROVINCE, env.t.union);
    expect(r.communes).toEqual([
      {
        unitCode: COMMUNE,
        peopleInNeed: null,
        sponsoredByCommune: 0, // the kit's rule: a zero stays zero
        coveredLocally: 0,
        localShare: null,
      },
      {
        unitCode: COMMUNE_B,
        peopleInNeed: null,
        sponsoredByCommune: null,
        coveredLocally: null,
        localShare: null,
      },
      { unitCode: COMMUNE_C, peopleInNeed: 5, sponsoredByCommune: 5, coveredLocally: 5, localShare: 1 },
    ]);
    for (const rule of r.rules.filter((x: { rule: string }) => !x.rule.includes('DISTRICT'))) {
      expect(rule).toEqual({ rule: rule.rule, passed: null, offenders: [] });
    }
    expect(r).toMatchObject({
      peopleInNeed: 10,
      coveredLocally: 5,
      coveredByProvinceOnly: null,
      passed: null,
    });
    expect(r.disclosure).toMatchObject({ exact: false, minRecords: 5 });
    expect(r.disclosure.suppressed).toContain(`communes.${COMMUNE}.peopleInNeed`);
    const one = await coverage(COMMUNE, env.t.pc);
    expect(one).toMatchObject({
      peopleInNeed: null,
      coveredLocally: 0,
      coveredByProvinceOnly: null,
      passed: null,
    });
  });

  it('gives the Front the exact figures and verdicts', async () => {
    const r = await coverage(PROVINCE, env.t.viewer);
    expect(r).toMatchObject({ peopleInNeed: 9, coveredLocally: 7, coveredByProvinceOnly: 1, passed: false });
    expect(r.communes[0]).toEqual({
      unitCode: COMMUNE,
      peopleInNeed: 1,
      sponsoredByCommune: 0,
      coveredLocally: 0,
      localShare: 0,
    });
    const seventy = r.rules.find((x: { rule: string }) => x.rule === 'LOCAL_LEVELS_COVER_SEVENTY_PERCENT');
    expect(seventy.offenders.map((o: { unitCode: string }) => o.unitCode)).toEqual([COMMUNE, COMMUNE_B]);
    expect(r.disclosure).toEqual({ exact: true, minRecords: 5, suppressed: [] });
  });

  it('does not give the small communes back as the province minus commune C', async () => {
    const [province, c] = [await coverage(PROVINCE, env.t.union), await coverage(COMMUNE_C, env.t.union)];
    // Exact: 9 − 6 = 3 in need and 7 − 6 = 1 covered locally in communes A and B.
    expect(province.peopleInNeed - c.peopleInNeed).not.toBe(3);
    expect(province.coveredLocally - c.coveredLocally).not.toBe(1);
  });
});
