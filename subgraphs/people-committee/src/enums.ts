import { ORGANISATION_REGISTRY, registerEnums, type EnumRegistration } from '@chung-tay/common';

// Enum values equal their names: federation composes enums by value, and the gateway passes names through.

export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}
export enum UnitKind {
  CENTRAL_CITY = 'CENTRAL_CITY',
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  WARD = 'WARD',
  COMMUNE = 'COMMUNE',
  SPECIAL_ZONE = 'SPECIAL_ZONE',
}
export enum AreaType {
  URBAN = 'URBAN',
  RURAL = 'RURAL',
}
export enum HouseholdStatus {
  POOR = 'POOR',
  NEAR_POOR = 'NEAR_POOR',
  ESCAPED_POVERTY = 'ESCAPED_POVERTY',
  ESCAPED_NEAR_POVERTY = 'ESCAPED_NEAR_POVERTY',
  NOT_POOR = 'NOT_POOR',
}
export enum PoorCategory {
  A = 'A',
  B = 'B',
}
export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
export enum RelationToHead {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  PARENT = 'PARENT',
  GRANDCHILD = 'GRANDCHILD',
  GRANDPARENT = 'GRANDPARENT',
  SIBLING = 'SIBLING',
  CHILD_IN_LAW = 'CHILD_IN_LAW',
  OTHER = 'OTHER',
}
export enum ReviewKind {
  PERIODIC = 'PERIODIC',
  AD_HOC = 'AD_HOC',
}
export enum Classification {
  POOR = 'POOR',
  NEAR_POOR = 'NEAR_POOR',
  MIDDLE_INCOME = 'MIDDLE_INCOME',
  ABOVE_MIDDLE_INCOME = 'ABOVE_MIDDLE_INCOME',
}
export enum StatusChangeReason {
  REGISTRATION = 'REGISTRATION',
  PERIODIC_REVIEW = 'PERIODIC_REVIEW',
  AD_HOC_REVIEW = 'AD_HOC_REVIEW',
}
/** The deprivation indicators of the multidimensional poverty standards (Decree 07/2021, Decree 351/2025). */
export enum DeprivationIndicator {
  EMPLOYMENT = 'EMPLOYMENT',
  DEPENDANTS = 'DEPENDANTS',
  CHILD_NUTRITION = 'CHILD_NUTRITION',
  HEALTH_INSURANCE = 'HEALTH_INSURANCE',
  ADULT_EDUCATION = 'ADULT_EDUCATION',
  CHILD_SCHOOL_ATTENDANCE = 'CHILD_SCHOOL_ATTENDANCE',
  HOUSING_QUALITY = 'HOUSING_QUALITY',
  HOUSING_AREA = 'HOUSING_AREA',
  CLEAN_WATER = 'CLEAN_WATER',
  HYGIENIC_LATRINE = 'HYGIENIC_LATRINE',
  TELECOM_USE = 'TELECOM_USE',
  INFORMATION_ACCESS = 'INFORMATION_ACCESS',
  WASTE_TREATMENT = 'WASTE_TREATMENT',
}
export enum ProgrammeKind {
  NATIONAL_TARGET_PROGRAMME_PROJECT = 'NATIONAL_TARGET_PROGRAMME_PROJECT',
  HEALTH_INSURANCE = 'HEALTH_INSURANCE',
  TUITION = 'TUITION',
  ELECTRICITY = 'ELECTRICITY',
  VOCATIONAL_TRAINING = 'VOCATIONAL_TRAINING',
  LIVELIHOOD_MODEL = 'LIVELIHOOD_MODEL',
  HOUSING = 'HOUSING',
  CREDIT = 'CREDIT',
  OTHER = 'OTHER',
}
/** The organisations of the registry by their env prefix (PEOPLE_COMMITTEE), so a new one needs no edit here. */
type OrganisationCode = (typeof ORGANISATION_REGISTRY)[number]['envPrefix'];
export type Organisation = OrganisationCode;
export const Organisation = Object.fromEntries(
  ORGANISATION_REGISTRY.map((o) => [o.envPrefix, o.envPrefix]),
) as {
  readonly [C in OrganisationCode]: C;
};
export enum TargetMetric {
  POOR_HOUSEHOLD_REDUCTION = 'POOR_HOUSEHOLD_REDUCTION',
  POOR_A_HOUSEHOLD_REDUCTION = 'POOR_A_HOUSEHOLD_REDUCTION',
  NEAR_POOR_HOUSEHOLD_REDUCTION = 'NEAR_POOR_HOUSEHOLD_REDUCTION',
  HEALTH_INSURANCE_COVERAGE = 'HEALTH_INSURANCE_COVERAGE',
}

/** How often a section is due (see the kit's periodsWithin). */
export enum ReportSchedule {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  CUMULATIVE = 'CUMULATIVE',
  YEARLY = 'YEARLY',
}

const enums: EnumRegistration[] = [
  [UnitLevel, 'UnitLevel', 'Level of an administrative unit; districts existed until 30 Jun 2025.'],
  [UnitKind, 'UnitKind', 'Kind of unit: a ward is urban, a commune rural.'],
  [AreaType, 'AreaType', 'Urban or rural, which decides the income line.'],
  [HouseholdStatus, 'HouseholdStatus', 'Poverty status recognised by the review.'],
  [PoorCategory, 'PoorCategory', 'A: able to work; B: under social protection, no working capacity.'],
  [Sex, 'Sex', 'Sex as recorded in the register.'],
  [RelationToHead, 'RelationToHead', 'Relation to the head of household.'],
  [ReviewKind, 'ReviewKind', 'Yearly periodic review (1 Sep – 14 Dec) or monthly ad-hoc review.'],
  [Classification, 'Classification', 'Result of applying a poverty standard.'],
  [StatusChangeReason, 'StatusChangeReason', 'Why a household status changed.'],
  [DeprivationIndicator, 'DeprivationIndicator', 'A deprivation indicator of the multidimensional standard.'],
  [ProgrammeKind, 'ProgrammeKind', 'Kind of programme or support policy.'],
  [Organisation, 'Organisation', 'The organisations linked through the hub.'],
  [TargetMetric, 'TargetMetric', 'What a yearly target measures.'],
  [
    ReportSchedule,
    'ReportSchedule',
    'Monthly, quarterly, cumulative (3, 6 and 9 months and the year, from January) or yearly.',
  ],
];
registerEnums(enums);

/** `people-committee` (token claim) → PEOPLE_COMMITTEE (graph enum). */
export const organisationOf = (org: string): Organisation =>
  org.toUpperCase().replace(/-/g, '_') as Organisation;
