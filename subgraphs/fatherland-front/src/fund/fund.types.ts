import { Field, Int, ObjectType } from 'type-graphql';
import { Connection, MoneyScalar, PeriodScalar, type Period } from '@chung-tay/common';
import { FrontCampaign } from './campaign.entity';
import { FrontDisbursement } from './disbursement.entity';
import { FrontDonation } from './donation.entity';
import { FrontFund } from './fund.entity';

@ObjectType({ description: 'A page of funds.' })
export class FrontFundConnection extends Connection(FrontFund) {}

@ObjectType({ description: 'A page of campaigns.' })
export class FrontCampaignConnection extends Connection(FrontCampaign) {}

@ObjectType({ description: 'A page of donations, newest first.' })
export class FrontDonationConnection extends Connection(FrontDonation) {}

@ObjectType({ description: 'A page of disbursements, newest first.' })
export class FrontDisbursementConnection extends Connection(FrontDisbursement) {}

@ObjectType({
  description: "A fund's money over a period: opening balance, money in and out, closing balance.",
})
export class FrontFundPeriodSummary {
  @Field(() => PeriodScalar, { description: 'The period summed.' })
  period!: Period;

  @Field(() => MoneyScalar, { description: 'Balance at the end of the day before the period starts.' })
  openingBalance!: number;

  @Field(() => MoneyScalar, { description: 'Money in: donations dated inside the period, VND.' })
  donations!: number;

  @Field(() => Int, { description: 'Donations dated inside the period.' })
  donationCount!: number;

  @Field(() => MoneyScalar, { description: 'Money out: disbursements dated inside the period, VND.' })
  disbursements!: number;

  @Field(() => Int, { description: 'Disbursements dated inside the period.' })
  disbursementCount!: number;

  @Field(() => MoneyScalar, { description: 'Balance at the end of the last day of the period.' })
  closingBalance!: number;
}
