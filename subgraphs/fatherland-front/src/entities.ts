import { UnitTreeEntry } from '@chung-tay/common';
import { FrontCampaign } from './fund/campaign.entity';
import { FrontDisbursement } from './fund/disbursement.entity';
import { FrontDonation } from './fund/donation.entity';
import { FrontFund } from './fund/fund.entity';
import { SolidarityHouseFunding } from './house/house-funding.entity';
import { SolidarityHouse } from './house/solidarity-house.entity';
import { NeedsListEntry } from './needs/needs-list-entry.entity';
import { SponsorshipPayment } from './sponsorship/payment.entity';
import { SponsorshipShare } from './sponsorship/pledge-sponsor.entity';
import { SponsorshipPledge } from './sponsorship/pledge.entity';
import { FrontSponsor } from './sponsorship/sponsor.entity';

export const entities = [
  UnitTreeEntry,
  FrontFund,
  FrontCampaign,
  FrontDonation,
  FrontDisbursement,
  SolidarityHouse,
  SolidarityHouseFunding,
  NeedsListEntry,
  FrontSponsor,
  SponsorshipPledge,
  SponsorshipShare,
  SponsorshipPayment,
];
