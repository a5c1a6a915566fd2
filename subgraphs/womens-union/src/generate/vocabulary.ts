import { WomensUnionSupportKind as Support } from '../enums';

/** How each kind of support is noted, in the demo and in generated data alike. */
export const SUPPORT_NOTES: Record<Support, string> = {
  [Support.STARTUP_TRAINING]: 'Tập huấn khởi sự kinh doanh',
  [Support.VOCATIONAL_TRAINING]: 'Lớp trồng rau công nghệ cao',
  [Support.SCHOLARSHIP]: 'Học bổng Nguyễn Thị Minh Khai',
  [Support.HOUSE]: 'Mái ấm tình thương',
  [Support.LIVELIHOOD_GIFT]: 'Tặng con giống hỗ trợ sinh kế',
};

/** What a livelihood gift is, when the demo names it. */
export const LIVELIHOOD_GIFTS = ['Bò giống sinh sản', 'Máy may', 'Heo giống', 'Xe bán hàng rong'];
