import { todayInVietnam } from '@chung-tay/common';

/** What the benchmark picks its variables from: real ids and units of the generated register. */
export interface Sample {
  householdIds: string[];
  /** Communes with at least 100 households. */
  communeCodes: string[];
  provinceCode: string;
  /** The last finished quarter, e.g. 2026-Q3. */
  quarter: string;
}

export interface BenchOperation {
  key: string;
  title: string;
  query: string;
  operationName: string;
  mutation: boolean;
  /** Fresh variables for each request (a different household, commune …). */
  variables(sample: Sample, random: () => number): Record<string, unknown>;
}

/** A household's fields from all five organisations, as an officer's screen shows them. */
const HOUSEHOLD_FIELDS = `id code status poorCategory unit { name }
    head { fullName }
    unionMembers { status unionOrganisation { name } }
    unionCareActivities { kind date value }
    womensUnionSupport { kind date value }
    fiveNoThreeClean { year latestReview { meetsAllCriteria } }
    frontSupport { disbursedTotal pledges { amountPerMonth } }
    loans { status productKind standing { daysPastDue bucket } }`;

const pick = <T>(xs: T[], random: () => number): T => xs[Math.floor(random() * xs.length)]!;

export const OPERATIONS: BenchOperation[] = [
  {
    key: 'household',
    title: '(1) one household, all five',
    operationName: 'BenchHousehold',
    query: `query BenchHousehold($id: ID!) { household(id: $id) { ${HOUSEHOLD_FIELDS} } }`,
    mutation: false,
    variables: (s, random) => ({ id: pick(s.householdIds, random) }),
  },
  {
    key: 'communePage',
    title: '(2) 100 households of a commune, all five',
    operationName: 'BenchCommunePage',
    query: `query BenchCommunePage($unitCode: String!) {
  households(first: 100, filter: { unitCode: $unitCode }) { totalCount nodes { ${HOUSEHOLD_FIELDS} } }
}`,
    mutation: false,
    variables: (s, random) => ({ unitCode: pick(s.communeCodes, random) }),
  },
  {
    key: 'areaView',
    title: '(3) province, one quarter, all five',
    operationName: 'BenchAreaView',
    query: `query BenchAreaView($unitCode: String!, $period: PeriodCode!) {
  areaPeriod(unitCode: $unitCode, period: $period) {
    unitCode period unit { name }
    peopleCommittee {
      householdsAtStart { poor nearPoor } householdsAtEnd { poor nearPoor } escaped fellBack benefitsValue
      targets { metric achievedPercent met }
    }
    labourUnion { care { valueVnd } }
    womensUnion { support { value } }
    fatherlandFront { fund { disbursements } sponsorship { paid } }
    microfinance { outstandingPrincipal par30Percent }
    peopleCommitteeReporting { expected onTime late missing }
    labourUnionReporting { expected onTime late missing }
    womensUnionReporting { expected onTime late missing }
    fatherlandFrontReporting { expected onTime late missing }
    microfinanceReporting { expected onTime late missing }
  }
}`,
    mutation: false,
    variables: (s) => ({ unitCode: s.provinceCode, period: s.quarter }),
  },
  {
    key: 'recordAssessment',
    title: '(4) recording an assessment',
    operationName: 'BenchRecordAssessment',
    query: `mutation BenchRecordAssessment($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) { id classification resultingStatus }
}`,
    mutation: true,
    variables: (s, random) => ({
      input: {
        householdId: pick(s.householdIds, random),
        reviewKind: 'AD_HOC',
        reviewDate: todayInVietnam(),
        // Around the rural poverty line, so statuses move both ways.
        incomePerPersonMonth: 1_000_000 + Math.floor(random() * 2_000) * 1_000,
        deprivations: random() < 0.5 ? [] : ['HEALTH_INSURANCE', 'ADULT_EDUCATION', 'EMPLOYMENT'],
      },
    }),
  },
];

/** The last quarter that has ended (Vietnam time): 2026-12-06 → 2026-Q3. */
export function lastFinishedQuarter(today = todayInVietnam()): string {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3); // 0 = Q1 running → last year's Q4
  return quarter === 0 ? `${year - 1}-Q4` : `${year}-Q${quarter}`;
}
