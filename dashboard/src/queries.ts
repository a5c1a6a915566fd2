import { disclosurePaths } from './withheld';
import { LAYOUT, REPORTING_FIELDS, layoutPaths, selectionFor, type OrganisationLayout } from './figures';

/**
 * Every operation the dashboard sends. Each stays within the gateway's limits (depth 10, 15 aliases, cost 5000,
 * 2000 tokens; checked by a test against the supergraph). The area view asks each organisation separately and in
 * parallel: its figures are non-null fields of AreaPeriod, so one organisation's error would otherwise null the
 * whole answer.
 */

export const UNITS_QUERY = `query DashboardProvinces {
  administrativeUnits(level: PROVINCE) { code name }
}`;

export const COMMUNES_QUERY = `query DashboardCommunes($parentCode: String!) {
  administrativeUnits(parentCode: $parentCode) { code name level }
}`;

export const UNIT_QUERY = `query DashboardUnit($code: String!) {
  administrativeUnit(code: $code) { code name level parentCode }
}`;

export const areaQueryName = (layout: OrganisationLayout) =>
  `DashboardArea${layout.field[0]!.toUpperCase()}${layout.field.slice(1)}`;

export function areaQuery(layout: OrganisationLayout): string {
  return `query ${areaQueryName(layout)}($unitCode: String!, $period: PeriodCode!) {
  areaPeriod(unitCode: $unitCode, period: $period) {
    unitCode period
    ${selectionFor([...layoutPaths(layout), ...disclosurePaths(layout.field)])}
    ${layout.field}Reporting { ${REPORTING_FIELDS.join(' ')} }
  }
}`;
}

export const AREA_QUERIES = Object.fromEntries(LAYOUT.map((l) => [l.field, areaQuery(l)])) as Record<
  OrganisationLayout['field'],
  string
>;

export const TREND_QUERY = `query DashboardTrend($unitCode: String!, $periods: [PeriodCode!]!) {
  areaPeriods(unitCode: $unitCode, periods: $periods) {
    unitCode period
    peopleCommittee { householdsAtEnd { poor nearPoor } benefitsValue }
    labourUnion { care { valueVnd } }
    womensUnion { support { value } }
    fatherlandFront { fund { disbursements } sponsorship { paid } }
    microfinance { outstandingPrincipal par30Percent }
  }
}`;

export const TARGETS_QUERY = `query DashboardTargets($unitCode: String!, $year: Int!) {
  targets(year: $year, unitCode: $unitCode) {
    id metric targetPercent
    progress { baselineDate asOf baseline current achievedPercent met }
  }
}`;

const HOUSEHOLD_REF = 'id code status poorCategory unitCode head { fullName }';

/** Page sizes are literals: the gateway's cost limit multiplies a list's cost by `first`. */
export const OVERDUE_LOANS_PAGE = 50;
export const OVERDUE_LOANS_QUERY = `query DashboardOverdueLoans($unitCode: String!, $after: String) {
  loans(first: ${OVERDUE_LOANS_PAGE}, after: $after, filter: { unitCode: $unitCode, overdue: {} }) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id productKind standing { daysPastDue bucket } lender { name } household { ${HOUSEHOLD_REF} } }
  }
}`;

export const POOR_HOUSEHOLDS_PAGE = 50;
export const NO_CARE_QUERY = `query DashboardNoCareNoSponsor($unitCode: String!, $after: String) {
  households(first: ${POOR_HOUSEHOLDS_PAGE}, after: $after, filter: { unitCode: $unitCode, status: [POOR] }) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { ${HOUSEHOLD_REF} unionCarePlans { status } unionCareActivities { date } frontSupport { pledges { status } } }
  }
}`;

export const PLEDGES_PAGE = 50;
export const PLEDGES_IN_ARREARS_QUERY = `query DashboardPledgesInArrears($unitCode: String!, $today: LocalDate!, $after: String) {
  sponsorshipPledges(first: ${PLEDGES_PAGE}, after: $after, filter: { unitCode: $unitCode, inArrearsOn: $today }) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id amountPerMonth household { ${HOUSEHOLD_REF} } arrears(asOf: $today) { arrears missedMonths } }
  }
}`;

export const HOUSEHOLD_QUERY = `query DashboardHousehold($id: ID!) {
  household(id: $id) {
    id code unitCode address status statusSince poorCategory socialProtection
    unit { name }
    members { id fullName birthYear sex relationToHead nationalId }
    statusHistory { status poorCategory effectiveDate reason }
    latestAssessment { reviewYear reviewDate incomePerPersonMonth deprivationCount classification standardCode }
    benefits { id date amount programme { name kind } }
    unionMembers { id fullName status unionOrganisation { name } }
    unionCarePlans { id status listedDate goals unionOrganisation { name } }
    unionCareActivities { id kind date value fundingSource }
    unionHouses { id kind status grantAmount approvedDate completedDate }
    fiveNoThreeClean { id year statusWhenPledged latestReview { reviewDate meetsAllCriteria } }
    womensUnionSupport { id kind date value chapter { name } }
    frontSupport {
      disbursedTotal
      disbursements { id purpose amount date }
      pledges { id status amountPerMonth startMonth endMonth arrears { arrears missedMonths } }
    }
    solidarityHouse { id work status amount approvedOn completedOn }
    loans { id productKind status principal disbursedOn lender { name } standing { daysPastDue bucket outstandingPrincipal } }
  }
}`;

/** Every operation, for the test that validates them against the supergraph and the gateway's limits. */
export const ALL_OPERATIONS: Record<string, string> = {
  UNITS_QUERY,
  COMMUNES_QUERY,
  UNIT_QUERY,
  ...Object.fromEntries(Object.entries(AREA_QUERIES).map(([k, q]) => [`AREA_${k}`, q])),
  TREND_QUERY,
  TARGETS_QUERY,
  OVERDUE_LOANS_QUERY,
  NO_CARE_QUERY,
  PLEDGES_IN_ARREARS_QUERY,
  HOUSEHOLD_QUERY,
};
