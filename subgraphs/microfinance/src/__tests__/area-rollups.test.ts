import { todayInVietnam } from '@chung-tay/common';
import { centreWithGroup, gql, makeLoan, repay, setupLender, useSubgraph } from './fixtures';

/*
 * The lenders' area figures of a finished period are kept in area_rollup ('mf.area-figures') and read from there;
 * the triggers of AreaRollupTriggers1763900008500 forget them when a write touches what they were computed from.
 * Two loans in commune 25222 (province 75):
 *   A  weekly flat, 10,400,000 over 13 weeks (800,000 + 31,200 = 831,200 a week), disbursed 7 Apr 2025
 *   B  monthly declining, 12,000,000 over 12 months, disbursed 3 Mar 2025, nothing repaid
 * The tests run in order: each write builds on the ones before.
 */
const env = useSubgraph();
const Q2 = '2025-Q2';
const FIGURE = 'mf.area-figures';
const today = todayInVietnam();
const loans: Record<string, string> = {};
let cep: Awaited<ReturnType<typeof setupLender>>;
let groupId: string;

const FIGURES = `asOf disbursedLoans disbursedAmount repaidPrincipal repaidInterest writtenOffLoans writtenOffAmount
  outstandingLoans outstandingBorrowers outstandingPrincipal overdueLoans overduePrincipal arrearsAmount
  par30Principal par30Percent buckets { bucket loans outstandingPrincipal }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaPeriod {
  unitCode period microfinance { ${FIGURES} } } } }`;
const area = (unitCode: string, period: string) => ({ __typename: 'AreaPeriod', unitCode, period });

/** The figures of areas, and whether answering them ran the figures statement (else: read from area_rollup). */
async function read(...areas: [string, string][]) {
  env.h.queries.reset();
  const { _entities } = await gql(env.h, ENTITIES, { r: areas.map(([u, p]) => area(u, p)) }, env.t.officer);
  const statements = env.h.queries.statements;
  return {
    figures: _entities.map((e: { microfinance: Record<string, unknown> }) => e.microfinance),
    computed: statements.some((s) => s.includes('repayment_allocation')),
    fromRollups: statements.some((s) => s.includes('FROM area_rollup')),
  };
}
const figures = async (unit: string, period: string) => (await read([unit, period])).figures[0];

/** The kept rollups of the lenders' figures: key → last day. */
async function kept(): Promise<Record<string, string>> {
  const rows: { key: string; last_day: string }[] = await env.h.dataSource.query(
    `SELECT key, to_char(last_day, 'YYYY-MM-DD') AS last_day FROM area_rollup WHERE figure = $1 ORDER BY key`,
    [FIGURE],
  );
  return Object.fromEntries(rows.map((r) => [r.key, r.last_day]));
}
const forgetAll = () => env.h.dataSource.query(`DELETE FROM area_rollup`);
/** What the figures are when computed afresh (nothing kept). */
async function fresh(unit: string, period: string) {
  await forgetAll();
  return figures(unit, period);
}

beforeAll(async () => {
  cep = await setupLender(env.h, env.t);
  ({ groupId } = await centreWithGroup(env.h, env.t, cep.code, '25222'));
  const loan = async (product: string, principal: number, terms: number, disbursedOn: string) =>
    (
      await makeLoan(env.h, env.t, {
        productId: product,
        principal,
        termInstalments: terms,
        appliedOn: '2025-02-01',
        approvedOn: '2025-02-03',
        disbursedOn,
        lendingGroupId: groupId,
        borrower: { unitCode: '25222' },
      })
    ).id;
  loans.A = await loan(cep.weekly, 10_400_000, 13, '2025-04-07');
  loans.B = await loan(cep.monthly, 12_000_000, 12, '2025-03-03');
});

