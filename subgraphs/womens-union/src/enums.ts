import { registerEnums, type EnumRegistration } from '@chung-tay/common';

// Enum values equal their names: federation composes enums by value, and the gateway passes names through.

/** Levels of the Women's Union: province/city → (until mid-2025) district → commune chapter → branch. */
export enum WomensUnionChapterLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  BRANCH = 'BRANCH',
}

/** The register's household statuses, as the People's Committee's `registerMatch` gives them. */
export enum FiveNoThreeCleanHouseholdStatus {
  POOR = 'POOR',
  NEAR_POOR = 'NEAR_POOR',
  ESCAPED_POVERTY = 'ESCAPED_POVERTY',
  ESCAPED_NEAR_POVERTY = 'ESCAPED_NEAR_POVERTY',
  NOT_POOR = 'NOT_POOR',
}

export enum SavingsLoanGroupLender {
  VBSP = 'VBSP',
  CEP = 'CEP',
  CWED = 'CWED',
}

export enum SavingsLoanGroupStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DISSOLVED = 'DISSOLVED',
}

export enum SavingsLoanGroupMeetingFrequency {
  WEEKLY = 'WEEKLY',
  FORTNIGHTLY = 'FORTNIGHTLY',
  MONTHLY = 'MONTHLY',
}

export enum SavingsDayContributorKind {
  MEMBER = 'MEMBER',
  CHAPTER = 'CHAPTER',
}

export enum WomensUnionSupportKind {
  STARTUP_TRAINING = 'STARTUP_TRAINING',
  VOCATIONAL_TRAINING = 'VOCATIONAL_TRAINING',
  SCHOLARSHIP = 'SCHOLARSHIP',
  HOUSE = 'HOUSE',
  LIVELIHOOD_GIFT = 'LIVELIHOOD_GIFT',
}

export enum WomensUnionReportStatus {
  NOT_YET_DUE = 'NOT_YET_DUE',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  SUBMITTED_ON_TIME = 'SUBMITTED_ON_TIME',
  SUBMITTED_LATE = 'SUBMITTED_LATE',
}

const enums: EnumRegistration[] = [
  [
    WomensUnionChapterLevel,
    'WomensUnionChapterLevel',
    "Level of a Women's Union chapter: province or city union, district union (until 30 Jun 2025), commune chapter (cơ sở Hội), branch (chi/tổ hội).",
  ],
  [
    FiveNoThreeCleanHouseholdStatus,
    'FiveNoThreeCleanHouseholdStatus',
    "A household's poverty status as the register gave it when the chapter pledged it (only POOR and NEAR_POOR can be pledged).",
  ],
  [
    SavingsLoanGroupLender,
    'SavingsLoanGroupLender',
    'The lender a savings-and-loan group works for: VBSP (Ngân hàng Chính sách xã hội, the policy bank), CEP (Tổ chức tài chính vi mô CEP), CWED (Quỹ trợ vốn cho phụ nữ nghèo CWED).',
  ],
  [SavingsLoanGroupStatus, 'SavingsLoanGroupStatus', 'Whether a savings-and-loan group is running.'],
  [
    SavingsLoanGroupMeetingFrequency,
    'SavingsLoanGroupMeetingFrequency',
    'How often a savings-and-loan group meets: weekly and fortnightly on a weekday, monthly on a day of the month.',
  ],
  [
    SavingsDayContributorKind,
    'SavingsDayContributorKind',
    'Who gave to the "Savings day for poor women": a member, or a chapter as a whole.',
  ],
  [
    WomensUnionSupportKind,
    'WomensUnionSupportKind',
    "Support the Women's Union gives: start-up training (khởi nghiệp), vocational training (học nghề), a scholarship (e.g. Nguyễn Thị Minh Khai), a house (mái ấm tình thương), a livelihood gift (phương tiện sinh kế).",
  ],
  [
    WomensUnionReportStatus,
    'WomensUnionReportStatus',
    'Where a periodic report stands: the period is not over yet, it is due (by the 5th of the next month), overdue, or submitted on time or late.',
  ],
];
registerEnums(enums);
