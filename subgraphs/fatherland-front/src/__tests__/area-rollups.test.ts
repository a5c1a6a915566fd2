import { randomUUID } from 'node:crypto';
import { todayInVietnam } from '@chung-tay/common';
import {
  COMMUNE,
  DISBURSE,
  donate,
  openFund,
  pledge,
  PROVINCE,
  receive,
  registerPerson,
  sponsor,
  useSubgraph,
} from './fixtures';

/*
 * The Front's area figure sets of a finished period are kept in area_rollup ('ff.fund', 'ff.houses',
 * 'ff.sponsorship', 'ff.coverage') and read from there; the triggers of AreaRollupTriggers1763900008600 forget a
 * set when a write touches what it was computed from. Commune 25222 in province 75, period 2025-Q2 (stocks on
 * 30 Jun 2025): a fund with a donation and a gift, a house approved in April, three people on the needs list
 * (listed 10 Jan), a commune sponsor pledging for the first of them from January (months 1–3 paid 15 Apr).
 * The tests run in order: each write builds on the ones before.
 */
const env = useSubgraph();
const Q2 = '2025-Q2';
const SETS = ['ff.coverage', 'ff.fund', 'ff.houses', 'ff.sponsorship'];
const today = todayInVietnam();
let fundId: string;
let houseId: string;
let entries: { id: string; personId: string }[];
let communeSponsor: string;
let p1: string;
let p2: string;

