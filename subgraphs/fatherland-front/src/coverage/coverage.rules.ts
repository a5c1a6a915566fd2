import { SponsorshipCoverageRuleKind as Rule, SponsorshipLevel } from '../enums';
import { percent1 } from '../percent';

/** A person on the needs list on the as-of date, in a commune of the area checked. */
export interface NeedsPerson {
  personId: string;
  unitCode: string;
}

/** A pledge running in the as-of month, with each sponsor's share. */
export interface RunningPledge {
  personId: string;
  amountPerMonth: number;
  sponsors: { sponsorId: string; level: SponsorshipLevel; amountPerMonth: number }[];
}

/** A district-level department or agency of the area (kind DISTRICT_UNIT). */
export interface DistrictUnit {
  sponsorId: string;
  unitCode: string;
  staffCount: number;
}

export interface CoverageFinding {
  unitCode: string;
  sponsorId: string | null;
  staffCount: number | null;
  peopleInNeed: number | null;
  /** People for a commune; person-equivalents (sum of the unit's shares of its pledges) for a district unit. */
  sponsored: number;
  required: number;
  localShare: number | null;
  /** The same in percent, one decimal (the schema's rate convention). */
  localSharePercent: number | null;
  passed: boolean;
}

export interface CoverageRuleResult {
  rule: Rule;
  description: string;
  passed: boolean;
  checked: number;
  offenders: CoverageFinding[];
}

export interface CommuneCoverage {
  unitCode: string;
  peopleInNeed: number;
  /** People with a running pledge that has a commune-level sponsor. */
  sponsoredByCommune: number;
  /** People with a running pledge that has a commune- or district-level sponsor. */
  coveredLocally: number;
  localShare: number;
  localSharePercent: number;
}

export interface CoverageReport {
  peopleInNeed: number;
  coveredLocally: number;
  coveredByProvinceOnly: number;
  notCovered: number;
  /** Share of the people in need covered by commune- or district-level sponsors; null with nobody in need. */
  localShare: number | null;
  localSharePercent: number | null;
  /** The rest, which the province takes on (people in need not covered by the local levels). */
  provinceList: number;
  passed: boolean;
  rules: CoverageRuleResult[];
  communes: CommuneCoverage[];
  districtUnits: CoverageFinding[];
}

export const COMMUNE_MINIMUM = 2;
export const LOCAL_SHARE_MINIMUM = 0.7;
export const STAFF_FOR_ONE_PERSON = 10;
const EPSILON = 1e-9;

const LOCAL = new Set([SponsorshipLevel.COMMUNE, SponsorshipLevel.DISTRICT]);

/**
 * The coverage rules of the Resolution 179/2019 plan (seed 004, III.1), read for the two-level state:
 * - each commune sponsors at least 2 people of its needs list (all of them when fewer are listed), counting
 *   people with a running pledge that has a commune-level sponsor;
 * - a district unit with 10–15 (or more) staff sponsors at least 1 person, and one under 10 staff at least half
 *   a person ("two units share one"), counting each pledge by the unit's share of its monthly amount;
 * - in each commune, commune- and district-level sponsors together cover at least 70 % of the people in need
 *   (at least ceil(0.7 × people in need) people); the rest is the province's list.
 */
