import { periodsWithin, parsePeriod } from '../../period';
import { readOfficialUnits, readUnitsBefore2025 } from '../../units/official-units';
import { countTimeliness, ReportTimeliness as T, timelinessOf } from '../timeliness';

describe('timeliness of a report', () => {
  // Women's Union Q3 report due on 5 Oct 2026; today is 23 Nov 2026.
  const due = '2026-10-05';
  const today = '2026-11-23';

  it('is on time up to and including the due date, late after it, missing when nothing came', () => {
    const rows = [
      { unit: 'A', timeliness: timelinessOf(due, '2026-10-05', today) },
      { unit: 'B', timeliness: timelinessOf(due, '2026-10-06', today) },
      { unit: 'C', timeliness: timelinessOf(due, null, today) },
      { unit: 'D', timeliness: timelinessOf('2027-01-05', null, today) },
    ];
    expect(rows.map((r) => r.timeliness)).toEqual([T.ON_TIME, T.LATE, T.MISSING, T.NOT_YET_DUE]);
    expect(countTimeliness(rows)).toEqual({
      expected: 4,
      submitted: 2,
      onTime: 1,
      late: 1,
      missing: 1,
      notYetDue: 1,
    });
  });

  it('is not missing on the due date itself', () => {
    expect(timelinessOf(due, null, due)).toBe(T.NOT_YET_DUE);
  });
});

describe('report periods inside a period', () => {
  const codes = (p: string, s: Parameters<typeof periodsWithin>[1]) =>
    periodsWithin(parsePeriod(p), s).map((x) => x.code);

  it('lists the periods of a schedule that lie wholly inside', () => {
    expect(codes('2026', 'QUARTERLY')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(codes('2026-9M', 'QUARTERLY')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(codes('2026', 'CUMULATIVE')).toEqual(['2026-Q1', '2026-6M', '2026-9M', '2026']);
    expect(codes('2026-6M', 'CUMULATIVE')).toEqual(['2026-Q1', '2026-6M']);
    expect(codes('2026-Q3', 'MONTHLY')).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(codes('2026-Q3', 'YEARLY')).toEqual([]);
  });
});

describe('units retired in the 2025 reform', () => {
  it('hand every 2025 commune of Đồng Nai to exactly one former district or to the former Bình Phước', () => {
    const communes = readOfficialUnits()
      .filter((u) => u.parentCode === '75')
      .map((u) => u.code);
    const retired = readUnitsBefore2025();
    const owners = new Map<string, string[]>();
    for (const u of retired)
      for (const c of u.successorCodes) owners.set(c, [...(owners.get(c) ?? []), u.code]);
    expect(communes.filter((c) => owners.get(c)?.length !== 1)).toEqual([]);
    expect(retired.find((u) => u.code === '70')?.successorCodes).toHaveLength(40);
    expect(retired.filter((u) => u.level === 'DISTRICT')).toHaveLength(11);
  });
});