const FIGURES = `asOf
  fund { openingBalance donations donationCount disbursements disbursementCount householdsSupported closingBalance }
  houses { approved built repaired completedValue inProgress }
  sponsorship { peopleInNeed pledgesSigned activePledges pledgedPerMonth paid paymentCount arrears pledgesInArrears }
  coverage { coveredLocally coveredByProvinceOnly notCovered provinceList localSharePercent communesChecked
    communesMeetingSeventyPercent seventyPercentRuleMet communesSponsoringTwo districtUnitsChecked
    districtUnitsMeetingRule allRulesMet }`;
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AreaPeriod {
  fatherlandFront { ${FIGURES} } } } }`;
const FIGURE_TABLES = ['front_donation', 'solidarity_house', 'sponsorship_payment', 'needs_list_entry'];

/** The figures of areas, and whether answering them ran a figures statement (else: read from area_rollup). */
async function read(...areas: [string, string][]) {
  env.h.queries.reset();
  const data = await env.ok(ENTITIES, {
    reps: areas.map(([unitCode, period]) => ({ __typename: 'AreaPeriod', unitCode, period })),
  });
  const statements = env.h.queries.statements;
  return {
    figures: data._entities.map((e: { fatherlandFront: Record<string, any> }) => e.fatherlandFront),
    computed: statements.some((s) => FIGURE_TABLES.some((t) => s.includes(t))),
  };
}
const figures = async (unit: string, period: string) => (await read([unit, period])).figures[0];

/** The kept rollups: "figure key" → last day. */
async function kept(): Promise<Record<string, string>> {
  const rows: { figure: string; key: string; last_day: string }[] = await env.h.dataSource.query(
    `SELECT figure, key, to_char(last_day, 'YYYY-MM-DD') AS last_day FROM area_rollup ORDER BY figure, key`,
  );
  return Object.fromEntries(rows.map((r) => [`${r.figure} ${r.key}`, r.last_day]));
}
/** The sets kept for an area. */
const keptFor = async (key: string) =>
  Object.keys(await kept())
    .filter((k) => k.endsWith(` ${key}`))
    .map((k) => k.split(' ')[0]);
const forgetAll = () => env.h.dataSource.query(`DELETE FROM area_rollup`);
/** Reads Q2 of the province so that all four sets are kept, and returns them. */
async function keptQ2() {
  const f = await figures(PROVINCE, Q2);
  expect(await keptFor(`${PROVINCE}|${Q2}`)).toEqual(SETS);
  return f;
}

const payOut = (amount: number, date: string) =>
  env.ok(DISBURSE, { input: { fundId, purpose: 'GIFT', householdId: randomUUID(), amount, date } });
const pay = (pledgeId: string, months: string[], paidOn: string) =>
  env.ok(
    `mutation($input: RecordSponsorshipPaymentInput!) { recordSponsorshipPayment(input: $input) { id } }`,
    { input: { pledgeId, months, paidOn } },
  );
const house = async (approvedOn: string) =>
  (
    await env.ok(
      `mutation($input: RecordSolidarityHouseInput!) { recordSolidarityHouse(input: $input) { id } }`,
      {
        input: {
          householdId: randomUUID(),
          unitCode: COMMUNE,
          work: 'REPAIR',
          amount: 10_000_000,
          approvedOn,
          fundingSources: [{ source: 'COMMUNITY', amount: 10_000_000, contributor: 'Bà con ấp 2' }],
        },
      },
    )
  ).recordSolidarityHouse.id as string;

beforeAll(async () => {
  fundId = (await openFund(env, COMMUNE, '2025-01-01')).id;
  await donate(env, fundId, 10_000_000, '2025-05-01');
  await payOut(1_000_000, '2025-05-10');
  houseId = await house('2025-04-01');
  entries = await receive(env, COMMUNE, [registerPerson(), registerPerson(), registerPerson()]);
  communeSponsor = (await sponsor(env, 'COMMUNE', COMMUNE, 'UBND và Ủy ban MTTQ xã Bù Gia Mập')).id;
  p1 = (await pledge(env, entries[0]!.id, [[communeSponsor, 500_000]])).id;
  await pay(p1, ['2025-01', '2025-02', '2025-03'], '2025-04-15');
}, 60_000);

describe('the Front’s area figure sets of a finished period', () => {
  it('are computed and kept on the first read, then read from area_rollup', async () => {
    await forgetAll();
    const first = await read([PROVINCE, Q2], [COMMUNE, Q2]);
    expect(first.computed).toBe(true);
    expect(first.figures[0]).toMatchObject({
      asOf: '2025-06-30',
      fund: { donations: 10_000_000, disbursements: 1_000_000, closingBalance: 9_000_000 },
      houses: { approved: 1, inProgress: 1 },
      sponsorship: { peopleInNeed: 3, activePledges: 1, paid: 1_500_000, arrears: 1_500_000 },
      coverage: { coveredLocally: 1, notCovered: 2, localSharePercent: 33.3, seventyPercentRuleMet: false },
    });
    expect(await kept()).toEqual(
      Object.fromEntries(
        SETS.flatMap((s) => [`${s} ${COMMUNE}|${Q2}`, `${s} ${PROVINCE}|${Q2}`]).map((k) => [
          k,
          '2025-06-30',
        ]),
      ),
    );
    const second = await read([PROVINCE, Q2], [COMMUNE, Q2]);
    expect(second.computed).toBe(false);
    expect(second.figures).toEqual(first.figures);
  });

  it('change with a donation and a gift dated inside the period, recorded later (the fund only)', async () => {
    const before = await keptQ2();
    await figures(PROVINCE, '2025-Q1'); // ended before the donation: stays kept
    await donate(env, fundId, 2_000_000, '2025-06-01');
    expect(await keptFor(`${PROVINCE}|${Q2}`)).toEqual(['ff.coverage', 'ff.houses', 'ff.sponsorship']);
    expect(await keptFor(`${PROVINCE}|2025-Q1`)).toEqual(SETS);
    expect((await figures(PROVINCE, Q2)).fund).toMatchObject({
      donations: before.fund.donations + 2_000_000,
      closingBalance: before.fund.closingBalance + 2_000_000,
    });
    await payOut(300_000, '2025-05-20');
    expect((await figures(PROVINCE, Q2)).fund).toMatchObject({
      disbursements: before.fund.disbursements + 300_000,
      disbursementCount: before.fund.disbursementCount + 1,
    });
  });

  it('change with a house approved or cancelled inside the period, recorded later', async () => {
    const before = await keptQ2();
    await house('2025-05-05');
    expect(await keptFor(`${PROVINCE}|${Q2}`)).toEqual(['ff.coverage', 'ff.fund', 'ff.sponsorship']);
    expect((await figures(PROVINCE, Q2)).houses).toMatchObject({
      approved: before.houses.approved + 1,
      inProgress: before.houses.inProgress + 1,
    });
    await env.ok(`mutation($id: ID!) { cancelSolidarityHouse(id: $id, cancelledOn: "2025-06-20") { id } }`, {
      id: houseId,
    });
    expect((await figures(PROVINCE, Q2)).houses.inProgress).toBe(before.houses.inProgress);
  });

  it('change with a sponsorship payment made inside the period, recorded later (not the coverage)', async () => {
    const before = await keptQ2();
    await pay(p1, ['2025-04', '2025-05'], '2025-06-10');
    expect(await keptFor(`${PROVINCE}|${Q2}`)).toEqual(['ff.coverage', 'ff.fund', 'ff.houses']);
    expect((await figures(PROVINCE, Q2)).sponsorship).toMatchObject({
      paid: before.sponsorship.paid + 1_000_000,
      paymentCount: before.sponsorship.paymentCount + 2,
      arrears: before.sponsorship.arrears - 1_000_000,
    });
  });

  it('change with a pledge signed, and one ended, inside the period, recorded later', async () => {
    const before = await keptQ2();
    const d1 = await sponsor(env, 'DISTRICT_UNIT', COMMUNE, 'Trạm Y tế xã Bù Gia Mập', 12);
    await keptQ2();
    p2 = (
      await pledge(env, entries[1]!.id, [[d1.id, 600_000]], {
        start: '2025-05',
        end: '2025-12',
        signedOn: '2025-05-02',
      })
    ).id;
    const signed = await figures(PROVINCE, Q2);
    expect(signed.sponsorship).toMatchObject({
      pledgesSigned: before.sponsorship.pledgesSigned + 1,
      activePledges: before.sponsorship.activePledges + 1,
    });
    expect(signed.coverage.coveredLocally).toBe(before.coverage.coveredLocally + 1);

    await env.ok(
      `mutation($id: ID!) { endSponsorshipPledge(id: $id, input: { lastMonth: "2025-05", endedOn: "2025-06-05",
        reason: "Xã điều chỉnh người nhận đỡ đầu" }) { id } }`,
      { id: p1 },
    );
    const ended = await figures(PROVINCE, Q2);
    expect(ended.sponsorship.activePledges).toBe(signed.sponsorship.activePledges - 1);
    expect(ended.coverage.coveredLocally).toBe(signed.coverage.coveredLocally - 1);
  });

  it('change with a pledge’s sponsor corrected by hand (shares carry no date: the coverage is forgotten)', async () => {
    const enterprise = await sponsor(env, 'ENTERPRISE', PROVINCE, 'Tổng Công ty Tín Nghĩa');
    const before = await keptQ2();
    await env.h.dataSource.query(
      `UPDATE sponsorship_pledge_sponsor SET sponsor_id = $1 WHERE pledge_id = $2`,
      [enterprise.id, p2],
    );
    expect(await keptFor(`${PROVINCE}|${Q2}`)).toEqual(['ff.fund', 'ff.houses', 'ff.sponsorship']);
    expect((await figures(PROVINCE, Q2)).coverage).toMatchObject({
      coveredLocally: before.coverage.coveredLocally - 1,
      coveredByProvinceOnly: before.coverage.coveredByProvinceOnly + 1,
    });
  });

  it('change with the needs list: a person listed, and one removed, inside the period, recorded later', async () => {
    const before = await keptQ2();
    const [late] = await receive(env, COMMUNE, [registerPerson()], '2025-04-20');
    expect(await keptFor(`${PROVINCE}|${Q2}`)).toEqual(['ff.fund', 'ff.houses', 'ff.sponsorship']);
    const listed = await figures(PROVINCE, Q2);
    expect(listed.sponsorship.peopleInNeed).toBe(before.sponsorship.peopleInNeed + 1);
    await env.ok(
      `mutation($id: ID!) { removeFromNeedsList(id: $id, input: { removedOn: "2025-06-01", reason: MOVED_AWAY }) {
        id } }`,
      { id: late!.id },
    );
    expect((await figures(PROVINCE, Q2)).sponsorship.peopleInNeed).toBe(before.sponsorship.peopleInNeed);
  });

  it('change with a district unit registered today (sponsors carry no date: the coverage is forgotten)', async () => {
    const before = await keptQ2();
    await sponsor(env, 'DISTRICT_UNIT', PROVINCE, 'Chi cục Thống kê khu vực', 8);
    expect(await keptFor(`${PROVINCE}|${Q2}`)).toEqual(['ff.fund', 'ff.houses', 'ff.sponsorship']);
    expect((await figures(PROVINCE, Q2)).coverage.districtUnitsChecked).toBe(
      before.coverage.districtUnitsChecked + 1,
    );
  });

  it('change when a unit moves in the unit tree (the area holds other units)', async () => {
    expect((await figures(PROVINCE, Q2)).fund.donations).toBeGreaterThan(0);
    await env.h.dataSource.query(`UPDATE unit_tree SET parent_code = '79' WHERE code = $1`, [COMMUNE]);
    try {
      expect(await figures(PROVINCE, Q2)).toMatchObject({
        fund: { donations: 0 },
        houses: { approved: 0 },
        sponsorship: { paid: 0, peopleInNeed: 0 },
      });
    } finally {
      await env.h.dataSource.query(`UPDATE unit_tree SET parent_code = '75' WHERE code = $1`, [COMMUNE]);
    }
    expect((await figures(PROVINCE, Q2)).fund.donations).toBeGreaterThan(0);
  });

  it('stay kept through writes dated today: a donation, a gift, a payment, a house, a person listed', async () => {
    const periods: [string, string][] = [
      [PROVINCE, Q2],
      [PROVINCE, '2025-Q3'],
      [COMMUNE, '2025'],
    ];
    const before = (await read(...periods)).figures;
    const keys = await kept();
    expect(Object.keys(keys)).toHaveLength(SETS.length * periods.length);

    await donate(env, fundId, 1_000_000, today);
    await payOut(200_000, today);
    await pay(p2, ['2025-05'], today); // May's, paid late
    await house(today);
    await receive(env, COMMUNE, [registerPerson()], today);

    expect(await kept()).toEqual(keys);
    const after = await read(...periods);
    expect(after.computed).toBe(false);
    expect(after.figures).toEqual(before);
    // …and they are what computing afresh gives.
    await forgetAll();
    expect((await read(...periods)).figures).toEqual(before);
  });

  it('are read for a 24-month trend in one request, computed and kept together', async () => {
    await forgetAll();
    const months = Array.from(
      { length: 24 },
      (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const first = await read(...months.map((m): [string, string] => [PROVINCE, m]));
    expect(first.figures).toHaveLength(24);
    expect(Object.keys(await kept())).toHaveLength(24 * SETS.length);
    const again = await read(...months.map((m): [string, string] => [PROVINCE, m]));
    expect(again.computed).toBe(false);
    expect(again.figures).toEqual(first.figures);
  });
});

describe('the Front’s area figure sets of a running period', () => {
  it('are computed on every read and never kept', async () => {
    await forgetAll();
    const year = today.slice(0, 4);
    const running: [string, string][] = [
      [PROVINCE, today.slice(0, 7)],
      [PROVINCE, `${year}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`],
      [PROVINCE, year],
      [COMMUNE, year],
    ];
    const first = await read(...running);
    expect(first.figures.every((f: { asOf: string }) => f.asOf === today)).toBe(true);
    expect(await kept()).toEqual({});
    const second = await read(...running);
    expect(second.computed).toBe(true);
    expect(await kept()).toEqual({});
    // A period not begun yet depends on today too.
    await figures(PROVINCE, String(Number(year) + 1));
    expect(await kept()).toEqual({});
  });
});
