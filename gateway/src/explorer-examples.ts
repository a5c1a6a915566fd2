import type { OrganisationId } from '@chung-tay/common';

export interface ExplorerExample {
  /** Whose common questions these are; `null` for questions every organisation asks. */
  org: OrganisationId | null;
  /** The tab's document: named operations with variables, so they run as they are. */
  query: string;
  variables: Record<string, unknown>;
}

/** The last quarter that has ended by `today` (YYYY-MM-DD), as a period code. */
export function lastFinishedQuarter(today: string): string {
  const year = Number(today.slice(0, 4));
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3) - 1;
  return quarter === 0 ? `${year - 1}-Q4` : `${year}-Q${quarter}`;
}

/**
 * The explorer's tabs: each organisation's common questions, ready to run with that organisation's token, for
 * the last finished quarter and the year of `today`. Variables have defaults (the demo province) so an operation
 * runs even with the variables pane left empty. The gateway's tests validate every operation against the
 * supergraph and the end-to-end tests run them through the demo hub.
 */
export const explorerExamples = (today: string): ExplorerExample[] => {
  const period = lastFinishedQuarter(today);
  const year = Number(today.slice(0, 4));
  return [
    {
      org: null,
      variables: { unitCode: '75', period },
      query: `# Chung Tay — one graph of households, programmes, loans and reports.
# The Authorization header comes from the token you signed in with on /dashboard/ (or paste one in Headers).

# One area over one period: every organisation's figures side by side, and their reports' timeliness.
query AreaAndPeriod($unitCode: String! = "75", $period: PeriodCode! = "${period}") {
  areaPeriod(unitCode: $unitCode, period: $period) {
    unitCode
    period
    peopleCommittee { householdsAtEnd { poor nearPoor } escaped fellBack newlyPoorOrNearPoor }
    labourUnion { care { number valueVnd householdsReached } }
    womensUnion { fiveNoThreeClean { targetHouseholds householdsMeetingAllCriteria } }
    fatherlandFront { coverage { coveredLocally notCovered localSharePercent } }
    microfinance { outstandingLoans outstandingPrincipal disbursedAmount }
    peopleCommitteeReporting { expected submitted onTime late missing }
  }
}
`,
    },
    {
      org: 'people-committee',
      variables: { unitCode: '75' },
      query: `# People's Committee: the register, reviews and targets.

query PoorHouseholds($unitCode: String! = "75") {
  households(filter: { unitCode: $unitCode, status: [POOR] }, first: 10) {
    totalCount
    nodes { code status poorCategory unit { name } head { fullName } latestAssessment { reviewYear classification } }
  }
}

query Targets($unitCode: String! = "75") {
  targets(unitCode: $unitCode, year: ${year}) { metric targetPercent progress { baseline current achievedPercent met } }
}
`,
    },
    {
      org: 'labour-union',
      variables: { unitCode: '75', period },
      query: `# Labour Union: members in poor households, their care, and the For-the-Poor fund report.

query MembersInPoorHouseholds($unitCode: String! = "75") {
  unionMembers(filter: { unitCode: $unitCode, linked: true }, first: 20) {
    totalCount
    nodes { memberNumber fullName household { code status } careActivities { kind date value } }
  }
}

query CareReport($unitCode: String! = "75", $period: PeriodCode! = "${period}") {
  unionCareReport(unitCode: $unitCode, period: $period) { householdsWithPlans householdsReached membersReached }
}
`,
    },
    {
      org: 'womens-union',
      variables: { unitCode: '75' },
      query: `# Women's Union: "5 không 3 sạch" pledges and how far they have come.

query FiveNoThreeCleanPledges($unitCode: String! = "75") {
  fiveNoThreeCleanPledges(filter: { unitCode: $unitCode, year: ${year} }, first: 20) {
    totalCount
    nodes { unitCode year targetHouseholds chapter { name } progress { meetingAllCriteria } }
  }
}
`,
    },
    {
      org: 'fatherland-front',
      variables: { unitCode: '75', today },
      query: `# Fatherland Front: sponsorship coverage (the 70 % rule) and pledges in arrears.

query Coverage($unitCode: String! = "75") {
  sponsorshipCoverage(unitCode: $unitCode) { asOf passed }
}

query PledgesInArrears($unitCode: String! = "75", $today: LocalDate! = "${today}") {
  sponsorshipPledges(filter: { unitCode: $unitCode, inArrearsOn: $today }, first: 20) {
    totalCount
    nodes { unitCode amountPerMonth household { code status } arrears(asOf: $today) { missedMonths arrears } }
  }
}
`,
    },
    {
      org: 'microfinance',
      variables: { unitCode: '75' },
      query: `# Microfinance lender: the portfolio and the loans late today.

query Portfolio($unitCode: String! = "75") {
  loanPortfolio(filter: { unitCode: $unitCode }) { activeLoans outstandingPrincipal overdueLoans par30Percent }
}

query OverdueLoans($unitCode: String! = "75") {
  loans(filter: { unitCode: $unitCode, overdue: {} }, first: 20) {
    totalCount
    nodes { accountNumber productKind status household { code status } standing { daysPastDue bucket arrearsAmount } }
  }
}
`,
    },
  ];
};
