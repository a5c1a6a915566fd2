import { registerEnums, type EnumRegistration } from '@chung-tay/common';

// Names are global in the supergraph, so each carries the lender's vocabulary (LoanStatus, not Status).
// Enum values equal their names: federation composes enums by value, and the gateway passes names through.

export enum LenderKind {
  MICROFINANCE_INSTITUTION = 'MICROFINANCE_INSTITUTION',
  POLICY_BANK = 'POLICY_BANK',
}
export enum LoanProductKind {
  MICROCREDIT = 'MICROCREDIT',
  POOR_HOUSEHOLD = 'POOR_HOUSEHOLD',
  NEAR_POOR_HOUSEHOLD = 'NEAR_POOR_HOUSEHOLD',
  ESCAPED_POVERTY_HOUSEHOLD = 'ESCAPED_POVERTY_HOUSEHOLD',
  JOB_CREATION = 'JOB_CREATION',
}
export enum LoanInterestMethod {
  FLAT = 'FLAT',
  DECLINING_BALANCE = 'DECLINING_BALANCE',
}
export enum LoanRepaymentFrequency {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
}
export enum LoanStatus {
  APPLIED = 'APPLIED',
  APPROVED = 'APPROVED',
  DISBURSED = 'DISBURSED',
  CLOSED = 'CLOSED',
  WRITTEN_OFF = 'WRITTEN_OFF',
}
export enum LoanArrearsBucket {
  CURRENT = 'CURRENT',
  DPD_1_30 = 'DPD_1_30',
  DPD_31_60 = 'DPD_31_60',
  DPD_61_90 = 'DPD_61_90',
  DPD_OVER_90 = 'DPD_OVER_90',
}
export enum CentreMeetingDay {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
/** The register's household statuses, as the People's Committee's registerMatch tells them. */
export enum BorrowerHouseholdStatus {
  POOR = 'POOR',
  NEAR_POOR = 'NEAR_POOR',
  ESCAPED_POVERTY = 'ESCAPED_POVERTY',
  ESCAPED_NEAR_POVERTY = 'ESCAPED_NEAR_POVERTY',
  NOT_POOR = 'NOT_POOR',
}
export enum BorrowerPoorCategory {
  A = 'A',
  B = 'B',
}
export enum SavingsTransactionKind {
  DEPOSIT = 'DEPOSIT',
  WITHDRAWAL = 'WITHDRAWAL',
}

const enums: EnumRegistration[] = [
  [
    LenderKind,
    'LenderKind',
    'A microfinance institution (e.g. CEP) or a policy bank (VBSP, Ngân hàng Chính sách xã hội).',
  ],
  [
    LoanProductKind,
    'LoanProductKind',
    "What a loan product is for: the lender's own group microcredit, or a policy-bank programme " +
      '(cho vay hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo, giải quyết việc làm).',
  ],
  [
    LoanInterestMethod,
    'LoanInterestMethod',
    'FLAT: interest on the original principal every instalment (lãi phẳng); DECLINING_BALANCE: interest on ' +
      'the principal still outstanding (dư nợ giảm dần).',
  ],
  [
    LoanRepaymentFrequency,
    'LoanRepaymentFrequency',
    'How often instalments fall due: weekly (centre meetings) or monthly.',
  ],
  [
    LoanStatus,
    'LoanStatus',
    'Life of a loan: applied, approved, disbursed, then closed when fully repaid or written off (xóa nợ).',
  ],
  [
    LoanArrearsBucket,
    'LoanArrearsBucket',
    'Days past due of the oldest unpaid instalment: current (0), 1–30, 31–60, 61–90, over 90.',
  ],
  [CentreMeetingDay, 'CentreMeetingDay', "Weekday of a lending centre's meeting (họp cụm)."],
  [
    BorrowerHouseholdStatus,
    'BorrowerHouseholdStatus',
    "The household's poverty status as the People's Committee's register told it when the lender asked.",
  ],
  [
    BorrowerPoorCategory,
    'BorrowerPoorCategory',
    'A: able to work; B: under social protection (as the register told it).',
  ],
  [SavingsTransactionKind, 'BorrowerSavingsTransactionKind', 'Money into or out of a savings balance.'],
];
registerEnums(enums);