describe("the lenders' area figures of a finished period", () => {
  it('are computed and kept on the first read, then read from area_rollup', async () => {
    await forgetAll();
    const first = await read(['75', Q2], ['25222', Q2], ['75', '2024-Q3']);
    expect(first.computed).toBe(true);
    expect(first.figures[0]).toMatchObject({
      asOf: '2025-06-30',
      disbursedLoans: 1,
      disbursedAmount: 10_400_000,
      outstandingLoans: 2,
      outstandingPrincipal: 22_400_000,
    });
    // Before any loan: nothing outstanding, PAR30 null — kept as JSON and read back the same.
    expect(first.figures[2]).toMatchObject({ outstandingLoans: 0, par30Percent: null });
    expect(await kept()).toEqual({
      '25222|2025-Q2': '2025-06-30',
      '75|2024-Q3': '2024-09-30',
      '75|2025-Q2': '2025-06-30',
    });

    const second = await read(['75', Q2], ['25222', Q2], ['75', '2024-Q3']);
    expect(second.computed).toBe(false);
    expect(second.fromRollups).toBe(true);
    expect(second.figures).toEqual(first.figures);
  });

  it('change with a repayment dated inside the period, recorded later', async () => {
    const before = await figures('75', Q2);
    await figures('75', '2025-Q1'); // ended before the repayment: stays kept
    await figures('75', '2025-Q3'); // after it: forgotten too
    await repay(env.h, env.t, loans.A!, [{ date: '2025-05-05', amount: 831_200 }]);
    // Q2, its commune and Q3 end on or after 5 May: forgotten; the periods that ended before it stay.
    expect(await kept()).toEqual({ '75|2024-Q3': '2024-09-30', '75|2025-Q1': '2025-03-31' });
    const after = await read(['75', Q2]);
    expect(after.computed).toBe(true);
    expect(after.figures[0]).toMatchObject({
      repaidPrincipal: before.repaidPrincipal + 800_000,
      repaidInterest: before.repaidInterest + 31_200,
      outstandingPrincipal: before.outstandingPrincipal - 800_000,
    });
  });

  it('change with a loan disbursed inside the period, recorded later', async () => {
    const before = await figures('75', Q2);
    loans.C = (
      await makeLoan(env.h, env.t, {
        productId: cep.weekly,
        principal: 5_200_000,
        termInstalments: 13,
        appliedOn: '2025-05-01',
        approvedOn: '2025-05-02',
        disbursedOn: '2025-05-12',
        lendingGroupId: groupId,
        borrower: { unitCode: '25222' },
      })
    ).id;
    expect(await figures('75', Q2)).toMatchObject({
      disbursedLoans: before.disbursedLoans + 1,
      disbursedAmount: before.disbursedAmount + 5_200_000,
      outstandingLoans: before.outstandingLoans + 1,
    });
  });

  it('change with a write-off dated inside the period, recorded later', async () => {
    const before = await figures('75', Q2);
    await gql(
      env.h,
      `mutation($i: WriteOffLoanInput!) { writeOffLoan(input: $i) { id } }`,
      { i: { loanId: loans.B, writtenOffOn: '2025-06-16', reason: 'Hộ vay chuyển đi nơi khác' } },
      env.t.officer,
    );
    expect(await figures('75', Q2)).toMatchObject({
      writtenOffLoans: before.writtenOffLoans + 1,
      writtenOffAmount: 12_000_000,
      outstandingLoans: before.outstandingLoans - 1,
      outstandingPrincipal: before.outstandingPrincipal - 12_000_000,
    });
  });

  it('change with a schedule corrected by hand (instalments carry no date the figures start from)', async () => {
    const before = await figures('75', Q2);
    // A's instalments after the first two fall due 10 weeks later: on 30 Jun fewer are late.
    await env.h.dataSource.query(
      `UPDATE loan_instalment SET due_date = due_date + 70 WHERE loan_id = $1 AND number > 2`,
      [loans.A],
    );
    const after = await figures('75', Q2);
    expect(after.overduePrincipal).toBeLessThan(before.overduePrincipal);
    expect(after).toEqual(await fresh('75', Q2));
  });

  it('change when a unit moves in the unit tree (the area holds other units)', async () => {
    expect((await figures('75', Q2)).outstandingLoans).toBeGreaterThan(0);
    await env.h.dataSource.query(`UPDATE unit_tree SET parent_code = '79' WHERE code = '25222'`);
    try {
      expect(await figures('75', Q2)).toMatchObject({ outstandingLoans: 0, disbursedLoans: 0 });
    } finally {
      await env.h.dataSource.query(`UPDATE unit_tree SET parent_code = '75' WHERE code = '25222'`);
    }
    expect((await figures('75', Q2)).outstandingLoans).toBeGreaterThan(0);
  });

  it('stay kept through writes dated today: a repayment, a closing, an application and its approval', async () => {
    const kept2025 = async () => {
      const periods = [Q2, '2025-Q3', '2025'];
      const { figures: all } = await read(...periods.map((p): [string, string] => ['75', p]));
      return all;
    };
    const before = await kept2025();
    const keys = await kept();
    expect(Object.keys(keys)).toEqual(expect.arrayContaining(['75|2025-Q2', '75|2025-Q3', '75|2025']));

    await repay(env.h, env.t, loans.C!, [{ date: today, amount: 400_000 }]);
    // C is paid off today: the loan closes (status and closing date change, no figure of 2025 does).
    const [{ owed }] = await env.h.dataSource.query(
      `SELECT (SELECT sum(principal_due + interest_due) FROM loan_instalment WHERE loan_id = $1)
        - (SELECT sum(principal + interest) FROM repayment_allocation WHERE loan_id = $1) AS owed`,
      [loans.C],
    );
    await repay(env.h, env.t, loans.C!, [{ date: today, amount: Number(owed) }]);
    expect((await env.h.dataSource.query(`SELECT status FROM loan WHERE id = $1`, [loans.C]))[0].status).toBe(
      'CLOSED',
    );
    await makeLoan(env.h, env.t, {
      productId: cep.monthly,
      principal: 6_000_000,
      termInstalments: 6,
      appliedOn: today,
      approvedOn: today,
      lendingGroupId: groupId,
      borrower: { unitCode: '25222' },
    });

    expect(await kept()).toEqual(keys);
    const after = await read(['75', Q2], ['75', '2025-Q3'], ['75', '2025']);
    expect(after.computed).toBe(false);
    expect(after.figures).toEqual(before);
    // …and they are what computing afresh gives.
    await forgetAll();
    expect(await kept2025()).toEqual(before);
  });

  it('are read for a 24-month trend in one request, computed and kept together', async () => {
    await forgetAll();
    const months = Array.from(
      { length: 24 },
      (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const first = await read(...months.map((m): [string, string] => ['75', m]));
    expect(first.figures).toHaveLength(24);
    expect(Object.keys(await kept())).toHaveLength(24);
    const again = await read(...months.map((m): [string, string] => ['75', m]));
    expect(again.computed).toBe(false);
    expect(again.figures).toEqual(first.figures);
  });
});

describe("the lenders' area figures of a running period", () => {
  it('are computed on every read and never kept', async () => {
    await forgetAll();
    const month = today.slice(0, 7);
    const quarter = `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
    const year = today.slice(0, 4);
    const running: [string, string][] = [
      ['75', month],
      ['75', quarter],
      ['75', year],
      ['25222', year],
    ];
    const first = await read(...running);
    expect(first.figures.every((f: { asOf: string }) => f.asOf === today)).toBe(true);
    expect(await kept()).toEqual({});
    const second = await read(...running);
    expect(second.computed).toBe(true);
    expect(await kept()).toEqual({});
    // A period not begun yet depends on today too.
    await figures('75', String(Number(year) + 1));
    expect(await kept()).toEqual({});
  });
});
