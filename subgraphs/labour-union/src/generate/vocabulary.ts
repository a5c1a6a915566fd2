import type { Rng } from '@chung-tay/common';
import { int } from '@chung-tay/common/generate';
import { CareActivityKind as Care, CareFundingSource as Funding } from '../enums';

/** What every care plan sets out to do, in the demo and in generated data alike. */
export const CARE_PLAN_GOALS =
  'Thăm hỏi, tặng quà dịp Tết và tháng cao điểm "Vì người nghèo"; xét hỗ trợ Mái ấm công đoàn';

/** Gifts and visits are valued in hundreds of thousands of đồng. */
export const hundredThousands = (rng: Rng, min: number, max: number) => int(rng, min, max) * 100_000;

const STEMS = 'Giáp Ất Bính Đinh Mậu Kỷ Canh Tân Nhâm Quý'.split(' ');
const BRANCHES = 'Tý Sửu Dần Mão Thìn Tỵ Ngọ Mùi Thân Dậu Tuất Hợi'.split(' ');

/** The lunar year's name (sexagenary cycle; 2024 Giáp Thìn, 2025 Ất Tỵ), as a Tết gift's occasion gives it. */
export const tetOccasion = (year: number) =>
  `Tết ${STEMS[(year - 4) % 10]!} ${BRANCHES[(year - 4) % 12]!} ${year}`;

/** The care each listed member gets besides Tết: a visit in the For-the-Poor month, a National Day gift. */
export const FOR_THE_POOR_VISIT = {
  kind: Care.VISIT,
  fundingSource: Funding.FOR_THE_POOR_FUND,
  occasion: (year: number) => `Tháng cao điểm "Vì người nghèo" ${year}`,
};
export const NATIONAL_DAY_GIFT = {
  kind: Care.HOLIDAY_GIFT,
  fundingSource: Funding.UNION_FUND,
  value: 500_000,
  date: (year: number) => `${year}-08-29`,
  occasion: (year: number) => `Quốc khánh 2/9/${year}`,
};

/** Where a care plan's household comes from: the social-affairs office's list counted on a day. */
export const listReference = (date: string) =>
  `Danh sách hộ nghèo, hộ cận nghèo có thành viên là đoàn viên công đoàn tại thời điểm ${date.split('-').reverse().join('/')}`;
