import { Discloser, type Caller } from '@chung-tay/common';
import { info } from '../info';
import { SponsorshipCoverageRuleKind as Rule } from '../enums';
import { percent1 } from '../percent';
import type { CoverageFinding, CoverageReport, CoverageRuleResult } from './coverage.rules';

type Shown<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };
export type ShownFinding = Shown<
  CoverageFinding,
  'peopleInNeed' | 'sponsored' | 'required' | 'localShare' | 'localSharePercent'
>;
export type ShownCoverage = Omit<
  Shown<
    CoverageReport,
    'peopleInNeed' | 'coveredLocally' | 'coveredByProvinceOnly' | 'notCovered' | 'provinceList' | 'passed'
  >,
  'rules' | 'communes'
> & {
  rules: (Omit<CoverageRuleResult, 'passed' | 'offenders'> & {
    passed: boolean | null;
    offenders: ShownFinding[];
  })[];
  communes: Shown<
    CoverageReport['communes'][number],
    'peopleInNeed' | 'sponsoredByCommune' | 'coveredLocally' | 'localShare' | 'localSharePercent'
  >[];
  disclosure: ReturnType<Discloser['note']>;
};

/** Rules about district units: agencies, judged by their staff and pledge shares. */
const DISTRICT_RULES = new Set<Rule>([Rule.DISTRICT_UNIT_SPONSORS_ONE, Rule.SMALL_DISTRICT_UNITS_SHARE_ONE]);

const share = (part: number, whole: number) => (whole ? part / whole : null);
const percent = (part: number, whole: number) => (whole ? percent1(part, whole) : null);

/**
 * The coverage report as `caller` may see it. For other organisations the people counted (in need, covered) pass
 * the threshold rule by commune and in all, shares are worked out from the shown counts, and a commune's verdict
 * under a rule is withheld where its people in need are withheld: neither listed as an offender nor counted in
 * whether the commune rules passed (null while any commune is withheld), since "failed the 70 % rule" about one
 * person in need says whether they are covered; what a rule required is worked from the exact count: null.
 * District units are agencies and their staff and pledge shares describe no person in need: exact.
 */
export function coverageFor(caller: Caller, r: CoverageReport): ShownCoverage {
  const d = new Discloser(caller.org === info.name, info.name);
  if (d.exact) return { ...r, disclosure: d.note() };
  const people = d.count('peopleInNeed', r.peopleInNeed);
  const local = d.count('coveredLocally', r.coveredLocally);
  const communes = r.communes.map((c) => {
    const at = `communes.${c.unitCode}`;
    const inNeed = d.count(`${at}.peopleInNeed`, c.peopleInNeed);
    const coveredLocally = d.count(`${at}.coveredLocally`, c.coveredLocally);
    return {
      unitCode: c.unitCode,
      peopleInNeed: inNeed,
      sponsoredByCommune: d.count(`${at}.sponsoredByCommune`, c.sponsoredByCommune),
      coveredLocally,
      localShare: d.percent(coveredLocally, inNeed, share),
      localSharePercent: d.percent(coveredLocally, inNeed, percent),
    };
  });
  const withheld = communes.some((c) => c.peopleInNeed === null);
  // A commune finding from shown counts; what the rule required is worked from the exact count, so it goes.
  const finding = (f: CoverageFinding): ShownFinding => {
    const c = communes.find((x) => x.unitCode === f.unitCode)!;
    const seventy = f.localShare !== null;
    return {
      ...f,
      peopleInNeed: c.peopleInNeed,
      sponsored: seventy ? c.coveredLocally : c.sponsoredByCommune,
      required: null,
      localShare: seventy ? c.localShare : null,
      localSharePercent: seventy ? c.localSharePercent : null,
    };
  };
  const rules = r.rules.map((rule) =>
    DISTRICT_RULES.has(rule.rule)
      ? rule
      : {
          ...rule,
          passed: withheld ? null : rule.passed,
          offenders: rule.offenders
            .filter((f) => communes.find((c) => c.unitCode === f.unitCode)?.peopleInNeed !== null)
            .map(finding),
        },
  );
  return {
    ...r,
    peopleInNeed: people,
    coveredLocally: local,
    coveredByProvinceOnly: d.count('coveredByProvinceOnly', r.coveredByProvinceOnly),
    notCovered: d.count('notCovered', r.notCovered),
    localShare: d.percent(local, people, share),
    localSharePercent: d.percent(local, people, percent),
    provinceList: d.count('provinceList', r.provinceList),
    passed: rules.some((x) => x.passed === null) ? null : r.passed,
    rules,
    communes,
    disclosure: d.note(),
  };
}
