import { CentreMeetingDay } from '../enums';

/** What borrowers say they borrow for, in the demo and in generated data alike. */
export const LOAN_PURPOSES = [
  'Nuôi heo',
  'Nuôi gà thả vườn',
  'Buôn bán tạp hóa',
  'Mua máy may gia công',
  'Trồng rau màu',
  'Bán hàng ăn sáng',
  'Nuôi bò sinh sản',
  'Mua cây giống điều',
];

/** Centres meet on a working day. */
export const MEETING_DAYS: readonly CentreMeetingDay[] = [
  CentreMeetingDay.MONDAY,
  CentreMeetingDay.TUESDAY,
  CentreMeetingDay.WEDNESDAY,
  CentreMeetingDay.THURSDAY,
  CentreMeetingDay.FRIDAY,
];

/**
 * How a borrower repays: every instalment on time; every one some days late; stopped paying a while ago (overdue
 * today); or stopped so long ago that the loan is written off (more than 180 days without a payment).
 */
export enum RepaymentBehaviour {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  STOPPED = 'STOPPED',
  WRITTEN_OFF = 'WRITTEN_OFF',
}
