import { dueDayAfter, periodsWithin, type ExpectedReport, type Period } from '@chung-tay/common';
import type { ReportObligation } from './report-obligation.entity';

export interface UnitValidity {
  code: string;
  level: string;
  validFrom: string;
  validTo: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day a report for `period` is due under an obligation. */
export const dueOnFor = (o: Pick<ReportObligation, 'dueDay' | 'dueMonth'>, period: Period): string => {
  if (o.dueMonth === null) return dueDayAfter(period, o.dueDay);
  const lastDay = new Date(Date.UTC(period.year, o.dueMonth, 0)).getUTCDate();
  return `${period.year}-${pad(o.dueMonth)}-${pad(Math.min(o.dueDay, lastDay))}`;
};

/**
 * The reports expected for an area and period: for each obligation, each of its report periods inside the period
 * (within its years) and each unit of its level that lies both in the obligation's scope and in the area and
 * existed at the report period's end.
 */
export function expectedReports(
  period: Period,
  areaUnits: UnitValidity[],
  obligations: { obligation: ReportObligation; scopeCodes: Set<string> }[],
): ExpectedReport[] {
  const expected: ExpectedReport[] = [];
  for (const { obligation: o, scopeCodes } of obligations) {
    const units = areaUnits.filter((u) => u.level === o.unitLevel && scopeCodes.has(u.code));
    for (const p of periodsWithin(period, o.schedule)) {
      if (p.year < o.firstYear || (o.lastYear !== null && p.year > o.lastYear)) continue;
      const dueOn = dueOnFor(o, p);
      for (const u of units) {
        if (u.validFrom > p.end || (u.validTo !== null && u.validTo < p.end)) continue;
        expected.push({ section: o.section, unitCode: u.code, period: p, dueOn });
      }
    }
  }
  return expected.sort(
    (a, b) =>
      a.period.start.localeCompare(b.period.start) ||
      a.period.end.localeCompare(b.period.end) ||
      a.section.localeCompare(b.section) ||
      a.unitCode.localeCompare(b.unitCode),
  );
}
