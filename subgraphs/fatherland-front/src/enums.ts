import { registerEnums, type EnumRegistration } from '@chung-tay/common';

// Enum values equal their names: federation composes enums by value, and the gateway passes names through.

export enum FrontDonorKind {
  INDIVIDUAL = 'INDIVIDUAL',
  ENTERPRISE = 'ENTERPRISE',
  AGENCY = 'AGENCY',
  UNION_ORGANISATION = 'UNION_ORGANISATION',
}
export enum FrontDisbursementPurpose {
  HOUSE = 'HOUSE',
  GIFT = 'GIFT',
  SPONSORSHIP_PAYMENT = 'SPONSORSHIP_PAYMENT',
  MEDICAL = 'MEDICAL',
  EDUCATION = 'EDUCATION',
}
export enum SolidarityHouseWork {
  BUILD = 'BUILD',
  REPAIR = 'REPAIR',
}
export enum SolidarityHouseStatus {
  PLANNED = 'PLANNED',
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
export enum SolidarityHouseFundingSource {
  FRONT_FUND = 'FRONT_FUND',
  STATE_BUDGET = 'STATE_BUDGET',
  ENTERPRISE = 'ENTERPRISE',
  UNION_ORGANISATION = 'UNION_ORGANISATION',
  COMMUNITY = 'COMMUNITY',
  HOUSEHOLD = 'HOUSEHOLD',
  OTHER = 'OTHER',
}
export enum NeedsListRemovalReason {
  ESCAPED_POVERTY = 'ESCAPED_POVERTY',
  NO_LONGER_ELIGIBLE = 'NO_LONGER_ELIGIBLE',
  MOVED_AWAY = 'MOVED_AWAY',
  DIED = 'DIED',
  OTHER = 'OTHER',
}
export enum FrontSponsorKind {
  COMMUNE = 'COMMUNE',
  DISTRICT_UNIT = 'DISTRICT_UNIT',
  PROVINCE_BODY = 'PROVINCE_BODY',
  ENTERPRISE = 'ENTERPRISE',
  INDIVIDUAL = 'INDIVIDUAL',
  FAMILY = 'FAMILY',
  HOMETOWN_ASSOCIATION = 'HOMETOWN_ASSOCIATION',
}
export enum SponsorshipLevel {
  COMMUNE = 'COMMUNE',
  DISTRICT = 'DISTRICT',
  PROVINCE = 'PROVINCE',
}
export enum SponsorshipPaymentMethod {
  CASH = 'CASH',
  TRANSFER = 'TRANSFER',
}
export enum SponsorshipPledgeStatus {
  UPCOMING = 'UPCOMING',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
export enum SponsorshipCoverageRuleKind {
  COMMUNE_SPONSORS_TWO = 'COMMUNE_SPONSORS_TWO',
  DISTRICT_UNIT_SPONSORS_ONE = 'DISTRICT_UNIT_SPONSORS_ONE',
  SMALL_DISTRICT_UNITS_SHARE_ONE = 'SMALL_DISTRICT_UNITS_SHARE_ONE',
  LOCAL_LEVELS_COVER_SEVENTY_PERCENT = 'LOCAL_LEVELS_COVER_SEVENTY_PERCENT',
}

const enums: EnumRegistration[] = [
  [
    FrontDonorKind,
    'FrontDonorKind',
    'Who gave to the For-the-Poor fund: a person, an enterprise, a state agency or a union/mass organisation.',
  ],
  [
    FrontDisbursementPurpose,
    'FrontDisbursementPurpose',
    'What For-the-Poor money was paid out for: a house, a gift (e.g. Tết), a sponsorship payment, medical or school costs.',
  ],
  [
    SolidarityHouseWork,
    'SolidarityHouseWork',
    'A new great-solidarity house (nhà Đại đoàn kết) or a repair.',
  ],
  [
    SolidarityHouseStatus,
    'SolidarityHouseStatus',
    'Where a house stands: approved (PLANNED), being built, handed over (COMPLETED) or cancelled.',
  ],
  [
    SolidarityHouseFundingSource,
    'SolidarityHouseFundingSource',
    "Where a house's money comes from: the Front's fund, the state budget, enterprises, union organisations, " +
      'the community (relatives, neighbours, benefactors), the household itself, other.',
  ],
  [NeedsListRemovalReason, 'NeedsListRemovalReason', 'Why a person left the needs list.'],
  [
    FrontSponsorKind,
    'FrontSponsorKind',
    'Who sponsors (đỡ đầu) under Resolution 179/2019: a commune, a district-level department or agency (with its ' +
      'staff count), a province body, an enterprise, an individual, a family or a hometown association.',
  ],
  [
    SponsorshipLevel,
    'SponsorshipLevel',
    'The level a sponsor counts for in the coverage rules: commune, district (district units) or province.',
  ],
  [
    SponsorshipPaymentMethod,
    'SponsorshipPaymentMethod',
    'Cash handed over (trao trực tiếp) or bank transfer.',
  ],
  [
    SponsorshipPledgeStatus,
    'SponsorshipPledgeStatus',
    'Whether a pledge has not started, runs this month, or has ended.',
  ],
  [
    SponsorshipCoverageRuleKind,
    'SponsorshipCoverageRuleKind',
    'The coverage rules of the Resolution 179/2019 plan: each commune sponsors ≥ 2 people; a district unit with ' +
      '10 or more staff ≥ 1; two units under 10 staff share ≥ 1; commune and district levels cover ≥ 70 %.',
  ],
];
registerEnums(enums);
