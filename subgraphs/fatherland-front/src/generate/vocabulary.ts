import { FrontDonorKind as Donor, FrontSponsorKind as Sponsor } from '../enums';

/** Who gives to a commune's For-the-Poor fund, in the demo and in generated data alike. */
export const COMMUNE_DONORS: [Donor, string][] = [
  [Donor.ENTERPRISE, 'Công ty TNHH Chế biến hạt điều Bình Phước'],
  [Donor.ENTERPRISE, 'Hợp tác xã Nông nghiệp Phú Riềng'],
  [Donor.AGENCY, 'Cán bộ, công chức UBND'],
  [Donor.UNION_ORGANISATION, 'Đoàn viên công đoàn cơ sở'],
  [Donor.INDIVIDUAL, 'Ông Nguyễn Văn Hòa'],
  [Donor.INDIVIDUAL, 'Bà Trần Thị Kim Loan'],
];

/** The commune's own sponsors of its poor households, besides the commune itself. */
export const LOCAL_SPONSORS: [Sponsor, string][] = [
  [Sponsor.ENTERPRISE, 'Doanh nghiệp trên địa bàn'],
  [Sponsor.HOMETOWN_ASSOCIATION, 'Hội đồng hương'],
  [Sponsor.FAMILY, 'Gia đình, dòng họ'],
];