export function evaluateCoverage(
  needs: NeedsPerson[],
  pledges: RunningPledge[],
  districtUnits: DistrictUnit[],
): CoverageReport {
  const needed = new Set(needs.map((n) => n.personId));
  const byCommune = new Set<string>();
  const locally = new Set<string>();
  const byProvince = new Set<string>();
  const shares = new Map<string, number>();
  for (const pledge of pledges) {
    for (const s of pledge.sponsors) {
      shares.set(s.sponsorId, (shares.get(s.sponsorId) ?? 0) + s.amountPerMonth / pledge.amountPerMonth);
    }
    if (!needed.has(pledge.personId)) continue;
    const levels = pledge.sponsors.map((s) => s.level);
    if (levels.includes(SponsorshipLevel.COMMUNE)) byCommune.add(pledge.personId);
    if (levels.some((l) => LOCAL.has(l))) locally.add(pledge.personId);
    else byProvince.add(pledge.personId);
  }

  const communes = [...new Set(needs.map((n) => n.unitCode))].sort().map((unitCode): CommuneCoverage => {
    const people = needs.filter((n) => n.unitCode === unitCode).map((n) => n.personId);
    const coveredLocally = people.filter((p) => locally.has(p)).length;
    return {
      unitCode,
      peopleInNeed: people.length,
      sponsoredByCommune: people.filter((p) => byCommune.has(p)).length,
      coveredLocally,
      localShare: coveredLocally / people.length,
      localSharePercent: percent1(coveredLocally, people.length),
    };
  });
  const finding = (
    f: Partial<CoverageFinding> & Pick<CoverageFinding, 'unitCode' | 'sponsored' | 'required'>,
  ) => ({
    sponsorId: null,
    staffCount: null,
    peopleInNeed: null,
    localShare: null,
    localSharePercent: null,
    ...f,
    passed: f.sponsored + EPSILON >= f.required,
  });
  const communeMinimum = communes.map((c) =>
    finding({
      unitCode: c.unitCode,
      peopleInNeed: c.peopleInNeed,
      sponsored: c.sponsoredByCommune,
      required: Math.min(COMMUNE_MINIMUM, c.peopleInNeed),
    }),
  );
  const localShare = communes.map((c) =>
    finding({
      unitCode: c.unitCode,
      peopleInNeed: c.peopleInNeed,
      sponsored: c.coveredLocally,
      // 70 % in whole people, counted exactly: ceil(7n / 10).
      required: Math.ceil((c.peopleInNeed * 7) / 10),
      localShare: c.localShare,
      localSharePercent: c.localSharePercent,
    }),
  );
  const units = [...districtUnits]
    .sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.sponsorId.localeCompare(b.sponsorId))
    .map((u) =>
      finding({
        unitCode: u.unitCode,
        sponsorId: u.sponsorId,
        staffCount: u.staffCount,
        sponsored: Math.round((shares.get(u.sponsorId) ?? 0) * 1000) / 1000,
        required: u.staffCount >= STAFF_FOR_ONE_PERSON ? 1 : 0.5,
      }),
    );

  const rule = (kind: Rule, description: string, checked: CoverageFinding[]): CoverageRuleResult => {
    const offenders = checked.filter((f) => !f.passed);
    return { rule: kind, description, passed: offenders.length === 0, checked: checked.length, offenders };
  };
  const rules = [
    rule(
      Rule.COMMUNE_SPONSORS_TWO,
      'Each commune sponsors at least 2 people of its needs list (all of them when fewer are listed).',
      communeMinimum,
    ),
    rule(
      Rule.DISTRICT_UNIT_SPONSORS_ONE,
      'Each district unit with 10 or more staff sponsors at least 1 person (its shares of pledges add up to 1).',
      units.filter((u) => u.staffCount! >= STAFF_FOR_ONE_PERSON),
    ),
    rule(
      Rule.SMALL_DISTRICT_UNITS_SHARE_ONE,
      'Each district unit under 10 staff sponsors at least half a person: two such units share one.',
      units.filter((u) => u.staffCount! < STAFF_FOR_ONE_PERSON),
    ),
    rule(
      Rule.LOCAL_LEVELS_COVER_SEVENTY_PERCENT,
      'In each commune, commune- and district-level sponsors cover at least 70 % of the people in need; ' +
        "the rest is the province's list.",
      localShare,
    ),
  ];
  const coveredLocally = needs.filter((n) => locally.has(n.personId)).length;
  const coveredByProvinceOnly = needs.filter(
    (n) => byProvince.has(n.personId) && !locally.has(n.personId),
  ).length;
  return {
    peopleInNeed: needs.length,
    coveredLocally,
    coveredByProvinceOnly,
    notCovered: needs.length - coveredLocally - coveredByProvinceOnly,
    localShare: needs.length ? coveredLocally / needs.length : null,
    localSharePercent: needs.length ? percent1(coveredLocally, needs.length) : null,
    provinceList: needs.length - coveredLocally,
    passed: rules.every((r) => r.passed),
    rules,
    communes,
    districtUnits: units,
  };
}
