import type { DataSource } from 'typeorm';
import { areaUnitsCte } from '@chung-tay/common';
import type { SponsorshipLevel } from '../enums';
import { monthOfDate, monthStartDate } from '../months';
import type { DistrictUnit, NeedsPerson, RunningPledge } from './coverage.rules';

/** What the coverage rules look at in one area on one day. */
export interface CoverageFacts {
  needs: NeedsPerson[];
  pledges: RunningPledge[];
  districtUnits: DistrictUnit[];
}

interface FactRow {
  kind: 'NEED' | 'PLEDGE' | 'DISTRICT_UNIT';
  root: string;
  person_id: string | null;
  unit_code: string;
  pledge_id: string | null;
  total: string | null;
  sponsor_id: string | null;
  share: string | null;
  level: string | null;
  staff_count: number | null;
}

/**
 * The needs list on `asOf`, the pledges running in its month (signed by then) with each sponsor's share and
 * level, and the district units, for every area rooted at one of `roots` (the unit and everything below it, or a
 * retired unit's successors): ONE statement whatever the number of areas. Areas with nothing get empty facts.
 */
export async function loadCoverageFacts(
  dataSource: DataSource,
  roots: string[],
  asOf: string,
): Promise<Map<string, CoverageFacts>> {
  const rows: FactRow[] = await dataSource.query(
    `WITH RECURSIVE ${areaUnitsCte('unit_tree')}
     SELECT 'NEED' AS kind, a.root, n.person_id::text AS person_id, n.unit_code, NULL::text AS pledge_id,
         NULL::bigint AS total, NULL::text AS sponsor_id, NULL::bigint AS share, NULL::text AS level,
         NULL::int AS staff_count
       FROM needs_list_entry n JOIN area_unit a ON a.code = n.unit_code
       WHERE n.listed_on <= $2 AND (n.removed_on IS NULL OR n.removed_on > $2)
     UNION ALL
     SELECT 'PLEDGE', a.root, p.person_id::text, p.unit_code, p.id::text, p.amount_per_month,
         s.sponsor_id::text, s.amount_per_month, f.level, NULL
       FROM sponsorship_pledge p JOIN area_unit a ON a.code = p.unit_code
       JOIN sponsorship_pledge_sponsor s ON s.pledge_id = p.id
       JOIN front_sponsor f ON f.id = s.sponsor_id
       WHERE p.signed_on <= $2 AND p.start_month <= $3 AND p.end_month >= $3
     UNION ALL
     SELECT 'DISTRICT_UNIT', a.root, NULL, s.unit_code, NULL, NULL, s.id::text, NULL, NULL, s.staff_count
       FROM front_sponsor s JOIN area_unit a ON a.code = s.unit_code
       WHERE s.kind = 'DISTRICT_UNIT'`,
    [roots, asOf, monthStartDate(monthOfDate(asOf))],
  );
  const facts = new Map<string, CoverageFacts>(
    roots.map((r) => [r, { needs: [], pledges: [], districtUnits: [] }]),
  );
  const pledges = new Map<string, RunningPledge>();
  for (const r of rows) {
    const area = facts.get(r.root)!;
    if (r.kind === 'NEED') area.needs.push({ personId: r.person_id!, unitCode: r.unit_code });
    else if (r.kind === 'DISTRICT_UNIT') {
      area.districtUnits.push({
        sponsorId: r.sponsor_id!,
        unitCode: r.unit_code,
        staffCount: r.staff_count!,
      });
    } else {
      const key = `${r.root}|${r.pledge_id}`;
      let pledge = pledges.get(key);
      if (!pledge) {
        pledge = { personId: r.person_id!, amountPerMonth: Number(r.total), sponsors: [] };
        pledges.set(key, pledge);
        area.pledges.push(pledge);
      }
      pledge.sponsors.push({
        sponsorId: r.sponsor_id!,
        level: r.level as SponsorshipLevel,
        amountPerMonth: Number(r.share),
      });
    }
  }
  return facts;
}
