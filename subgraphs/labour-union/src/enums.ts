import { registerEnums, type EnumRegistration } from '@chung-tay/common';

// Enum values equal their names: federation composes enums by value, and the gateway passes names through.

/** Levels of the union tree (Liên đoàn Lao động tỉnh → LĐLĐ huyện / công đoàn ngành / KCN → công đoàn cơ sở). */
export enum UnionOrganisationLevel {
  PROVINCE_FEDERATION = 'PROVINCE_FEDERATION',
  DISTRICT_FEDERATION = 'DISTRICT_FEDERATION',
  SECTOR_UNION = 'SECTOR_UNION',
  INDUSTRIAL_ZONE_UNION = 'INDUSTRIAL_ZONE_UNION',
  GRASSROOTS_UNION = 'GRASSROOTS_UNION',
}

export enum UnionMemberStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  LEFT = 'LEFT',
}

/** A household's status as the social-affairs office's list gave it: only poor and near-poor are listed. */
export enum UnionListedHouseholdStatus {
  POOR = 'POOR',
  NEAR_POOR = 'NEAR_POOR',
}

export enum CarePlanStatus {
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

export enum CareActivityKind {
  VISIT = 'VISIT',
  TET_GIFT = 'TET_GIFT',
  HOLIDAY_GIFT = 'HOLIDAY_GIFT',
  OTHER = 'OTHER',
}

export enum CareFundingSource {
  UNION_FUND = 'UNION_FUND',
  FOR_THE_POOR_FUND = 'FOR_THE_POOR_FUND',
  SPONSOR = 'SPONSOR',
}

export enum UnionHouseKind {
  BUILD = 'BUILD',
  REPAIR = 'REPAIR',
}

export enum UnionHouseStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

const enums: EnumRegistration[] = [
  [
    UnionOrganisationLevel,
    'UnionOrganisationLevel',
    'Level of a union organisation in the federation tree.',
    {
      PROVINCE_FEDERATION: 'Province or city labour federation (Liên đoàn Lao động tỉnh/thành phố).',
      DISTRICT_FEDERATION: 'District or area labour federation (Liên đoàn Lao động huyện/khu vực).',
      SECTOR_UNION: 'Sector union of the province (Công đoàn ngành), e.g. education or health.',
      INDUSTRIAL_ZONE_UNION: 'Union of the industrial zones (Công đoàn các Khu công nghiệp).',
      GRASSROOTS_UNION: 'Grassroots union of a workplace (công đoàn cơ sở), where members belong.',
    },
  ],
  [
    UnionMemberStatus,
    'UnionMemberStatus',
    "A union member's standing.",
    {
      ACTIVE: 'Member in good standing (đang sinh hoạt).',
      SUSPENDED: 'Membership paused, e.g. out of work (tạm dừng sinh hoạt).',
      LEFT: 'No longer a member.',
    },
  ],
  [
    UnionListedHouseholdStatus,
    'UnionListedHouseholdStatus',
    "A household's status on the social-affairs office's list of poor and near-poor households with union members.",
    { POOR: 'Listed as poor (hộ nghèo).', NEAR_POOR: 'Listed as near-poor (hộ cận nghèo).' },
  ],
  [
    CarePlanStatus,
    'CarePlanStatus',
    'Whether the union still cares for the household under this plan.',
    { ACTIVE: 'Care is planned and given.', CLOSED: 'The plan has ended.' },
  ],
  [
    CareActivityKind,
    'CareActivityKind',
    'What the union did for a member or household.',
    {
      VISIT: 'A visit (thăm hỏi), usually with a gift of money.',
      TET_GIFT: 'A Tết gift (quà Tết).',
      HOLIDAY_GIFT: 'A gift on another holiday (lễ), e.g. 1 May or 2 September.',
      OTHER: 'Other support.',
    },
  ],
  [
    CareFundingSource,
    'CareFundingSource',
    'Where the money for care or a union house came from.',
    {
      UNION_FUND: "The union's own funds (kinh phí công đoàn).",
      FOR_THE_POOR_FUND:
        'The "For the Poor" fund (Quỹ "Vì người nghèo") of the same-level Fatherland Front; rows 2.1 and 2.2 of the campaign report.',
      SPONSOR: 'A sponsor (nhà hảo tâm, doanh nghiệp).',
    },
  ],
  [
    UnionHouseKind,
    'UnionHouseKind',
    'A "Mái ấm công đoàn" grant to build a new house or to repair one.',
    { BUILD: 'Build a house (xây mới).', REPAIR: 'Repair a house (sửa chữa).' },
  ],
  [
    UnionHouseStatus,
    'UnionHouseStatus',
    'Where a union house grant stands.',
    {
      PROPOSED: 'Proposed, not yet approved.',
      APPROVED: 'Grant approved; building or repair under way.',
      COMPLETED: 'House handed over.',
      CANCELLED: 'Withdrawn; counts nowhere.',
    },
  ],
];
registerEnums(enums);
